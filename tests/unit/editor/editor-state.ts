import { EditorSelection, EditorState, type Extension, type StateCommand } from '@codemirror/state';
import { markdownWithFrontMatter } from '../../../renderer/editor/markdown-language';

/**
 * A state from a document with cursor marks: `|` is a cursor, `{` … `}` a selection (anchor at `{`).
 *
 * The Markdown language (with front matter) is included, as in the editor.
 */
export function stateOf(marked: string, extensions: Extension = []): EditorState {
  const ranges = [];
  let doc = '';
  let anchor = -1;
  for (const char of marked) {
    if (char === '|') {
      ranges.push(EditorSelection.cursor(doc.length));
    } else if (char === '{') {
      anchor = doc.length;
    } else if (char === '}') {
      ranges.push(EditorSelection.range(anchor, doc.length));
    } else {
      doc += char;
    }
  }
  return EditorState.create({
    doc,
    selection: ranges.length > 0 ? EditorSelection.create(ranges) : undefined,
    extensions: [
      markdownWithFrontMatter(),
      EditorState.allowMultipleSelections.of(true),
      extensions,
    ],
  });
}

/** The document with its selection marked the way {@link stateOf} reads it. */
export function markedOf(state: EditorState): string {
  let doc = state.doc.toString();
  const ranges = [...state.selection.ranges].reverse();
  for (const range of ranges) {
    doc = range.empty
      ? `${doc.slice(0, range.from)}|${doc.slice(range.to)}`
      : `${doc.slice(0, range.from)}{${doc.slice(range.from, range.to)}}${doc.slice(range.to)}`;
  }
  return doc;
}

/** Run a command on a state and return the state it dispatched (or the same one). */
export function run(state: EditorState, command: StateCommand): EditorState {
  let result = state;
  command({
    state,
    dispatch: (tr) => {
      result = tr.state;
    },
  });
  return result;
}

/** Run `command` on the marked document and return the marked result. */
export function apply(marked: string, command: StateCommand, extensions: Extension = []): string {
  return markedOf(run(stateOf(marked, extensions), command));
}
