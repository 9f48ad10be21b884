import { pinyin } from 'pinyin-pro';
import type { SlugStyle } from '../api';

/** Longest slug we produce, in characters (well under 255 UTF-8 bytes even for CJK). */
export const maxSlugLength = 80;

/** The slug used when a title has nothing usable in it. */
export const fallbackSlug = 'post';

const hanRun = /\p{Script=Han}+/gu;
// Windows refuses these as file names whatever the extension, so a slug may never be one.
const windowsReservedName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A readable, file-name-safe slug for a post title.
 *
 * Latin text is lowercased and accents are dropped ("Café Déjà" -> "cafe-deja"); Chinese becomes
 * pinyin words joined by hyphens ('pinyin') or stays as characters ('keep'); other letters and
 * digits of any script are kept. The result is NFC, never empty, at most `maxSlugLength`
 * characters, and never contains a character or a name Windows refuses.
 */
export function slugifyTitle(title: string, style: SlugStyle): string {
  const text = title.normalize('NFC');
  const spaced = style === 'pinyin' ? text.replace(hanRun, (run) => ` ${toPinyin(run)} `) : text;
  const words = toWords(spaced);
  const slug = truncate(words.join('-'));
  if (slug === '') {
    return fallbackSlug;
  }
  return windowsReservedName.test(slug) ? `${slug}-${fallbackSlug}` : slug;
}

function toPinyin(run: string): string {
  // One syllable per character; polyphones are resolved by pinyin-pro from their neighbours.
  return pinyin(run, { toneType: 'none', type: 'array', v: true }).join(' ');
}

/** Splits into lowercase words of letters and digits; everything else separates words. */
function toWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    // Only Latin loses its accents ('é' -> 'e'); kana voicing marks and the like must stay.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
  const words: string[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    // Apostrophes inside a word ("don't") join it instead of splitting it into "don-t".
    words.push(match[0].replace(/['’]/g, ''));
  }
  return words;
}

/** Cuts at a hyphen near the limit when there is one, so a word is not chopped in half. */
function truncate(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= maxSlugLength) {
    return slug;
  }
  const cut = chars.slice(0, maxSlugLength).join('');
  const lastHyphen = cut.lastIndexOf('-');
  const shortened = lastHyphen >= maxSlugLength / 2 ? cut.slice(0, lastHyphen) : cut;
  let end = shortened.length;
  while (end > 0 && shortened[end - 1] === '-') {
    end--;
  }
  return shortened.slice(0, end);
}
