import type MarkdownIt from 'markdown-it';
import { preprocessGeneratorSource } from './generator-source';

/** One top-level block of a post's body, as whole source lines. */
export interface SourceBlock {
  /** First line, 0-based, in the whole file. */
  readonly start: number;
  /** Line after the last one (exclusive). */
  readonly end: number;
  /**
   * 'definitions': link reference definitions (markdown-it emits no token for them);
   * 'footnote-definition': `[^label]: ...`, shown only in the footnotes section.
   */
  readonly kind: 'markdown' | 'definitions' | 'footnote-definition';
  /** The block's lines, each ending with '\n' except the file's last line (as in the whole text). */
  readonly text: string;
  /** Whether the text may reference or define a footnote (`[^` or `^[`). */
  readonly isFootnoteRelated: boolean;
  /** Whether the text may define a link reference (`]:`), or is a 'definitions' block. */
  readonly mayDefineReferences: boolean;
  /**
   * Scratch space shared by a block and its shifted copies: the renderer keeps the block's
   * rendered entry there, so that an unchanged block costs a property read per keystroke.
   */
  readonly memo: BlockMemo;
}

/** See `SourceBlock.memo`. */
export interface BlockMemo {
  entry: unknown;
  output: unknown;
  references: unknown;
}

const blankLine = /^[ \t]*$/;

/**
 * Splits lines [from, to) into top-level blocks with markdown-it's block parser (`token.map`).
 *
 * Lines no token covers are blank or link reference definitions; runs of the latter become
 * 'definitions' blocks so that definitions can be carried across blocks.
 */
export function splitBlocks(
  md: MarkdownIt,
  lines: readonly string[],
  from: number,
  to: number,
): SourceBlock[] {
  const tokens: { level: number; nesting: number; map: [number, number] | null; type: string }[] =
    [];
  md.block.parse(lines.slice(from, to).join('\n'), md, {}, tokens as never);
  const blocks: SourceBlock[] = [];
  let line = from;
  const pushGap = (until: number): void => {
    let runStart = -1;
    for (; line <= until; line++) {
      const isDefinition = line < until && !blankLine.test(lines[line] ?? '');
      if (isDefinition && runStart < 0) {
        runStart = line;
      } else if (!isDefinition && runStart >= 0) {
        blocks.push(block(lines, runStart, line, 'definitions'));
        runStart = -1;
      }
    }
    line = until;
  };
  for (const token of tokens) {
    if (token.level !== 0 || token.nesting === -1 || token.map === null) {
      continue;
    }
    const start = from + token.map[0];
    const end = Math.max(start + 1, from + token.map[1]);
    pushGap(start);
    blocks.push(
      block(
        lines,
        start,
        end,
        token.type === 'footnote_reference_open' ? 'footnote-definition' : 'markdown',
      ),
    );
    line = end;
  }
  pushGap(to);
  return blocks;
}

/**
 * The blocks of the body's first `count` lines or a little more, exactly as a split of the whole
 * post would give them, or null when that would be the whole post.
 *
 * Only blocks that end two lines before the parsed window's end are kept (a block's end may
 * depend on the line after it), as in `IncrementalBlockSplitter`'s re-split.
 */
export function splitPrefix(
  md: MarkdownIt,
  lines: readonly string[],
  from: number,
  count: number,
): SourceBlock[] | null {
  let windowEnd = from + count + 50;
  for (;;) {
    if (windowEnd >= lines.length) {
      return null;
    }
    const parsed = splitBlocks(md, lines, from, windowEnd);
    let kept = parsed.length;
    while (kept > 0 && (parsed[kept - 1] as SourceBlock).end + 2 > windowEnd) {
      kept--;
    }
    if (kept > 0) {
      return parsed.slice(0, kept);
    }
    windowEnd = from + 2 * (windowEnd - from);
  }
}

function block(
  lines: readonly string[],
  start: number,
  end: number,
  kind: SourceBlock['kind'],
): SourceBlock {
  const text = lines.slice(start, end).join('\n');
  const withNewline = end < lines.length ? `${text}\n` : text;
  // The flags are about what the parser sees, after `{% raw %}` tags are gone.
  const parsed = text.includes('{%') ? preprocessGeneratorSource(text) : text;
  return {
    start,
    end,
    kind,
    text: withNewline,
    isFootnoteRelated: parsed.includes('[^') || parsed.includes('^['),
    mayDefineReferences: kind === 'definitions' || parsed.includes(']:'),
    memo: { entry: null, output: null, references: undefined },
  };
}

/**
 * Keeps a document's block list up to date across edits by re-parsing only around the change.
 *
 * The parse from a top-level block start depends only on the lines from there on, so the splitter
 * re-parses from a block safely before the first changed line and stops as soon as it produces a
 * block start that is also an old block start inside the unchanged tail; everything after is the
 * old list shifted. A block's end may depend on the line after it (a table's delimiter row), so the
 * restart point keeps two lines of distance from the change and accepted starts two lines from the
 * parsed window's end.
 */
