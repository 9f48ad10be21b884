import type { TextEdit } from '../../../core/markdown/live-post';

/** An edit placed relative to the text's length when applied: [position 0–1, removed, insert]. */
export type RelativeEdit = readonly [number, number, string];

/**
 * Applies edits in order to `current`, each placed relative to the text as it is then; returns the
 * new text and the same edits as offsets, as the editor reports them.
 */
export function placeEdits(
  current: string,
  relative: readonly RelativeEdit[],
): { text: string; edits: TextEdit[] } {
  let result = current;
  const edits: TextEdit[] = [];
  for (const [where, remove, inserted] of relative) {
    const from = Math.floor(where * result.length);
    const removed = Math.min(remove, result.length - from);
    result = result.slice(0, from) + inserted + result.slice(from + removed);
    edits.push([from, removed, inserted]);
  }
  return { text: result, edits };
}
