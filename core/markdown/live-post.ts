import { scanFrontMatter } from '../post/split';
import { FrontMatterReader } from './front-matter-block';
import { createMarkdownRenderer, type MarkdownRendererOptions } from './markdown-renderer';
import type { LineChange, RenderedDocument, RenderedFrontMatter } from './rendered-document';

/**
 * One edit of a text: at offset `from` (of the text as the edits before it in the same list left
 * it), `removed` characters are replaced by `insert`. A CodeMirror ChangeSet in this shape is
 * `iterChanges((fromA, toA, fromB, _toB, text) => [fromB, toA - fromA, text])`.
 */
export type TextEdit = readonly [from: number, removed: number, insert: string];

/** Edits in order and the length of the text they leave: what a view needs to follow a text. */
export interface TextChange {
  edits: readonly TextEdit[];
  length: number;
}

// A spread of more arguments than this can overflow the stack (a pasted 10 MB post).
const maximumSpread = 10_000;

/**
 * A post kept as lines and updated by edits, rendered incrementally: typing in a 10 MB post
 * neither copies nor splits the whole text, and the block split restarts at the edited lines
 * instead of comparing every line (`IncrementalBlockSplitter.updateChanged`).
 *
 * Text is '\n'-separated (CodeMirror's document); `reset` normalizes other line endings.
 */
export class LivePost {
  private readonly renderer;
  private readonly frontMatterReader = new FrontMatterReader();
  private lines: string[] = [''];
  /** Offset of each line's first character. */
  private lineStarts: number[] = [0];
  private size = 0;
  /** Lines changed since the last render; null: anything may have changed. */
  private change: LineChange | null = null;
  private frontMatter: RenderedFrontMatter | null = null;
  /** An edit up to this line may change the front matter (re-read it); -1: always re-read. */
  private frontMatterLastLine = -1;
  private frontMatterRead = false;

  constructor(options: MarkdownRendererOptions = {}) {
    this.renderer = createMarkdownRenderer(options);
  }

  /** The text's length. */
  get length(): number {
    return this.size;
  }

  /** The whole text (joins the lines: not for every keystroke). */
  text(): string {
    return this.lines.join('\n');
  }

  /** Replaces the whole text (the renderer's caches stay: unchanged blocks keep their keys). */
  reset(input: string): void {
    const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
    this.lines = text.split('\n');
    this.lineStarts = new Array<number>(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      this.lineStarts[i] = offset;
      offset += (this.lines[i] as string).length + 1;
    }
    this.size = text.length;
    this.change = null;
    this.frontMatterRead = false;
  }

  /**
   * Applies `edits` in order; false (nothing applied) when one does not fit the text or the
   * result is not `expectedLength` long: the caller then resets with the whole text.
   */
  apply(edits: readonly TextEdit[], expectedLength: number): boolean {
    let size = this.size;
    for (const [from, removed, insert] of edits) {
      if (from < 0 || removed < 0 || from + removed > size) {
        return false;
      }
      size += insert.length - removed;
    }
    if (size !== expectedLength) {
      return false;
    }
    for (const edit of edits) {
      this.applyOne(edit);
    }
    return true;
  }

  /** Renders the post; only the blocks around the edits since the last call are re-split. */
  render(): RenderedDocument {
    return this.renderer.renderLines(
      this.lines,
      this.readFrontMatter(),
      this.takeChange(),
    ) as RenderedDocument;
  }

  /** Renders about the body's first `lines` lines (null when that is the whole post), as `renderStart`. */
  renderStart(lines: number): RenderedDocument | null {
    return this.renderer.renderLines(this.lines, this.readFrontMatter(), null, lines);
  }

  /** Forgets blocks rendered while a highlight language or the math engine was missing (see `MarkdownRenderer`). */
  forgetIncompleteBlocks(): void {
    this.renderer.forgetIncompleteBlocks();
  }

  private takeChange(): LineChange | null {
    const change = this.change;
    this.change = { start: 0, end: 0, oldLength: this.lines.length };
    return change;
  }

  private readFrontMatter(): RenderedFrontMatter | null {
    const change = this.change;
    const unchanged =
      change !== null && change.start >= change.end && change.oldLength === this.lines.length;
    if (this.frontMatterRead && (unchanged || (change?.start ?? 0) > this.frontMatterLastLine)) {
      return this.frontMatter;
    }
    this.frontMatter = this.frontMatterReader.read(this.text());
    this.frontMatterRead = true;
    if (this.frontMatter !== null) {
      // A closed block: only an edit up to its closing line can change it.
      this.frontMatterLastLine = this.frontMatter.endLine - 1;
    } else {
      // No block: only an edit of the first line can start one, unless that line already could.
      const scan = scanFrontMatter(`${this.lines[0] ?? ''}\n`, false);
      this.frontMatterLastLine = scan.kind === 'none' ? 0 : Number.POSITIVE_INFINITY;
    }
    return this.frontMatter;
  }

  private lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] as number) <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private applyOne([from, removed, insert]: TextEdit): void {
    const first = this.lineAt(from);
    const last = this.lineAt(from + removed);
    const firstStart = this.lineStarts[first] as number;
    const lastLine = this.lines[last] as string;
    const head = (this.lines[first] as string).slice(0, from - firstStart);
    const tail = lastLine.slice(from + removed - (this.lineStarts[last] as number));
    const replacement = (head + insert + tail).split('\n');
    const starts = new Array<number>(replacement.length);
    let offset = firstStart;
    for (let i = 0; i < replacement.length; i++) {
      starts[i] = offset;
      offset += (replacement[i] as string).length + 1;
    }
    const oldLength = this.lines.length;
    const removedLines = last - first + 1;
    this.lines = spliceArray(this.lines, first, removedLines, replacement);
    this.lineStarts = spliceArray(this.lineStarts, first, removedLines, starts);
    const shift = insert.length - removed;
    if (shift !== 0) {
      for (let i = first + replacement.length; i < this.lineStarts.length; i++) {
        this.lineStarts[i] = (this.lineStarts[i] as number) + shift;
      }
    }
    this.size += shift;
    this.recordChange(first, last + 1, replacement.length, oldLength);
  }

  /** Joins old lines [first, end) replaced by `count` lines into the pending change. */
  private recordChange(first: number, end: number, count: number, oldLength: number): void {
    const change = this.change;
    if (change === null) {
      return;
    }
    const delta = count - (end - first);
    const newEnd = first + count;
    if (change.start >= change.end && change.oldLength === oldLength) {
      this.change = { start: first, end: newEnd, oldLength };
      return;
    }
    // The pending range is in the current lines: move its end with this edit.
    const end2 = change.end <= first ? change.end : change.end >= end ? change.end + delta : newEnd;
    this.change = {
      start: Math.min(change.start, first),
      end: Math.max(end2, newEnd),
      oldLength: change.oldLength,
    };
  }
}

/** `array` with `count` items at `start` replaced by `items` (in place unless `items` is huge). */
function spliceArray<T>(array: T[], start: number, count: number, items: T[]): T[] {
  if (items.length <= maximumSpread) {
    array.splice(start, count, ...items);
    return array;
  }
  return array.slice(0, start).concat(items, array.slice(start + count));
}
