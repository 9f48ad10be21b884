/**
 * Finding the front matter block of a post by scanning its text, shared by the fast index reader
 * and the lossless codec so both agree on where front matter starts and ends.
 */

import type { FrontMatterErrorInfo } from '../api';

/** How the block is delimited. */
export type BlockSyntax = 'dashes' | 'pluses' | 'braces' | 'hexo';

/** Where a candidate front matter block sits in the text (offsets are UTF-16 indexes). */
export interface BlockCandidate {
  syntax: BlockSyntax;
  /** Lowercased language: 'yaml', 'toml', 'json', or what followed `---` (e.g. 'js'). */
  language: string;
  /** The language as written after `---` (trimmed), for messages. */
  languageAsWritten: string;
  /** A language was written after `---` (so the line is surely no thematic break). */
  hasLanguage: boolean;
  /** Start of the opening delimiter (after a BOM). */
  from: number;
  /** The content between the delimiters; it ends at a line start. */
  contentFrom: number;
  contentTo: number;
  /** End of the block, after the closing delimiter's line ending. */
  to: number;
  /** 1-based line of the first content line. */
  contentLine: number;
  closed: boolean;
  /** The opening delimiter is followed by a blank line (a thematic break looks like this). */
  startsWithBlankLine: boolean;
}

/** What scanning the start of a text found. */
export type BlockScan =
  | { kind: 'none' }
  /** The text given ends inside what may be a block: the caller should pass more text. */
  | { kind: 'needs-more' }
  | { kind: 'block'; block: BlockCandidate };

// The info string ends on its last non-blank, written so no blank run is scanned twice.
const openingDashes = /^---(?:[ \t]*([^\s-](?:[^\r\n]*[^ \t\r\n])?))?[ \t]*\r?$/;
// Jekyll and Pandoc also end YAML front matter with the YAML document-end marker `...`.
const closingDashes = /^(?:---|\.\.\.)[ \t]*\r?$/;
const pluses = /^\+\+\+[ \t]*\r?$/;
const closingPluses = /^\+\+\+[ \t]*\r?$/;
const hexoClosing = /^-{3,}[ \t]*\r?$/;
/** A top-level `key:` line (the shape every front matter mapping starts with). */
// The plain key takes its own trailing blanks (`[ \t]*` after it rescanned them per character).
const keyLine =
  /^(?:[^\s#'"\-?:,[\]{}&*!|>%@`][^\r\n]*?|'[^'\r\n]*'[ \t]*|"[^"\r\n]*"[ \t]*):(?:[ \t]|\r?$)/;

/** Length of the text's BOM (0 or 1). */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Whether a line looks like the start of a YAML mapping entry at the top level. */
export function isKeyLine(line: string): boolean {
  return keyLine.test(line);
}

/** Iterates lines of `text` from `from`: yields [lineStart, lineEnd (before \n), nextStart]. */
function* linesFrom(text: string, from: number): Generator<[number, number, number]> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    yield [start, end, next];
    start = next;
  }
}

/**
 * Finds the front matter block at the start of `text`.
 *
 * `isWhole` says whether `text` is the whole file; when it is not, a block that is not closed
 * within it gives 'needs-more' instead of being judged unclosed.
 */
export function scanFrontMatter(text: string, isWhole = true): BlockScan {
  const from = bomLength(text);
  const firstEnd = text.indexOf('\n', from);
  if (firstEnd === -1 && !isWhole) {
    return { kind: 'needs-more' };
  }
  const firstLine = text.slice(from, firstEnd === -1 ? text.length : firstEnd);
  const contentFrom = firstEnd === -1 ? text.length : firstEnd + 1;
  const opening = openingDashes.exec(firstLine);
  if (opening !== null) {
    const written = (opening[1] ?? '').trim();
    return delimited(text, from, contentFrom, 'dashes', written, closingDashes, isWhole);
  }
  if (pluses.test(firstLine)) {
    return delimited(text, from, contentFrom, 'pluses', 'toml', closingPluses, isWhole);
  }
  if (firstLine.trim() === '{') {
    return braces(text, from, isWhole);
  }
  if (isKeyLine(firstLine)) {
    return hexo(text, from, isWhole);
  }
  return { kind: 'none' };
}

