import { openSearchPanel } from '@codemirror/search';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import type { TextChange, TextEdit } from '../../core/markdown/live-post';
import { CompositionGuard } from './composition-guard';
import { cursorLineReporter, setCursorLine } from './cursor-line';
import { createTextState, readText } from './document-text';
import { editorCommands, type EditorCommandName } from './editor-commands';
import { writingSetup } from './editor-extensions';
import { EditorSettings, type EditorSettingsValues } from './editor-settings';
import { fileInsertion, type InsertFilesHandler } from './file-insertion';
import { isLargeFileMode } from './large-file-mode';
import { ScrollSync } from './scroll-sync';

/** What the editor tells the app; read anew on every call, so the app may pass new functions. */
export interface EditorCallbacks {
  /**
   * The text changed (not called mid-composition: once when it ends). Read it with `getText()`.
   * `from` is the first offset of the editor's document that changed since the last call;
   * `change` holds the edits since the last call, in order, and the resulting length (offsets
   * of the editor's '\n' text, which `getText()` may give with CRLF).
   */
  onChange: (version: number, from: number, change: TextChange) => void;
  onCompositionEnd?: () => void;
  onTopLineChange?: (line: number) => void;
  onCursorLineChange?: (line: number) => void;
  onInsertFiles?: InsertFilesHandler;
  onLargeFileMode?: (on: boolean) => void;
}

/**
 * One post's CodeMirror view and everything the app does with it, without React.
 *
 * The text lives in the view's state; the app reads it through {@link getText}. Everything the app
 * pushes in (text, settings, cursor, commands) waits while an IME composition is in progress.
 */
export class EditorController {
  /** The CodeMirror view. */
  readonly view: EditorView;
  private readonly guard: CompositionGuard;
  private readonly scrollSync: ScrollSync;
  private readonly settings = new EditorSettings();
  private applied: EditorSettingsValues;
  private wanted: EditorSettingsValues;
  private version = 0;
  private unreportedChange = false;
  /** The lowest offset changed since the last `onChange` (kept across a composition). */
  private changedFrom = Number.POSITIVE_INFINITY;
  /** The changes since the last `onChange`, for views that follow the text by its edits. */
  private edits: TextEdit[] = [];
  /** The document's length after those edits. */
  private length = 0;

  /** Create the editor in `parent` with `text`; `callbacks()` returns the app's current callbacks. */
  constructor(
    parent: HTMLElement,
    text: string,
    values: EditorSettingsValues,
    private readonly callbacks: () => EditorCallbacks,
  ) {
    this.applied = values;
    this.wanted = values;
    this.guard = new CompositionGuard(() => this.compositionEnded());
    this.scrollSync = new ScrollSync((line) => this.callbacks().onTopLineChange?.(line));
    const state = createTextState(text, [
      writingSetup(text),
      this.settings.initial(values),
      this.guard.extension,
      this.scrollSync.extension,
      cursorLineReporter((line) => this.callbacks().onCursorLineChange?.(line)),
      fileInsertion(
        () => this.callbacks().onInsertFiles,
        () => this.wanted.translate,
      ),
      EditorView.updateListener.of((update) => this.updated(update)),
    ]);
    this.view = new EditorView({ state, parent });
    this.guard.attach(this.view);
    this.callbacks().onLargeFileMode?.(isLargeFileMode(state));
  }

  /** The text with the file's line separator. */
  getText(): string {
    return readText(this.view.state);
  }

  /** Make the text equal `text` by one minimal change (cursor, scroll and undo kept); waits for a composition. */
  applyText(text: string): void {
    this.guard.applyText(text);
  }

  /** Focus the editor. */
  focus(): void {
    this.view.focus();
  }

  /** Scroll fractional 0-based `line` to the top; not echoed back through `onTopLineChange`. */
  scrollToLine(line: number): void {
    this.guard.run('scroll', (view) => this.scrollSync.scrollToLine(view, line));
  }

  /** Put the cursor at the start of 0-based `line`. */
  setCursorLine(line: number): void {
    this.guard.run('cursor', (view) => setCursorLine(view, line));
  }

  /** Whether an IME composition is in progress. */
  isComposing(): boolean {
    return this.guard.isComposing();
  }

  /** Open the search and replace panel. */
  openSearch(): void {
    openSearchPanel(this.view);
  }

  /** Run a named editing command on the current selection and give the editor focus back. */
  runCommand(name: EditorCommandName): void {
    this.guard.run(`command:${name}`, (view) => {
      editorCommands[name](view);
      view.focus();
    });
  }

  /** Apply new settings (theme, font size, wrapping, read-only, language). */
  updateSettings(values: EditorSettingsValues): void {
    this.wanted = values;
    this.guard.run('settings', (view) => {
      const effects = this.settings.changes(this.applied, this.wanted);
      this.applied = this.wanted;
      if (effects.length > 0) {
        view.dispatch({ effects });
      }
    });
  }

  /** Tear the editor down. */
  destroy(): void {
    this.guard.destroy();
    this.view.destroy();
  }

  private updated(update: ViewUpdate): void {
    const large = isLargeFileMode(update.state);
    if (large !== isLargeFileMode(update.startState)) {
      this.callbacks().onLargeFileMode?.(large);
    }
    if (!update.docChanged) {
      return;
    }
    this.version++;
    // Each change keeps the text before its start, so the text before the lowest start is unchanged.
    update.changes.iterChanges((fromA, toA, fromB, _toB, inserted) => {
      this.changedFrom = Math.min(this.changedFrom, fromA);
      // Ascending changes at their new offsets apply one after another (see TextEdit).
      this.edits.push([fromB, toA - fromA, inserted.toString()]);
    });
    this.length = update.state.doc.length;
    if (this.guard.isComposing()) {
      // Half-typed pinyin is not worth a preview render or a save; report once it is committed.
      this.unreportedChange = true;
    } else {
      this.unreportedChange = false;
      this.reportChange();
    }
  }

  private reportChange(): void {
    const from = Number.isFinite(this.changedFrom) ? this.changedFrom : 0;
    const edits = this.edits;
    this.changedFrom = Number.POSITIVE_INFINITY;
    this.edits = [];
    this.callbacks().onChange(this.version, from, { edits, length: this.length });
  }

  private compositionEnded(): void {
    if (this.unreportedChange) {
      this.unreportedChange = false;
      this.reportChange();
    }
    this.callbacks().onCompositionEnd?.();
  }
}
