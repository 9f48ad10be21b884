import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TextChange } from '../../core/markdown/live-post';
import type { EditorCommandName } from './editor-commands';
import { EditorController } from './editor-controller';
import type { EditorSettingsValues } from './editor-settings';
import type { InsertFilesHandler } from './file-insertion';

/** What the app can do with the editor; the text is read from it, never mirrored into React. */
export interface MarkdownEditorHandle {
  /** The text with the file's line separator (the loaded bytes exactly, while unedited). */
  getText(): string;
  /** Replace the whole text by the minimal change (common prefix/suffix), keeping cursor, scroll and undo; deferred while composing. */
  applyText(text: string): void;
  focus(): void;
  /** Scroll fractional 0-based `line` to the top of the viewport (not echoed to `onTopLineChange`). */
  scrollToLine(line: number): void;
  /** Put the cursor at the start of 0-based `line`. */
  setCursorLine(line: number): void;
  isComposing(): boolean;
  openSearch(): void;
  runCommand(command: EditorCommandName): void;
}

/** The editor's inputs; only `docKey` re-creates the document, everything else updates in place. */
export interface MarkdownEditorProps {
  /** A new key is a new document: fresh state, history and scroll, from `initialText`. */
  docKey: string;
  initialText: string;
  theme: 'light' | 'dark';
  fontSize: number;
  lineWrapping: boolean;
  /**
   * A cheap notification that the text changed from offset `from` of the editor's document on;
   * call `getText()` when the text is needed. `change`: the edits since the last call and the
   * resulting length.
   */
  onChange: (version: number, from: number, change: TextChange) => void;
  onCompositionEnd?: () => void;
  /** The fractional 0-based line at the top of the viewport, at most once a frame. */
  onTopLineChange?: (line: number) => void;
  /** The 0-based line of the main cursor, when it moves to another line. */
  onCursorLineChange?: (line: number) => void;
  /** Store pasted or dropped images; resolves to the Markdown to insert (null for nothing). */
  onInsertFiles?: InsertFilesHandler;
  /** The post is too large for highlighting (on) or back under the limit (off); also told on open. */
  onLargeFileMode?: (on: boolean) => void;
  readOnly?: boolean;
}

/**
 * The Markdown editor (CodeMirror 6): a textbox named "Markdown editor" in the UI's language.
 *
 * React renders the host element once per document; typing never re-renders React.
 */
export const MarkdownEditor = forwardRef<MarkdownEditorHandle, MarkdownEditorProps>(
  function MarkdownEditor(props, ref) {
    const { t } = useTranslation('editor');
    const translate = useCallback(
      (key: string, values?: Record<string, string>): string => t(key, values),
      [t],
    );
    const hostRef = useRef<HTMLDivElement>(null);
    const controllerRef = useRef<EditorController | null>(null);
    const propsRef = useRef(props);
    const settings: EditorSettingsValues = {
      theme: props.theme,
      fontSize: props.fontSize,
      lineWrapping: props.lineWrapping,
      readOnly: props.readOnly ?? false,
      translate,
    };
    const settingsRef = useRef(settings);

    useLayoutEffect(() => {
      propsRef.current = props;
      settingsRef.current = settings;
    });

    const { docKey } = props;
    useLayoutEffect(() => {
      const host = hostRef.current;
      if (host === null) {
        return undefined;
      }
      const controller = new EditorController(
        host,
        propsRef.current.initialText,
        settingsRef.current,
        () => propsRef.current,
      );
      controllerRef.current = controller;
      return () => {
        controllerRef.current = null;
        controller.destroy();
      };
    }, [docKey]);

    const { theme, fontSize, lineWrapping, readOnly = false } = props;
    useEffect(() => {
      controllerRef.current?.updateSettings({ theme, fontSize, lineWrapping, readOnly, translate });
    }, [theme, fontSize, lineWrapping, readOnly, translate]);

    useImperativeHandle(
      ref,
      (): MarkdownEditorHandle => ({
        getText: () => controllerRef.current?.getText() ?? propsRef.current.initialText,
        applyText: (text) => controllerRef.current?.applyText(text),
        focus: () => controllerRef.current?.focus(),
        scrollToLine: (line) => controllerRef.current?.scrollToLine(line),
        setCursorLine: (line) => controllerRef.current?.setCursorLine(line),
        isComposing: () => controllerRef.current?.isComposing() ?? false,
        openSearch: () => controllerRef.current?.openSearch(),
        runCommand: (command) => controllerRef.current?.runCommand(command),
      }),
      [],
    );

    return (
      <div
        ref={hostRef}
        className="markdown-editor"
        style={{ height: '100%', overflow: 'hidden' }}
      />
    );
  },
);
