import { EditorSelection, type Extension, StateEffect, StateField } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Stores files somewhere and returns the Markdown that links them (null inserts nothing). */
export type InsertFilesHandler = (files: File[]) => Promise<string | null>;

const addPending = StateEffect.define<{ id: number; pos: number }>();
const removePending = StateEffect.define<number>();

// Where each pending insertion goes, kept in step with the edits made while the files are stored.
const pendingInsertions = StateField.define<ReadonlyMap<number, number>>({
  create: () => new Map(),
  update(pending, tr) {
    let next = pending;
    if (tr.docChanged && pending.size > 0) {
      next = new Map([...pending].map(([id, pos]) => [id, tr.changes.mapPos(pos, -1)]));
    }
    for (const effect of tr.effects) {
      if (effect.is(addPending)) {
        next = new Map(next).set(effect.value.id, effect.value.pos);
      } else if (effect.is(removePending)) {
        next = new Map(next);
        (next as Map<number, number>).delete(effect.value);
      }
    }
    return next;
  },
});

let nextId = 1;

/**
 * Paste or drop image files: hand them to the app and insert the Markdown it returns.
 *
 * The text goes where the files were dropped, or at the cursor for a paste, even if the user typed
 * elsewhere meanwhile. A paste that also carries plain text (Word, Excel) pastes the text. The
 * handler reports its own errors; a rejection inserts nothing.
 */
export function fileInsertion(getHandler: () => InsertFilesHandler | undefined): Extension {
  const start = (view: EditorView, files: File[], pos: number): boolean => {
    const handler = getHandler();
    const images = files.filter((file) => file.type.startsWith('image/'));
    if (handler === undefined || images.length === 0 || view.state.readOnly) {
      return false;
    }
    const id = nextId++;
    view.dispatch({ effects: addPending.of({ id, pos }) });
    handler(images)
      .then((markdown) => finish(view, id, markdown))
      .catch((error: unknown) => {
        finish(view, id, null);
        reportError(error);
      });
    return true;
  };
  return [
    pendingInsertions,
    EditorView.domEventHandlers({
      paste(event, view) {
        const data = event.clipboardData;
        if (data === null || data.getData('text/plain') !== '') {
          return false;
        }
        const handled = start(view, [...data.files], view.state.selection.main.head);
        if (handled) {
          event.preventDefault();
        }
        return handled;
      },
      drop(event, view) {
        const files = event.dataTransfer === null ? [] : [...event.dataTransfer.files];
        const pos =
          view.posAtCoords({ x: event.clientX, y: event.clientY }) ??
          view.state.selection.main.head;
        const handled = start(view, files, pos);
        if (handled) {
          event.preventDefault();
        }
        return handled;
      },
    }),
  ];
}

function finish(view: EditorView, id: number, markdown: string | null): void {
  const pos = view.state.field(pendingInsertions, false)?.get(id);
  if (pos === undefined) {
    return;
  }
  if (markdown === null || markdown === '') {
    view.dispatch({ effects: removePending.of(id) });
    return;
  }
  const main = view.state.selection.main;
  const cursorThere = main.empty && main.head === pos;
  view.dispatch({
    changes: { from: pos, insert: markdown },
    effects: removePending.of(id),
    selection: cursorThere ? EditorSelection.cursor(pos + markdown.length) : undefined,
    userEvent: 'input.paste',
  });
}
