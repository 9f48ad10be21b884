import { pinyin } from 'pinyin-pro';
import { match as matchPinyin } from 'pinyin-pro';
import type { PostEntry } from '../../core/api';

/** What the filter compares a query against, computed once per entry. */
interface SearchKeys {
  /** Title, tags and categories, lowercased. */
  text: string;
  /** The title in toneless pinyin, syllables joined ("deepseekchuangshiren..."). */
  pinyinFull: string;
  /** The first letter of each syllable ("deepseekcsrdzf"). */
  pinyinInitials: string;
  hasCjk: boolean;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
// Entries are immutable objects from the index: a WeakMap keeps the keys exactly as long as the entry.
const cache = new WeakMap<PostEntry, SearchKeys>();

function searchKeys(entry: PostEntry): SearchKeys {
  const cached = cache.get(entry);
  if (cached !== undefined) {
    return cached;
  }
  const hasCjk = cjk.test(entry.title);
  const syllables = hasCjk ? pinyin(entry.title, { toneType: 'none', type: 'array' }) : [];
  const keys: SearchKeys = {
    text: [entry.title, ...entry.tags, ...entry.categories].join('\n').toLowerCase(),
    pinyinFull: syllables.join('').replace(/\s+/g, '').toLowerCase(),
    pinyinInitials: syllables
      .map((syllable) => syllable.charAt(0))
      .join('')
      .replace(/\s+/g, '')
      .toLowerCase(),
    hasCjk,
  };
  cache.set(entry, keys);
  return keys;
}

/** Whether a post matches the filter text: title, tags, categories, or the pinyin of a Chinese title. */
export function matchesQuery(entry: PostEntry, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') {
    return true;
  }
  const keys = searchKeys(entry);
  if (keys.text.includes(needle)) {
    return true;
  }
  if (!keys.hasCjk) {
    return false;
  }
  const compact = needle.replace(/\s+/g, '');
  if (keys.pinyinFull.includes(compact) || keys.pinyinInitials.includes(compact)) {
    return true;
  }
  // Mixed full syllables and initials ("dsk", "dszf"), the way pinyin input methods match.
  return /^[a-z]+$/.test(compact) && matchPinyin(entry.title, compact) !== null;
}

/** Whether a post carries the tag (or category) chosen in the tag filter. */
export function matchesTag(entry: PostEntry, tag: string | null): boolean {
  return tag === null || entry.tags.includes(tag) || entry.categories.includes(tag);
}
