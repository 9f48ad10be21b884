import { Compartment, EditorState, type Extension, type StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorNotices } from './editor-notices';
import { editorPhrases, type EditorTranslate } from './editor-phrases';
import { editorFontSize, editorTheme, type EditorColorScheme } from './editor-theme';

/** The settings the app changes at run time, each applied through its own compartment. */
export interface EditorSettingsValues {
  theme: EditorColorScheme;
  fontSize: number;
  lineWrapping: boolean;
  readOnly: boolean;
  /** Translates keys of the `editor` namespace; a new function means a new language. */
  translate: EditorTranslate;
}

/** Runtime toggles of one editor: theme, font size, soft wrap, read-only and UI language. */
export class EditorSettings {
  private readonly theme = new Compartment();
  private readonly fontSize = new Compartment();
  private readonly wrapping = new Compartment();
  private readonly readOnly = new Compartment();
  private readonly language = new Compartment();

  /** The extensions for a new state with `values`. */
  initial(values: EditorSettingsValues): Extension {
    return [
      this.theme.of(editorTheme(values.theme)),
      this.fontSize.of(editorFontSize(values.fontSize)),
      this.wrapping.of(wrapping(values.lineWrapping)),
      this.readOnly.of(readOnly(values.readOnly)),
      this.language.of(uiLanguage(values.translate)),
    ];
  }

  /** The effects that move an editor from `previous` to `next` settings (none if equal). */
  changes(previous: EditorSettingsValues, next: EditorSettingsValues): StateEffect<unknown>[] {
    const effects: StateEffect<unknown>[] = [];
    if (previous.theme !== next.theme) {
      effects.push(this.theme.reconfigure(editorTheme(next.theme)));
    }
    if (previous.fontSize !== next.fontSize) {
      effects.push(this.fontSize.reconfigure(editorFontSize(next.fontSize)));
    }
    if (previous.lineWrapping !== next.lineWrapping) {
      effects.push(this.wrapping.reconfigure(wrapping(next.lineWrapping)));
    }
    if (previous.readOnly !== next.readOnly) {
      effects.push(this.readOnly.reconfigure(readOnly(next.readOnly)));
    }
    if (previous.translate !== next.translate) {
      effects.push(this.language.reconfigure(uiLanguage(next.translate)));
    }
    return effects;
  }
}

function wrapping(on: boolean): Extension {
  return on ? EditorView.lineWrapping : [];
}

function readOnly(on: boolean): Extension {
  // Still focusable and selectable (copy, search); CodeMirror blocks the edits.
  return [
    EditorState.readOnly.of(on),
    EditorView.contentAttributes.of({ 'aria-readonly': String(on) }),
  ];
}

function uiLanguage(t: EditorTranslate): Extension {
  return [
    EditorState.phrases.of(editorPhrases(t)),
    EditorView.contentAttributes.of({
      'aria-label': t('label'),
      'aria-multiline': 'true',
      role: 'textbox',
    }),
    editorNotices(t),
  ];
}