function delimited(
  text: string,
  from: number,
  contentFrom: number,
  syntax: 'dashes' | 'pluses',
  written: string,
  closing: RegExp,
  isWhole: boolean,
): BlockScan {
  const language = written === '' ? 'yaml' : written.toLowerCase();
  const firstContentEnd = text.indexOf('\n', contentFrom);
  const firstContent = text.slice(
    contentFrom,
    firstContentEnd === -1 ? text.length : firstContentEnd,
  );
  const base = {
    syntax,
    language,
    languageAsWritten: written === '' ? language : written,
    hasLanguage: syntax === 'dashes' && written !== '',
    from,
    contentFrom,
    contentLine: lineOfOffset(text, contentFrom),
    startsWithBlankLine: firstContent.trim() === '',
  };
  const found = findLine(text, contentFrom, closing);
  if (found !== null) {
    return {
      kind: 'block',
      block: { ...base, contentTo: found.start, to: found.next, closed: true },
    };
  }
  if (!isWhole) {
    return { kind: 'needs-more' };
  }
  return {
    kind: 'block',
    block: { ...base, contentTo: text.length, to: text.length, closed: false },
  };
}

/**
 * The first line from `from` on that `pattern` matches (only `\n` ends a line).
 *
 * Only lines that start with a delimiter character are copied and tested: the index runs this
 * on thousands of posts.
 */
function findLine(
  text: string,
  from: number,
  pattern: RegExp,
): { start: number; next: number } | null {
  for (let start = from; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const first = text.charCodeAt(start);
    // '-', '.', '+': the first characters of `---`, `...` and `+++`.
    if (
      (first === 0x2d || first === 0x2e || first === 0x2b) &&
      pattern.test(text.slice(start, end))
    ) {
      return { start, next: newline === -1 ? text.length : newline + 1 };
    }
    start = end + 1;
  }
  return null;
}

/** Hugo's JSON front matter: a `{` line, and the object ends with `}` on its own line. */
function braces(text: string, from: number, isWhole: boolean): BlockScan {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        i++;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      const lineEnd = text.indexOf('\n', i);
      const rest = text.slice(i + 1, lineEnd === -1 ? text.length : lineEnd);
      if (rest.trim() !== '') {
        return { kind: 'none' };
      }
      const to = lineEnd === -1 ? text.length : lineEnd + 1;
      const block: BlockCandidate = {
        syntax: 'braces',
        language: 'json',
        languageAsWritten: 'json',
        hasLanguage: false,
        from,
        contentFrom: from,
        contentTo: to,
        to,
        contentLine: lineOfOffset(text, from),
        closed: true,
        startsWithBlankLine: false,
      };
      return { kind: 'block', block };
    }
  }
  return isWhole ? { kind: 'none' } : { kind: 'needs-more' };
}

/**
 * Hexo allows front matter without the opening `---`: mapping lines, then a `---` line.
 * Only lines a mapping can consist of may come before it, so prose is never taken for one.
 */
