import { EditorSelection, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Report the main cursor's 0-based line whenever it moves to another line. */
export function cursorLineReporter(onCursorLineChange: (line: number) => void): Extension {
  let last = -1;
  return EditorView.updateListener.of((update) => {
    if (!update.selectionSet && !update.docChanged) {
      return;
    }
    const line = update.state.doc.lineAt(update.state.selection.main.head).number - 1;
    if (line !== last) {
      last = line;
      onCursorLineChange(line);
    }
  });
}

/** Put the cursor at the start of 0-based `line` (clamped) and scroll it into the middle of the view. */
export function setCursorLine(view: EditorView, line: number): void {
  const { doc } = view.state;
  const number = Math.min(Math.max(Math.floor(line), 0), doc.lines - 1) + 1;
  const pos = doc.line(number).from;
  view.dispatch({
    selection: EditorSelection.cursor(pos),
    effects: EditorView.scrollIntoView(pos, { y: 'center' }),
    userEvent: 'select',
  });
}
