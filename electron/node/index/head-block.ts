/**
 * Finding the front matter block of a post in the bytes of its head, without decoding the head.
 *
 * Nearly every post starts with `---` or `+++` on its own line and closes the block within a few
 * hundred bytes. Decoding and scanning the first KB of text per post was most of the main thread's
 * time in a 10,000-post open; this finds the block's content by bytes so that only the content is
 * decoded. It answers only for the plain shapes it is sure of and leaves every other head to the
 * text reader (`core/post/split.ts` decides what the shapes mean, and both must agree).
 */

/** The content of a front matter block found in a head's bytes. */
export interface HeadBlock {
  language: 'yaml' | 'toml';
  /** Byte offsets of the content: from the line after the opening delimiter to the closing one. */
  contentFrom: number;
  contentTo: number;
}

const newline = 0x0a;
const carriageReturn = 0x0d;
const dash = 0x2d;
const dot = 0x2e;
const plus = 0x2b;
const space = 0x20;
const tab = 0x09;

/**
 * The block of a head that opens with exactly `---` or `+++` (after an optional BOM) and closes on
 * a line the text reader takes as its closing delimiter, within `head`. Null for anything else: an
 * opening line with a language or blanks, a block not closed within the head, or a candidate
 * closing line cut by the end of the head.
 */
export function findHeadBlock(head: Uint8Array): HeadBlock | null {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const mark = head[start];
  if ((mark !== dash && mark !== plus) || head[start + 1] !== mark || head[start + 2] !== mark) {
    return null;
  }
  const contentFrom = lineEndAt(head, start + 3);
  if (contentFrom < 0) {
    return null;
  }
  for (let line = contentFrom; line < head.length;) {
    const closing = closingAt(head, line, mark);
    if (closing === 'cut') {
      return null;
    }
    if (closing) {
      return { language: mark === dash ? 'yaml' : 'toml', contentFrom, contentTo: line };
    }
    const end = head.indexOf(newline, line);
    if (end < 0) {
      return null;
    }
    line = end + 1;
  }
  return null;
}

/** The offset after `\n` or `\r\n` at `at`; -1 when the line goes on (or the head ends there). */
function lineEndAt(head: Uint8Array, at: number): number {
  if (head[at] === newline) {
    return at + 1;
  }
  return head[at] === carriageReturn && head[at + 1] === newline ? at + 2 : -1;
}

/**
 * Whether the line at `line` closes the block, as `split.ts` reads closing lines: `---` or `...`
 * for YAML, `+++` for TOML, then blanks, an optional `\r`, and the line's end. 'cut' when the head
 * ends before that is known.
 */
function closingAt(head: Uint8Array, line: number, mark: number): boolean | 'cut' {
  const first = head[line];
  if (first !== mark && !(mark === dash && first === dot)) {
    return false;
  }
  for (let at = line + 1; at < line + 3; at++) {
    if (at >= head.length) {
      return 'cut';
    }
    if (head[at] !== first) {
      return false;
    }
  }
  let at = line + 3;
  while (head[at] === space || head[at] === tab) {
    at++;
  }
  if (head[at] === carriageReturn) {
    at++;
  }
  if (at >= head.length) {
    return 'cut';
  }
  return head[at] === newline;
}