function hexo(text: string, from: number, isWhole: boolean): BlockScan {
  for (const [start, end, next] of linesFrom(text, from)) {
    const line = text.slice(start, end);
    if (hexoClosing.test(line)) {
      const block: BlockCandidate = {
        syntax: 'hexo',
        language: 'yaml',
        languageAsWritten: 'yaml',
        hasLanguage: false,
        from,
        contentFrom: from,
        contentTo: start,
        to: next,
        contentLine: lineOfOffset(text, from),
        closed: true,
        startsWithBlankLine: false,
      };
      return { kind: 'block', block };
    }
    const fits =
      line.trim() === '' ||
      /^[ \t#]/.test(line) ||
      /^-(?:[ \t]|\r?$)/.test(line) ||
      isKeyLine(line);
    if (!fits) {
      return { kind: 'none' };
    }
  }
  return isWhole ? { kind: 'none' } : { kind: 'needs-more' };
}

/** 1-based line number of a UTF-16 offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
  }
  return line;
}

/** What the content between the delimiters turned out to be. */
export type ContentShape = 'mapping' | 'empty' | 'other' | 'error';

/** Why a leading delimiter was not taken as front matter. */
export type NotFrontMatterReason = 'thematic-break' | 'unclosed' | 'not-a-mapping';

/** The verdict on a candidate block, once its content is known. */
export type BlockVerdict =
  { isFrontMatter: true } | { isFrontMatter: false; reason: NotFrontMatterReason | null };

/**
 * Decides whether a block is front matter; both readers call this so they always agree.
 *
 * An unclosed `---` whose first line is no `key:` is a thematic break; an unclosed one that starts
 * like a mapping is broken front matter. A closed block holding a list or a string is no front
 * matter either ('thematic-break' when a blank line follows the opening `---`).
 */
export function judgeBlock(
  text: string,
  block: BlockCandidate,
  shape: () => ContentShape,
): BlockVerdict {
  if (!block.closed) {
    if (
      block.syntax === 'dashes' &&
      !block.hasLanguage &&
      (block.startsWithBlankLine || !firstContentIsKey(text, block))
    ) {
      return { isFrontMatter: false, reason: 'thematic-break' };
    }
    return { isFrontMatter: false, reason: 'unclosed' };
  }
  if (block.syntax === 'hexo') {
    const found = shape();
    return found === 'mapping' ? { isFrontMatter: true } : { isFrontMatter: false, reason: null };
  }
  const found = shape();
  const mayBeBreak = block.syntax === 'dashes' && !block.hasLanguage && block.startsWithBlankLine;
  if (found === 'other') {
    return { isFrontMatter: false, reason: mayBeBreak ? 'thematic-break' : 'not-a-mapping' };
  }
  if (found === 'error' && mayBeBreak && !hasKeyLine(text, block)) {
    return { isFrontMatter: false, reason: 'thematic-break' };
  }
  return { isFrontMatter: true };
}

function firstContentIsKey(text: string, block: BlockCandidate): boolean {
  const end = text.indexOf('\n', block.contentFrom);
  return isKeyLine(text.slice(block.contentFrom, end === -1 ? text.length : end));
}

function hasKeyLine(text: string, block: BlockCandidate): boolean {
  for (const [start, end] of linesFrom(text, block.contentFrom)) {
    if (start >= block.contentTo) {
      break;
    }
    if (isKeyLine(text.slice(start, end))) {
      return true;
    }
  }
  return false;
}

/** The error reported for a block that is never closed. */
export function unclosedMessage(block: BlockCandidate): string {
  const delimiter = block.syntax === 'pluses' ? '+++' : '---';
  return `Front matter opened on line ${block.contentLine - 1} is never closed by a '${delimiter}' line`;
}

/** The error for a block that is never closed, reported on `line` (the opening delimiter's). */
export function unclosedError(block: BlockCandidate, line: number): FrontMatterErrorInfo {
  const subject = block.syntax === 'pluses' ? '+++' : '---';
  return { message: unclosedMessage(block), line, column: 1, reason: 'unclosed', subject };
}

/** The error for front matter in a language that is refused (code) or unknown. */
export function languageError(block: BlockCandidate, line: number): FrontMatterErrorInfo {
  const written = block.languageAsWritten;
  return {
    message: codeLanguageMessage(written),
    line,
    column: 1,
    reason: codeLanguages.has(written.toLowerCase()) ? 'code-language' : 'unsupported-language',
    subject: written,
  };
}

/** Languages gray-matter would evaluate as code: refused, never run. */
export const codeLanguages: ReadonlySet<string> = new Set([
  'js',
  'javascript',
  'coffee',
  'coffeescript',
  'cson',
]);

/** Languages the codec reads. */
export const dataLanguages: ReadonlySet<string> = new Set(['yaml', 'yml', 'toml', 'json']);

/** The message for front matter in a language that is refused (code) or unknown. */
export function codeLanguageMessage(languageAsWritten: string): string {
  return codeLanguages.has(languageAsWritten.toLowerCase())
    ? `'${languageAsWritten}' front matter is code; Postwright never runs it. Convert it to YAML.`
    : `'${languageAsWritten}' front matter is not supported (use YAML, TOML or JSON)`;
}