export class IncrementalBlockSplitter {
  private lines: readonly string[] = [];
  private blocks: readonly SourceBlock[] = [];
  private bodyStart = -1;

  constructor(private readonly md: MarkdownIt) {}

  /** The blocks of `lines` from `bodyStart` (the line after any front matter). */
  update(lines: readonly string[], bodyStart: number): readonly SourceBlock[] {
    if (bodyStart !== this.bodyStart) {
      return this.remember(lines, bodyStart, splitBlocks(this.md, lines, bodyStart, lines.length));
    }
    const old = this.lines;
    const shortest = Math.min(old.length, lines.length);
    let prefix = 0;
    while (prefix < shortest && old[prefix] === lines[prefix]) {
      prefix++;
    }
    if (prefix === old.length && prefix === lines.length) {
      this.lines = lines;
      return this.blocks;
    }
    let suffix = 0;
    while (
      suffix < shortest - prefix &&
      old[old.length - 1 - suffix] === lines[lines.length - 1 - suffix]
    ) {
      suffix++;
    }
    return this.remember(
      lines,
      bodyStart,
      this.resplit(lines, bodyStart, prefix, lines.length - suffix, lines.length - old.length),
    );
  }

  /**
   * The blocks of `lines` after a known change: lines [`changedStart`, `changedEnd`) of `lines`
   * replaced some lines of the previous text, which had `oldLength` lines. Nothing is compared,
   * so `lines` may be the previous array edited in place (see `LivePost`).
   */
  updateChanged(
    lines: readonly string[],
    bodyStart: number,
    changedStart: number,
    changedEnd: number,
    oldLength: number,
  ): readonly SourceBlock[] {
    if (bodyStart !== this.bodyStart) {
      return this.remember(lines, bodyStart, splitBlocks(this.md, lines, bodyStart, lines.length));
    }
    if (changedStart >= changedEnd && lines.length === oldLength) {
      this.lines = lines;
      return this.blocks;
    }
    return this.remember(
      lines,
      bodyStart,
      this.resplit(lines, bodyStart, changedStart, changedEnd, lines.length - oldLength),
    );
  }

  private resplit(
    lines: readonly string[],
    bodyStart: number,
    prefix: number,
    changedEnd: number,
    delta: number,
  ): SourceBlock[] {
    const old = this.blocks;
    let keep = 0;
    while (keep < old.length && (old[keep]?.start ?? 0) + 2 <= prefix) {
      keep++;
    }
    // `keep` blocks start safely before the change; restart one block earlier still, or at the
    // top when nothing before the change is safe.
    keep = keep < 2 ? 0 : keep - 2;
    // A shortcode's arguments may run over several lines up to its `>}}` (template-tags.ts): a
    // closer typed below can make one block of the lines above it, back to the last blank line.
    if (keep > 0 && closesShortcode(lines, prefix, changedEnd)) {
      let paragraphStart = Math.min(prefix, lines.length) - 1;
      while (paragraphStart > bodyStart && !blankLine.test(lines[paragraphStart - 1] ?? '')) {
        paragraphStart--;
      }
      while (keep > 0 && (old[keep] as SourceBlock).start > paragraphStart) {
        keep--;
      }
    }
    const restart = keep === 0 ? bodyStart : (old[keep] as SourceBlock).start;
    let windowEnd = Math.min(lines.length, changedEnd + 50);
    for (;;) {
      const parsed = splitBlocks(this.md, lines, restart, windowEnd);
      if (windowEnd === lines.length) {
        return [...old.slice(0, keep), ...parsed];
      }
      for (let i = 0; i < parsed.length; i++) {
        const start = (parsed[i] as SourceBlock).start;
        if (start < changedEnd || start + 2 > windowEnd) {
          continue;
        }
        const oldIndex = indexOfStart(old, start - delta);
        if (oldIndex >= 0) {
          const tail = old
            .slice(oldIndex)
            .map((b) => (delta === 0 ? b : { ...b, start: b.start + delta, end: b.end + delta }));
          return [...old.slice(0, keep), ...parsed.slice(0, i), ...tail];
        }
      }
      windowEnd = Math.min(lines.length, restart + 2 * (windowEnd - restart) + 50);
    }
  }

  private remember(
    lines: readonly string[],
    bodyStart: number,
    blocks: SourceBlock[],
  ): readonly SourceBlock[] {
    this.lines = lines;
    this.bodyStart = bodyStart;
    this.blocks = blocks;
    return blocks;
  }
}

/** Whether lines [from, to) hold a shortcode's closer (`>}}` or `%}}`). */
function closesShortcode(lines: readonly string[], from: number, to: number): boolean {
  for (let line = from; line < to; line++) {
    const text = lines[line] ?? '';
    if (text.includes('>}}') || text.includes('%}}')) {
      return true;
    }
  }
  return false;
}

/** Index of the block starting at `line` in blocks sorted by start, or -1. */
function indexOfStart(blocks: readonly SourceBlock[], line: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = (blocks[middle] as SourceBlock).start;
    if (start === line) {
      return middle;
    }
    if (start < line) {
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return -1;
}
