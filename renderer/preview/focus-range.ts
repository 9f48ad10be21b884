import { commonEnds } from '../../core/markdown/block-splice';
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
  const { prefix, suffix } = commonEnds(old, blocks);
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

/**
 * The focus after an edit: the blocks it changed (by key, from both ends) join it, with a block of
 * context on either side, unless they are within the first `shown` blocks; the focus moves with
 * the blocks after the edit. An edit far from the focus replaces it rather than bringing
 * everything between into the frame.
 */
export function focusAfterEdit(
  current: FocusRange | null,
  old: readonly RenderedBlock[],
  blocks: readonly RenderedBlock[],
  shown: number,
): FocusRange | null {
  const changed = changedRange(old, blocks);
  if (changed === null) {
    return current;
  }
  const delta = blocks.length - old.length;
  // A change of most of the post (a highlight language loaded, a link definition typed) is no
  // edit to show at once: building its blocks past the shown part would build the whole post in
  // one task. The focus only moves with it; the rest comes with the fill, built near the viewport.
  const wide = changed.end - Math.max(changed.start, shown) > maximumMergedBlocks;
  let focus = current;
  if (focus !== null && focus.start >= changed.oldEnd) {
    focus = { start: focus.start + delta, end: focus.end + delta };
  } else if (focus !== null && focus.end > changed.start) {
    const end = wide ? focus.end + delta : Math.max(changed.end, focus.end + delta);
    focus = { start: focus.start, end: Math.min(blocks.length, Math.max(focus.start, end)) };
  }
  const edited = {
    start: Math.max(0, changed.start - 1),
    end: Math.min(blocks.length, changed.end + 1),
  };
  return edited.end <= shown || wide ? focus : mergeFocus(focus, edited);
}

/** The blocks from the one at `line` on, until they hold `characters` of HTML. */
export function blocksAtLine(
  blocks: readonly RenderedBlock[],
  line: number,
  characters: number,
): FocusRange {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle] as RenderedBlock).endLine <= line) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  const start = Math.max(0, low - 1);
  let end = start;
  let total = 0;
  while (end < blocks.length && total < characters) {
    total += (blocks[end] as RenderedBlock).html.length;
    end++;
  }
  return { start, end };
}

/** The first `shown` blocks plus the focus range past them, in document order. */
export function shownPart(
  blocks: readonly RenderedBlock[],
  shown: number,
  focus: FocusRange | null,
): RenderedBlock[] {
  const part = blocks.slice(0, shown);
  if (focus === null || focus.end <= shown) {
    return part;
  }
  return part.concat(blocks.slice(Math.max(focus.start, shown), focus.end));
}

/**
 * The focus with the blocks at `line` (until they hold `characters` of HTML) joined to it, or
 * null when they are already shown or in the focus.
 */
export function focusAtLine(
  focus: FocusRange | null,
  blocks: readonly RenderedBlock[],
  line: number,
  shown: number,
  characters: number,
): FocusRange | null {
  const atLine = blocksAtLine(blocks, line, characters);
  if (atLine.end <= shown) {
    return null;
  }
  const merged = mergeFocus(focus, atLine);
  return focus === null || merged.start < focus.start || merged.end > focus.end ? merged : null;
}
