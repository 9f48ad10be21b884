import type { RenderedBlock } from './rendered-document';

/** A rendered block as plain data (its HTML read), to send to another thread. */
export interface PlainBlock {
  key: string;
  startLine: number;
  endLine: number;
  html: string;
  kind: RenderedBlock['kind'];
}

/**
 * How one block list becomes the next: what a render changed, in the size of the change, so that
 * a keystroke in a 10 MB post sends one block's HTML rather than 50,000 blocks.
 */
export interface BlockSplice {
  /** Blocks kept at the start, with their keys and lines. */
  start: number;
  /** Old blocks replaced from `start` on. */
  removed: number;
  /** The blocks in their place. */
  inserted: PlainBlock[];
  /** The old blocks after the removed ones keep their keys and HTML; their lines move by this... */
  shift: number;
  /** ...except these, as [index among those blocks, startLine, endLine] (the footnotes section). */
  moved: [number, number, number][];
}

/** A splice whose inserted blocks are still `next.slice(start, insertedEnd)` (HTML not read). */
export type SpliceRange = Omit<BlockSplice, 'inserted'> & { insertedEnd: number };

/** The splice that turns `old` into `next` (reads the HTML of the inserted blocks only). */
export function spliceBlocks(
  old: readonly RenderedBlock[],
  next: readonly RenderedBlock[],
): BlockSplice {
  return withInserted(spliceRange(old, next), next);
}

/** The splice of `range`, with the inserted blocks of `next` as plain data (reads their HTML). */
export function withInserted(range: SpliceRange, next: readonly RenderedBlock[]): BlockSplice {
  const { insertedEnd, ...rest } = range;
  return { ...rest, inserted: next.slice(range.start, insertedEnd).map(plainBlock) };
}

/**
 * How many blocks `old` and `next` share at their start (equal by `sameAtStart`) and, after
 * those, at their end (equal by key).
 */
export function commonEnds(
  old: readonly RenderedBlock[],
  next: readonly RenderedBlock[],
  sameAtStart: (a: RenderedBlock, b: RenderedBlock) => boolean = sameKey,
): { prefix: number; suffix: number } {
  const shortest = Math.min(old.length, next.length);
  let prefix = 0;
  while (
    prefix < shortest &&
    sameAtStart(old[prefix] as RenderedBlock, next[prefix] as RenderedBlock)
  ) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    sameKey(
      old[old.length - 1 - suffix] as RenderedBlock,
      next[next.length - 1 - suffix] as RenderedBlock,
    )
  ) {
    suffix++;
  }
  return { prefix, suffix };
}

function sameKey(a: RenderedBlock, b: RenderedBlock): boolean {
  return a.key === b.key;
}

/** Where `old` and `next` differ, without reading any HTML. */
export function spliceRange(
  old: readonly RenderedBlock[],
  next: readonly RenderedBlock[],
): SpliceRange {
  // The start keeps blocks whose lines are unchanged too; the tail's lines move by `shift`.
  const { prefix: start, suffix: kept } = commonEnds(old, next, sameBlock);
  const tailOld = old.length - kept;
  const tailNext = next.length - kept;
  const shift =
    kept === 0
      ? 0
      : (next[tailNext] as RenderedBlock).startLine - (old[tailOld] as RenderedBlock).startLine;
  const moved: [number, number, number][] = [];
  for (let i = 0; i < kept; i++) {
    const before = old[tailOld + i] as RenderedBlock;
    const after = next[tailNext + i] as RenderedBlock;
    if (after.startLine !== before.startLine + shift || after.endLine !== before.endLine + shift) {
      moved.push([i, after.startLine, after.endLine]);
    }
  }
  return { start, removed: tailOld - start, insertedEnd: tailNext, shift, moved };
}

/** The block list `splice` makes of `old` (`old` is left as it was). */
export function applySplice(old: readonly RenderedBlock[], splice: BlockSplice): RenderedBlock[] {
  const tailStart = splice.start + splice.removed;
  if (tailStart > old.length) {
    throw new Error(`block splice past the end (${tailStart} of ${old.length})`);
  }
  const result = old.slice(0, splice.start).concat(splice.inserted);
  const offset = result.length;
  if (splice.shift === 0) {
    for (let i = tailStart; i < old.length; i++) {
      result.push(old[i] as RenderedBlock);
    }
  } else {
    for (let i = tailStart; i < old.length; i++) {
      const block = old[i] as RenderedBlock;
      result.push({
        key: block.key,
        startLine: block.startLine + splice.shift,
        endLine: block.endLine + splice.shift,
        html: block.html,
        kind: block.kind,
      });
    }
  }
  for (const [index, startLine, endLine] of splice.moved) {
    const block = result[offset + index] as RenderedBlock;
    result[offset + index] = {
      key: block.key,
      startLine,
      endLine,
      html: block.html,
      kind: block.kind,
    };
  }
  return result;
}

function sameBlock(a: RenderedBlock, b: RenderedBlock): boolean {
  // The renderer hands out the same object for an unchanged block: most checks stop at identity.
  return a === b || (a.key === b.key && a.startLine === b.startLine && a.endLine === b.endLine);
}

function plainBlock(block: RenderedBlock): PlainBlock {
  return {
    key: block.key,
    startLine: block.startLine,
    endLine: block.endLine,
    html: block.html,
    kind: block.kind,
  };
}
