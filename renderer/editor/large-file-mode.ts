import {
  Compartment,
  EditorState,
  type Extension,
  StateField,
  type Text,
  type Transaction,
} from '@codemirror/state';

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

/**
 * A line longer than this also drops the language. A paragraph is one block of the Markdown
 * parse, whose inline content is parsed again on every keystroke in it: measured here, typing in a
 * 300,000-character line of English words took 40-150 ms a key (1.8 M characters: 160-230 ms),
 * almost all of it that parse; a paragraph of 50,000 characters (some 8,000 words) stays near a
 * frame. Real posts do not have such lines; a pasted minified file does.
 */
export const LONG_LINE_LENGTH = 50_000;

/** Why the editor shows plain text: the post's size, or one very long line. */
export type LargeFileReason = 'size' | 'long-line';

/** Whether a document of `length` characters is in large-file mode, given whether it was before. */
export function isLargeText(length: number, wasLarge: boolean): boolean {
  return wasLarge ? length > LEAVE_LARGE_TEXT_LENGTH : length > LARGE_TEXT_LENGTH;
}

/** Whether any line of `doc` is longer than {@link LONG_LINE_LENGTH} (a pass over the lines). */
export function hasLongLine(doc: Text): boolean {
  if (doc.length <= LONG_LINE_LENGTH) {
    return false;
  }
  // Line by line from the document's own leaves (no copies).
  for (const lines = doc.iterLines(); !lines.next().done;) {
    if (lines.value.length > LONG_LINE_LENGTH) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the document still has a long line after `tr`, given whether it had one: the lines the
 * change touched are looked at; the whole document only when a long line it touched got short
 * (it may have been the only one), so typing costs a look at the edited lines.
 */
function stillHasLongLine(tr: Transaction, had: boolean): boolean {
  let touchedLong = false;
  let shortened = false;
  tr.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
    for (let pos = fromB; pos <= toB && !touchedLong;) {
      const line = tr.newDoc.lineAt(pos);
      touchedLong = line.length > LONG_LINE_LENGTH;
      pos = line.to + 1;
    }
    if (had && !shortened) {
      const before = tr.startState.doc;
      shortened =
        before.lineAt(fromA).length > LONG_LINE_LENGTH ||
        before.lineAt(toA).length > LONG_LINE_LENGTH;
    }
  });
  if (touchedLong) {
    return true;
  }
  return had && (!shortened || hasLongLine(tr.newDoc));
}

interface LargeFileState {
  reason: LargeFileReason | null;
  /** Whether a line is too long; null while the size alone decides (not looked at: 10 MB). */
  longLine: boolean | null;
}

/** The state after `tr`, from the state before it. */
function nextState(before: LargeFileState, tr: Transaction): LargeFileState {
  const large = isLargeText(tr.newDoc.length, before.reason === 'size');
  let longLine: boolean | null = null;
  if (before.longLine !== null) {
    longLine = stillHasLongLine(tr, before.longLine);
  } else if (!large) {
    longLine = hasLongLine(tr.newDoc);
  }
  return { reason: large ? 'size' : longLine === true ? 'long-line' : null, longLine };
}

const largeFileField = StateField.define<LargeFileState>({
  create: (state) => {
    if (isLargeText(state.doc.length, false)) {
      return { reason: 'size', longLine: null };
    }
    const longLine = hasLongLine(state.doc);
    return { reason: longLine ? 'long-line' : null, longLine };
  },
  update: (value, tr) => (tr.docChanged ? nextState(value, tr) : value),
});

/** Whether the editor is in large-file (plain text) mode. */
export function isLargeFileMode(state: EditorState): boolean {
  return largeFileReason(state) !== null;
}

/** Why the editor is in large-file (plain text) mode, or null when it is not. */
export function largeFileReason(state: EditorState): LargeFileReason | null {
  return state.field(largeFileField, false)?.reason ?? null;
}

/** Whether any line of `text` is longer than {@link LONG_LINE_LENGTH} (one pass, no copies). */
export function textHasLongLine(text: string): boolean {
  if (text.length <= LONG_LINE_LENGTH) {
    return false;
  }
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > LONG_LINE_LENGTH) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

/**
 * The language, switched off while the document is larger than {@link LARGE_TEXT_LENGTH} or has a
 * line longer than {@link LONG_LINE_LENGTH}.
 *
 * `initialText` is the text the state starts with. The switch is part of the very transaction
 * that crosses a limit, so it works headless and in the view alike.
 */
export function languageBySize(language: Extension, initialText: string): Extension {
  const compartment = new Compartment();
  const initiallyLarge = isLargeText(initialText.length, false) || textHasLongLine(initialText);
  return [
    largeFileField,
    compartment.of(initiallyLarge ? [] : language),
    EditorState.transactionExtender.of((tr) => {
      if (!tr.docChanged) {
        return null;
      }
      const before = tr.startState.field(largeFileField);
      const after = nextState(before, tr).reason !== null;
      return (before.reason !== null) === after
        ? null
        : { effects: compartment.reconfigure(after ? [] : language) };
    }),
  ];
}
