import { scanFrontMatter } from './split';

/** How long a post is, the way writers of Chinese and of spaced languages both expect. */
export interface WordCount {
  /** Chinese and Japanese characters (Han, kana), each counted on its own. */
  cjkCharacters: number;
  /** Words of every other script (Latin, Cyrillic, Hangul, ...) and numbers. */
  words: number;
  /** cjkCharacters + words. */
  total: number;
}

const cjkCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u30fc]/gu;
// A word may hold apostrophes and hyphens ("don't", "state-of-the-art"), and a number its
// separators ("3.14", "1,000").
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;

/** The text of a post without its front matter block. */
function withoutFrontMatter(markdown: string): string {
  const scan = scanFrontMatter(markdown, true);
  if (scan.kind !== 'block' || !scan.block.closed || scan.block.startsWithBlankLine) {
    return markdown;
  }
  return markdown.slice(scan.block.to);
}

/** Drops fenced code blocks: code is not prose and would inflate reading time. */
function withoutFencedCode(text: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const match = fenceOpen.exec(line);
    if (fence === null) {
      if (match !== null) {
        fence = match[1] ?? null;
      } else {
        kept.push(line);
      }
    } else if (match !== null && (match[1] ?? '').startsWith(fence) && line.trim() === match[1]) {
      fence = null;
    }
  }
  return kept.join('\n');
}

/**
 * Keeps what a reader reads: link text, not URLs, tags, shortcodes or footnote labels.
 *
 * Runs on every keystroke over posts of megabytes, so no pattern may rescan: spans stop at the
 * next opening bracket (`[^[\]]`, `[^()]`, `[^<>]`) and comments or shortcodes are cut by a
 * linear search. Otherwise 100,000 `[` without a `]` take seconds, and a pasted dump of them hangs.
 */
function readableText(markdown: string, skipFrontMatter: boolean): string {
  let text = withoutFencedCode(skipFrontMatter ? withoutFrontMatter(markdown) : markdown);
  for (const [open, close] of [
    ['<!--', '-->'],
    ['{{<', '>}}'],
    ['{{%', '%}}'],
    ['{%', '%}'],
  ] as const) {
    text = withoutSpans(text, open, close);
  }
  return text
    .replace(/!\[[^[\]]*\]\([^()]*\)|!\[[^[\]]*\]\[[^[\]]*\]/g, ' ')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/^ {0,3}\[[^[\]\n]+\]:.*$/gm, ' ')
    .replace(/\[\^[^[\]]+\]/g, ' ')
    .replace(/<(?:https?|mailto):[^<>]*>/g, ' link ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\b(?:https?|ftp):\/\/\S+/g, ' link ');
}

/** Replaces each `open`…`close` span by a space, in one pass (an unclosed `open` stays text). */
function withoutSpans(text: string, open: string, close: string): string {
  const parts: string[] = [];
  let position = 0;
  for (;;) {
    const from = text.indexOf(open, position);
    const to = from === -1 ? -1 : text.indexOf(close, from + open.length);
    if (to === -1) {
      parts.push(text.slice(position));
      return parts.join(' ');
    }
    parts.push(text.slice(position, from));
    position = to + close.length;
  }
}

/** Options of `countWords`. */
export interface CountOptions {
  /** Whether `markdown` may start with front matter to leave out (default true); pass false for a body. */
  skipFrontMatter?: boolean;
}

/**
 * Counts a Markdown post: each Chinese/Japanese character is one, other scripts count words.
 *
 * Front matter, fenced code blocks, URLs, images, HTML tags, HTML comments, Liquid tags and Hugo
 * shortcodes are not counted; link text and inline code are. A bare URL or autolink counts as one
 * word. Markup punctuation (`#`, `*`, `>`, `|`) is never a word.
 */
export function countWords(markdown: string, options: CountOptions = {}): WordCount {
  const text = readableText(markdown, options.skipFrontMatter ?? true);
  const cjkCharacters = text.match(cjkCharacter)?.length ?? 0;
  const words = text.replace(cjkCharacter, ' ').match(wordPattern)?.length ?? 0;
  return { cjkCharacters, words, total: cjkCharacters + words };
}

/** Reading speeds used by `readingMinutes`. */
export interface ReadingSpeed {
  cjkCharactersPerMinute: number;
  wordsPerMinute: number;
}

/** Typical silent reading speeds: about 300 Chinese characters or 200 English words a minute. */
export const defaultReadingSpeed: ReadingSpeed = {
  cjkCharactersPerMinute: 300,
  wordsPerMinute: 200,
};

/** Minutes to read a post, rounded up: 0 for an empty post, else at least 1. */
export function readingMinutes(
  count: WordCount,
  speed: ReadingSpeed = defaultReadingSpeed,
): number {
  if (count.total === 0) {
    return 0;
  }
  const minutes =
    count.cjkCharacters / speed.cjkCharactersPerMinute + count.words / speed.wordsPerMinute;
  return Math.max(1, Math.ceil(minutes));
}
