import { EditorSelection, type Extension, StateEffect, StateField } from '@codemirror/state';
import { EditorView, type Panel, showPanel } from '@codemirror/view';
import type { EditorTranslate } from './editor-phrases';
import { checkImageFile, type FileVerdict } from './image-check';

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

/** A refusal notice: its sentence and the label of its close button, both translated. */
interface Refusal {
  message: string;
  dismiss: string;
}

const setRefusal = StateEffect.define<Refusal | null>();

// Why the last pasted or dropped files were refused, shown above the text until typing resumes.
const refusal = StateField.define<Refusal | null>({
  create: () => null,
  update(message, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setRefusal)) {
        return effect.value;
      }
    }
    const typed = tr.isUserEvent('input.type') || tr.isUserEvent('delete');
    return typed ? null : message;
  },
  provide: (field) =>
    showPanel.from(field, (value) => (value === null ? null : refusalPanel(value))),
});

let nextId = 1;

/**
 * Paste or drop image files: hand them to the app and insert the Markdown it returns.
 *
 * The text goes where the files were dropped, or at the cursor for a paste, even if the user typed
 * elsewhere meanwhile. A paste that also carries plain text (Word, Excel) pastes the text. Files
 * are never pasted as text: a file that is not an image, or whose bytes are not an image of its
 * type (a PDF named .png), is refused with a notice naming it, and only the real images are stored.
 * The handler reports its own errors; a rejection inserts nothing.
 */
export function fileInsertion(
  getHandler: () => InsertFilesHandler | undefined,
  getTranslate: () => EditorTranslate,
): Extension {
  const start = (view: EditorView, files: File[], pos: number): boolean => {
    if (files.length === 0) {
      return false;
    }
    const handler = getHandler();
    if (handler === undefined || view.state.readOnly) {
      // Still taken: the browser's default would paste the file's bytes as text.
      return true;
    }
    const id = nextId++;
    view.dispatch({ effects: [addPending.of({ id, pos }), setRefusal.of(null)] });
    void Promise.all(files.map(verdictOf))
      .then((verdicts) => {
        const images = files.filter((_, index) => verdicts[index]?.ok === true);
        const t = getTranslate();
        const message = refusalMessage(files, verdicts, t);
        if (message !== null) {
          view.dispatch({ effects: setRefusal.of({ message, dismiss: t('files.dismiss') }) });
        }
        return images.length === 0 ? null : handler(images);
      })
      .then((markdown) => finish(view, id, markdown))
      .catch((error: unknown) => {
        finish(view, id, null);
        reportError(error);
      });
    return true;
  };
  return [
    pendingInsertions,
    refusal,
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

function verdictOf(file: File): Promise<FileVerdict> {
  // A file that cannot be read (gone since the drop) is no image either.
  return checkImageFile(file).catch((): FileVerdict => ({ ok: false, reason: 'not-image' }));
}

/** One sentence per kind of refusal, naming the files; null when every file is an image. */
export function refusalMessage(
  files: readonly File[],
  verdicts: readonly FileVerdict[],
  t: EditorTranslate,
): string | null {
  const named = (reason: 'not-image' | 'not-its-type'): string =>
    files
      .filter((_, index) => {
        const verdict = verdicts[index];
        return verdict !== undefined && !verdict.ok && verdict.reason === reason;
      })
      .map((file) => (file.name === '' ? t('files.unnamed') : file.name))
      .join(t('files.separator'));
  const sentences: string[] = [];
  const notImages = named('not-image');
  if (notImages !== '') {
    sentences.push(t('files.notImage', { names: notImages }));
  }
  const mismatched = named('not-its-type');
  if (mismatched !== '') {
    sentences.push(t('files.notItsType', { names: mismatched }));
  }
  return sentences.length === 0 ? null : sentences.join(' ');
}

function refusalPanel({ message, dismiss }: Refusal): (view: EditorView) => Panel {
  return (view) => {
    const dom = document.createElement('div');
    dom.className = 'cm-notice cm-file-refusal';
    // Said at once: the drop visibly did nothing, and this is why.
    dom.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = message;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'cm-file-refusal-close';
    close.textContent = '×';
    close.setAttribute('aria-label', dismiss);
    close.addEventListener('click', () => view.dispatch({ effects: setRefusal.of(null) }));
    dom.append(text, close);
    return { dom, top: true };
  };
}
