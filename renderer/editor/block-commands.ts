import {
  type ChangeSpec,
  EditorSelection,
  type EditorState,
  type Line,
  type StateCommand,
} from '@codemirror/state';

// Markup at the start of a line: indentation, then a quote, list or heading marker.
const headingPrefix = /^(\s{0,3})(#{1,6})(?:[ \t]+|$)/;
const bulletPrefix = /^(\s*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const orderedPrefix = /^(\s*)\d{1,9}[.)][ \t]+/;
const quotePrefix = /^(\s*)>[ \t]?/;

/**
 * Make the selected lines headings of `level` (1–6), or plain paragraphs with level 0.
 *
 * When every selected line already is a heading of that level, they become paragraphs again.
 */
export function setHeading(level: number): StateCommand {
  return ({ state, dispatch }) => {
    const lines = selectedLines(state);
    const allAtLevel = lines.every((line) => headingPrefix.exec(line.text)?.[2]?.length === level);
    const target = allAtLevel ? 0 : level;
    const changes = lines.map((line): ChangeSpec => {
      const match = headingPrefix.exec(line.text);
      const indent = match?.[1] ?? '';
      const end = line.from + (match?.[0].length ?? 0);
      const insert = target === 0 ? indent : `${indent}${'#'.repeat(target)} `;
      return { from: line.from, to: end, insert };
    });
    return apply(state, dispatch, changes);
  };
}

/** Turn the selected lines into a bullet list (`- `), or back into paragraphs if they are one. */
export const toggleBulletList: StateCommand = toggleLinePrefix(bulletPrefix, () => '- ');

/** Turn the selected lines into an ordered list (`1. `, `2. `, …), or back into paragraphs. */
export const toggleOrderedList: StateCommand = toggleLinePrefix(
  orderedPrefix,
  (index) => `${index + 1}. `,
);

/** Quote the selected lines (`> `), or unquote them if they all are quoted. */
export const toggleQuote: StateCommand = toggleLinePrefix(quotePrefix, () => '> ', false);

/**
 * A command that adds `prefix(i)` to each non-blank selected line, or removes the markup when
 * every non-blank selected line already has it. Lists replace the other list kind's marker.
 */
function toggleLinePrefix(
  pattern: RegExp,
  prefix: (index: number) => string,
  isList = true,
): StateCommand {
  return ({ state, dispatch }) => {
    const lines = selectedLines(state).filter(
      (line) => line.text.trim() !== '' || isSingleCursorLine(state),
    );
    const remove = lines.length > 0 && lines.every((line) => pattern.test(line.text));
    const changes = lines.map((line, index): ChangeSpec => {
      const own = pattern.exec(line.text);
      if (remove && own !== null) {
        return { from: line.from, to: line.from + own[0].length, insert: own[1] ?? '' };
      }
      const other = isList ? (bulletPrefix.exec(line.text) ?? orderedPrefix.exec(line.text)) : null;
      const indent = /^\s*/.exec(line.text)?.[0] ?? '';
      const replaced = other?.[0].length ?? indent.length;
      return { from: line.from, to: line.from + replaced, insert: `${indent}${prefix(index)}` };
    });
    return apply(state, dispatch, changes);
  };
}

function isSingleCursorLine(state: EditorState): boolean {
  return state.selection.ranges.length === 1 && state.selection.main.empty;
}

function selectedLines(state: EditorState): Line[] {
  const lines: Line[] = [];
  let last = -1;
  for (const range of state.selection.ranges) {
    // A selection ending at the start of a line does not include that line.
    const end =
      range.to > range.from && state.doc.lineAt(range.to).from === range.to
        ? range.to - 1
        : range.to;
    for (let pos = range.from; pos <= end;) {
      const line = state.doc.lineAt(pos);
      if (line.number > last) {
        lines.push(line);
        last = line.number;
      }
      pos = line.to + 1;
    }
  }
  return lines;
}

function apply(
  state: EditorState,
  dispatch: Parameters<StateCommand>[0]['dispatch'],
  changes: ChangeSpec[],
): boolean {
  if (state.readOnly || changes.length === 0) {
    return false;
  }
  const changeSet = state.changes(changes);
  // A cursor at a line start moves past the new markup (`|a` -> `- |a`); a selection of whole
  // lines grows to cover it (`{a}` -> `{- a}`).
  const ranges = state.selection.ranges.map((range) => {
    if (range.empty) {
      return EditorSelection.cursor(changeSet.mapPos(range.head, 1));
    }
    const forward = range.head >= range.anchor;
    return EditorSelection.range(
      changeSet.mapPos(range.anchor, forward ? -1 : 1),
      changeSet.mapPos(range.head, forward ? 1 : -1),
    );
  });
  dispatch(
    state.update({
      changes: changeSet,
      selection: EditorSelection.create(ranges, state.selection.mainIndex),
      scrollIntoView: true,
      userEvent: 'input.format',
    }),
  );
  return true;
}
