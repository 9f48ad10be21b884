import type { RenderedBlock } from '../../core/markdown/markdown-renderer';

/** A range of block indices, end exclusive. */
export interface FocusRange {
  start: number;
  end: number;
}

/** Where two block lists differ: `start`/`end` in the new list, `oldEnd` in the old one. */
export interface ChangedRange extends FocusRange {
  oldEnd: number;
}

// Bringing more blocks than this into the frame at once, to join two focus ranges, would hold a
// frame as long as the fill it tries to get ahead of.
const maximumMergedBlocks = 400;

/** The blocks that differ by key between `old` and `blocks` (null when none do). */
export function changedRange(
  old: readonly RenderedBlock[],
  blocks: readonly RenderedBlock[],
): ChangedRange | null {
  const shortest = Math.min(old.length, blocks.length);
  let prefix = 0;
  while (
    prefix < shortest &&
    (old[prefix] as RenderedBlock).key === (blocks[prefix] as RenderedBlock).key
  ) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    (old[old.length - 1 - suffix] as RenderedBlock).key ===
      (blocks[blocks.length - 1 - suffix] as RenderedBlock).key
  ) {
    suffix++;
  }
  if (prefix === blocks.length && prefix === old.length) {
    return null;
  }
  return { start: prefix, end: blocks.length - suffix, oldEnd: old.length - suffix };
}

/** Joins `added` to `focus` when the union stays small; else `added` replaces it. */
export function mergeFocus(focus: FocusRange | null, added: FocusRange): FocusRange {
  if (focus === null) {
    return added;
  }
  const union = { start: Math.min(focus.start, added.start), end: Math.max(focus.end, added.end) };
  return union.end - union.start <= maximumMergedBlocks ? union : added;
}
