import { syntaxTree } from '@codemirror/language';
import { EditorSelection, type EditorState, type StateCommand } from '@codemirror/state';

// The syntax node each inline marker produces, so a cursor right before a closing marker can step
// out of it instead of nesting another pair.
const nodeForMarker: Record<string, string> = {
  '**': 'StrongEmphasis',
  '*': 'Emphasis',
  '`': 'InlineCode',
  '~~': 'Strikethrough',
};

/** Bold: wrap the selection in `**`, or remove the `**` around or inside it. */
export const toggleBold: StateCommand = toggleInlineMarker('**');

/** Italic: wrap the selection in `*`, or remove the `*` around or inside it. */
export const toggleItalic: StateCommand = toggleInlineMarker('*');

/** Inline code: wrap the selection in backticks, or remove them. */
export const toggleInlineCode: StateCommand = toggleInlineMarker('`');

/** Strikethrough (GFM): wrap the selection in `~~`, or remove them. */
export const toggleStrikethrough: StateCommand = toggleInlineMarker('~~');

/**
 * A command that toggles an inline marker on every selection range.
 *
 * - markers directly around the range (`**|one|**`, also `**|**`) are removed;
 * - a range that itself starts and ends with the markers (`|**one**|`) is unwrapped;
 * - a cursor right before the closing marker of that kind steps out (`**one|**` -> `**one**|`);
 * - otherwise the range is wrapped and stays selected inside the markers.
 */
export function toggleInlineMarker(marker: string): StateCommand {
  return ({ state, dispatch }) => {
    if (state.readOnly) {
      return false;
    }
    const size = marker.length;
    const transaction = state.changeByRange((range) => {
      const { from, to } = range;
      if (isMarkedAround(state, from, to, marker)) {
        return {
          changes: [
            { from: from - size, to: from },
            { from: to, to: to + size },
          ],
          range: EditorSelection.range(from - size, to - size),
        };
      }
      const text = state.sliceDoc(from, to);
      if (to - from >= 2 * size && text.startsWith(marker) && text.endsWith(marker)) {
        return {
          changes: [
            { from, to: from + size },
            { from: to - size, to },
          ],
          range: EditorSelection.range(from, to - 2 * size),
        };
      }
      if (range.empty && closesNodeAt(state, from, marker)) {
        return { range: EditorSelection.cursor(from + size) };
      }
      return {
        changes: [
          { from, insert: marker },
          { from: to, insert: marker },
        ],
        range: EditorSelection.range(from + size, to + size),
      };
    });
    dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** Whether `marker` sits directly before `from` and after `to` as its own run of marker chars. */
function isMarkedAround(state: EditorState, from: number, to: number, marker: string): boolean {
  const char = marker.charAt(0);
  const before = runLength(state, from, -1, char);
  const after = runLength(state, to, 1, char);
  if (marker === '*') {
    // `**one**` is bold, not italic twice: italic is present when a run is odd (`*`, `***`).
    return before % 2 === 1 && after % 2 === 1;
  }
  return before >= marker.length && after >= marker.length;
}

function runLength(state: EditorState, pos: number, dir: 1 | -1, char: string): number {
  const line = state.doc.lineAt(pos);
  let count = 0;
  for (let at = pos; ; at += dir) {
    const index = dir > 0 ? at : at - 1;
    if (index < line.from || index >= line.to || state.sliceDoc(index, index + 1) !== char) {
      return count;
    }
    count++;
  }
}

function closesNodeAt(state: EditorState, pos: number, marker: string): boolean {
  const name = nodeForMarker[marker];
  if (name === undefined || state.sliceDoc(pos, pos + marker.length) !== marker) {
    return false;
  }
  for (let node = syntaxTree(state).resolveInner(pos, 1); node.parent; node = node.parent) {
    if (node.name === name && node.to === pos + marker.length) {
      return true;
    }
  }
  return false;
}
