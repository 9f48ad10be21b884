import { Compartment, EditorState, type Extension, StateField } from '@codemirror/state';

/**
 * Above this many characters the editor drops the Markdown language (plain text, no highlighting).
 *
 * Measured on this 2-core machine with a Chinese post: bringing the Markdown tree up to date after
 * one keystroke in the middle costs ~12 ms median at 1 M characters, ~60 ms at 3 M and ~125 ms
 * (up to 1 s) at 10 M, which is what makes typing stutter; 2 M keeps it near one frame.
 */
export const LARGE_TEXT_LENGTH = 2_000_000;

// Switching back happens a little lower, so typing around the limit does not flip the mode.
const LEAVE_LARGE_TEXT_LENGTH = 1_800_000;

/** Whether a document of `length` characters is in large-file mode, given whether it was before. */
export function isLargeText(length: number, wasLarge: boolean): boolean {
  return wasLarge ? length > LEAVE_LARGE_TEXT_LENGTH : length > LARGE_TEXT_LENGTH;
}

const largeFileField = StateField.define<boolean>({
  create: (state) => isLargeText(state.doc.length, false),
  update: (large, tr) => (tr.docChanged ? isLargeText(tr.newDoc.length, large) : large),
});

/** Whether the editor is in large-file (plain text) mode. */
export function isLargeFileMode(state: EditorState): boolean {
  return state.field(largeFileField, false) ?? false;
}

/**
 * The language, switched off while the document is larger than {@link LARGE_TEXT_LENGTH}.
 *
 * `initialLength` is the length of the document the state starts with. The switch is part of the
 * very transaction that crosses the limit, so it works headless and in the view alike.
 */
export function languageBySize(language: Extension, initialLength: number): Extension {
  const compartment = new Compartment();
  const initiallyLarge = isLargeText(initialLength, false);
  return [
    largeFileField,
    compartment.of(initiallyLarge ? [] : language),
    EditorState.transactionExtender.of((tr) => {
      if (!tr.docChanged) {
        return null;
      }
      const before = tr.startState.field(largeFileField);
      const after = isLargeText(tr.newDoc.length, before);
      return before === after ? null : { effects: compartment.reconfigure(after ? [] : language) };
    }),
  ];
}
