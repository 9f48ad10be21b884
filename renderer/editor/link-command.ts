import { EditorSelection, type StateCommand } from '@codemirror/state';

const urlPattern = /^(?:https?:\/\/|mailto:|www\.)\S+$/;

/**
 * Insert a Markdown link around each selection range.
 *
 * Selected text becomes the label and the cursor goes to the destination (`[text](|)`); a
 * selected URL becomes the destination and the cursor goes to the label (`[|](url)`); an empty
 * selection inserts `[|]()`.
 */
export const insertLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) {
    return false;
  }
  const transaction = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to);
    if (urlPattern.test(text)) {
      const insert = `[](${text})`;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.cursor(range.from + 1),
      };
    }
    const insert = `[${text}]()`;
    const cursor = range.empty ? range.from + 1 : range.from + insert.length - 1;
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.cursor(cursor),
    };
  });
  dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};
