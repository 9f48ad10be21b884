import { isolateHistory } from '@codemirror/commands';
import {
  type ChangeSpec,
  EditorState,
  type Extension,
  StateField,
  Text,
  type TransactionSpec,
} from '@codemirror/state';
import {
  detectLineSeparator,
  dominantLineSeparator,
  type LineSeparatorKind,
} from './line-separator';
import { minimalReplacement, type TextReplacement } from './text-diff';

/**
 * How the file's text maps to the editor's lines, so the text read back keeps its line endings.
 *
 * The editor splits lines on any break and joins them with the file's separator when read. We do not
 * set `EditorState.lineSeparator` to `\r\n`: CodeMirror then splits pasted or inserted text only on
 * CRLF, leaving lone `\n` inside a line. A file with mixed endings reads back byte for byte until
 * its first edit; after that it is normalised to its dominant separator (the app warns first).
 */
interface DocumentFormat {
  kind: LineSeparatorKind;
  separator: '\n' | '\r\n';
  /** The text as loaded, kept only for mixed endings, returned while there is no edit. */
  original: string | null;
  edited: boolean;
}

const documentFormat = StateField.define<DocumentFormat>({
  create: () => ({ kind: '\n', separator: '\n', original: null, edited: false }),
  update: (format, tr) => (tr.docChanged && !format.edited ? { ...format, edited: true } : format),
});

/** The editor extension that remembers `text`'s line separator; give it the text the state starts with. */
export function documentTextFormat(text: string): Extension {
  const kind = detectLineSeparator(text);
  const format: DocumentFormat = {
    kind,
    separator: kind === 'mixed' ? dominantLineSeparator(text) : kind,
    original: kind === 'mixed' ? text : null,
    edited: false,
  };
  return documentFormat.init(() => format);
}

/** The document's text with the file's line separator (exactly the loaded text while unedited). */
export function readText(state: EditorState): string {
  const format = state.field(documentFormat, false);
  if (format === undefined) {
    return state.doc.toString();
  }
  if (format.original !== null && !format.edited) {
    return format.original;
  }
  return state.doc.sliceString(0, state.doc.length, format.separator);
}

/** The line-separator kind the document was loaded with (`'mixed'` needs the app's notice). */
export function loadedLineSeparator(state: EditorState): LineSeparatorKind {
  return state.field(documentFormat, false)?.kind ?? '\n';
}

/** The separator the text is written with once edited (a mixed post's dominant one). */
export function editedLineSeparator(state: EditorState): '\n' | '\r\n' {
  return state.field(documentFormat, false)?.separator ?? '\n';
}

/** Whether the document has been changed since it was loaded. */
export function isEdited(state: EditorState): boolean {
  return state.field(documentFormat, false)?.edited ?? false;
}

/**
 * The transaction that makes the document equal `text` by one minimal replacement, or null.
 *
 * Cursors outside the replaced span keep their place, and the change is one undo step of its own.
 */
export function replaceTextSpec(state: EditorState, text: string): TransactionSpec | null {
  if (text === readText(state)) {
    return null;
  }
  const replacement = textReplacement(state.doc, text);
  return replacement === null ? null : externalChange(replacement);
}

/** The minimal replacement that turns `doc` into `text` (compared line by line, whatever the endings). */
export function textReplacement(doc: Text, text: string): TextReplacement | null {
  return minimalReplacement(doc.toString(), Text.of(text.split(/\r\n?|\n/)).toString());
}

/** A transaction for changes that come from outside the keyboard: one undo step, marked as external. */
export function externalChange(changes: ChangeSpec): TransactionSpec {
  return { changes, annotations: isolateHistory.of('full'), userEvent: 'external' };
}

/** A fresh state for `text` with the given extensions and the text's line-separator format. */
export function createTextState(text: string, extensions: Extension): EditorState {
  return EditorState.create({ doc: text, extensions: [documentTextFormat(text), extensions] });
}
