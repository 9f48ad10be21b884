import type { PostEntry } from '../../core/api';
import type { PinyinTools } from './pinyin-tools';

/** The pinyin forms of one Chinese text, for matching what a pinyin input method would type. */
interface PinyinKeys {
  source: string;
  /** Toneless pinyin, syllables joined ("deepseekchuangshiren..."). */
  full: string;
  /** The first letter of each syllable ("deepseekcsrdzf"). */
  initials: string;
}

/** What the filter compares a query against, computed once per entry. */
interface SearchKeys {
  /** Title, tags, categories and folder, lowercased. */
  text: string;
  /** The title and the folder names that have Chinese in them. */
  chinese: string[];
  /** Their pinyin, computed the first time a query needs it (pinyin-pro loads on demand). */
  pinyin: PinyinKeys[] | null;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
// Entries are immutable objects from the index: a WeakMap keeps the keys exactly as long as the entry.
const cache = new WeakMap<PostEntry, SearchKeys>();

function pinyinKeys(source: string, tools: PinyinTools): PinyinKeys {
  const syllables = tools.pinyin(source, { toneType: 'none', type: 'array' });
  return {
    source,
    full: syllables.join('').replace(/\s+/g, '').toLowerCase(),
    initials: syllables
      .map((syllable) => syllable.charAt(0))
      .join('')
      .replace(/\s+/g, '')
      .toLowerCase(),
  };
}

/** The folder a post is in, relative to the workspace ('' at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function searchKeys(entry: PostEntry): SearchKeys {
  const cached = cache.get(entry);
  if (cached !== undefined) {
    return cached;
  }
  const folder = folderOf(entry.path);
  // Each folder name on its own, so "riben" finds travel/日本 as it finds a title 日本.
  const chinese = [entry.title, ...folder.split('/')].filter((part) => cjk.test(part));
  const keys: SearchKeys = {
    text: [entry.title, ...entry.tags, ...entry.categories, folder].join('\n').toLowerCase(),
    chinese,
    pinyin: chinese.length === 0 ? [] : null,
  };
  cache.set(entry, keys);
  return keys;
}

/**
 * Whether a post matches the filter text: title, tags, categories, its folder, or the pinyin of a
 * Chinese title or folder name (once `pinyin` has loaded; null: text only).
 */
export function matchesQuery(entry: PostEntry, query: string, pinyin: PinyinTools | null): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') {
    return true;
  }
  const keys = searchKeys(entry);
  if (keys.text.includes(needle)) {
    return true;
  }
  if (pinyin === null || keys.chinese.length === 0) {
    return false;
  }
  keys.pinyin ??= keys.chinese.map((source) => pinyinKeys(source, pinyin));
  const compact = needle.replace(/\s+/g, '');
  return keys.pinyin.some(
    (forms) =>
      forms.full.includes(compact) ||
      forms.initials.includes(compact) ||
      // Mixed full syllables and initials ("dsk", "dszf"), the way pinyin input methods match.
      (/^[a-z]+$/.test(compact) && pinyin.match(forms.source, compact) !== null),
  );
}

/** Which posts the status filter shows. */
export type DraftFilter = 'all' | 'drafts' | 'published';

/** The status filter's choices, in menu order. */
export const draftFilters: readonly DraftFilter[] = ['all', 'drafts', 'published'];

/** Whether a post passes the status filter (all posts, drafts only, published only). */
export function matchesDraftFilter(entry: PostEntry, filter: DraftFilter): boolean {
  return filter === 'all' || entry.draft === (filter === 'drafts');
}

/** The titles more than one post has (their rows then show the file too, to tell them apart). */
export function sharedTitles(entries: readonly PostEntry[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.title)) {
      shared.add(entry.title);
    }
    seen.add(entry.title);
  }
  return shared;
}

/**
 * Where a row says its post lives: the folder, or the whole path when another post has the same
 * title (two posts in one folder differ only by file name); '' for a unique title at the root.
 */
export function rowLocation(entry: PostEntry, titleIsShared: boolean): string {
  return titleIsShared ? entry.path : folderOf(entry.path);
}

/** Whether a post carries the tag (or category) chosen in the tag filter. */
export function matchesTag(entry: PostEntry, tag: string | null): boolean {
  return tag === null || entry.tags.includes(tag) || entry.categories.includes(tag);
}
