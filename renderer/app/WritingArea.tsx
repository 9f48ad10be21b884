import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostwrightHost, SlugStyle, UserSettings, WorkspacePath } from '../../core/api';
import type { DocumentSession } from '../document/document-session';
import type { SessionSnapshot } from '../document/session-types';
import { ValueStore } from '../document/text-store';
import { FormatToolbar } from '../editor/FormatToolbar';
import { MarkdownEditor, type MarkdownEditorHandle } from '../editor/MarkdownEditor';
import { FrontMatterPanel } from '../form/FrontMatterPanel';
import { errorMessage } from './error-message';
import { ErrorBoundary } from './ErrorBoundary';
import { Icon } from './Icon';
import { PreviewBinding } from './PreviewBinding';
import { Splitter } from './Splitter';
import type { ResolvedTheme } from './use-theme';
import { EncodingPanel } from './EncodingPanel';

/** The editor's imperative handle. */
export type EditorHandle = MarkdownEditorHandle;

/** Props of the writing area. */
export interface WritingAreaProps {
  host: PostwrightHost;
  session: DocumentSession;
  snapshot: SessionSnapshot;
  editorRef: RefObject<EditorHandle | null>;
  settings: UserSettings;
  onSettings: (patch: Partial<UserSettings>) => void;
  theme: ResolvedTheme;
  slugStyle: SlugStyle;
  allTags: readonly string[];
  allCategories: readonly string[];
  onOpenPost: (path: WorkspacePath) => void;
  onOpenExternal: (url: string) => void;
  onInsertFiles: (files: File[]) => Promise<string | null>;
  onEditError: (error: unknown) => void;
  onNewPost: () => void;
}

const minRatio = 0.2;
const maxRatio = 0.8;
/** Neither pane gets narrower than this while the other can give way (the CSS keeps it too). */
const minPaneWidth = 240;

/** The front-matter panel above the editor and the preview, side by side or alone. */
export function WritingArea(props: WritingAreaProps): React.JSX.Element {
  const { t } = useTranslation();
  const { session, snapshot, editorRef, settings, onSettings, onEditError } = props;
  const panesRef = useRef<HTMLDivElement>(null);
  // The editor's top line (0-based), a new store per post so the preview starts at the top.
  const docKey = snapshot.doc?.docKey;
  const topLine = useMemo(() => new ValueStore(0), []);
  useEffect(() => topLine.set(0), [docKey, topLine]);
  const ratio = useRef(settings.splitRatio);
  ratio.current = settings.splitRatio;
  const doc = snapshot.doc;
  const mode = settings.viewMode;

  const onEdit = useCallback(
    (edit: (text: string) => string) => {
      const editor = editorRef.current;
      if (editor === null) {
        return;
      }
      try {
        const before = editor.getText();
        const after = edit(before);
        if (after !== before) {
          editor.applyText(after);
          session.changed();
        }
      } catch (error) {
        onEditError(error);
      }
    },
    [editorRef, session, onEditError],
  );

  const setRatio = (value: number): void => {
    const width = panesRef.current?.getBoundingClientRect().width ?? 0;
    const margin = width > 2 * minPaneWidth ? minPaneWidth / width : 0.5;
    const low = Math.max(minRatio, margin);
    const high = Math.min(maxRatio, 1 - margin);
    onSettings({ splitRatio: Math.min(high, Math.max(low, value)) });
  };

  if (snapshot.encodingProblem !== null) {
    // Keyed by path: another refused post starts again from its own detected encoding.
    return (
      <EncodingPanel
        key={snapshot.encodingProblem.path}
        session={session}
        problem={snapshot.encodingProblem}
        error={snapshot.error}
      />
    );
  }
  if (doc === null) {
    const { openError } = snapshot;
    return (
      <main className="writing-area empty">
        <div className="empty-card">
          <h2>{snapshot.loadingPath !== null ? t('app:loading') : t('app:emptyTitle')}</h2>
          {openError !== null && (
            <p className="dialog-error" role="alert">
              {t('document:openFailed', {
                path: openError.path,
                reason: errorMessage(openError.error, t),
              })}
            </p>
          )}
          {snapshot.error !== null && (
            <p className="dialog-error">{errorMessage(snapshot.error, t)}</p>
          )}
          <p>{t('app:emptyBody')}</p>
          <button type="button" className="button primary" onClick={props.onNewPost}>
            <Icon name="plus" />
            <span>{t('app:newPost')}</span>
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="writing-area">
      <FrontMatterPanel
        text={session.text}
        postPath={doc.path}
        slugStyle={props.slugStyle}
        allTags={props.allTags}
        allCategories={props.allCategories}
        isExpanded={settings.showFrontMatter}
        onToggle={() => onSettings({ showFrontMatter: !settings.showFrontMatter })}
        onEdit={onEdit}
      />
      <div className="panes" ref={panesRef} data-mode={mode}>
        <div
          className="pane editor-pane"
          hidden={mode === 'preview'}
          style={mode === 'split' ? { flexBasis: `${settings.splitRatio * 100}%` } : undefined}
        >
          <FormatToolbar onCommand={(command) => editorRef.current?.runCommand(command)} />
          <MarkdownEditor
            ref={editorRef}
            docKey={doc.docKey}
            initialText={doc.initialText}
            theme={props.theme}
            fontSize={settings.editorFontSize}
            lineWrapping={settings.lineWrapping}
            onChange={(_version, from, change) => session.changed(from, change)}
            onCompositionEnd={() => session.compositionEnded()}
            onTopLineChange={(line: number) => topLine.set(line)}
            onInsertFiles={props.onInsertFiles}
          />
        </div>
        {mode === 'split' && (
          <Splitter
            label={t('app:resizeEditor')}
            valueNow={settings.splitRatio * 100}
            onDrag={(clientX) => {
              const box = panesRef.current?.getBoundingClientRect();
              if (box !== undefined && box.width > 0) {
                setRatio((clientX - box.left) / box.width);
              }
            }}
            onStep={(direction) => setRatio(ratio.current + direction * 0.05)}
          />
        )}
        {mode !== 'editor' && (
          <div className="pane preview-pane">
            {/* A renamed post resolves its relative links anew: a fresh preview for the new path. */}
            <ErrorBoundary key={`${doc.docKey}:${doc.path}`} scope="pane">
              <PreviewBinding
                text={session.text}
                topLine={topLine}
                postPath={doc.path}
                host={props.host}
                theme={props.theme}
                allowRemoteImages={settings.allowRemoteImages}
                onScrollLine={(line) => editorRef.current?.scrollToLine(line)}
                onDoubleClickLine={(line) => {
                  editorRef.current?.setCursorLine(line);
                  editorRef.current?.focus();
                }}
                onOpenPost={props.onOpenPost}
                onOpenExternal={props.onOpenExternal}
              />
            </ErrorBoundary>
          </div>
        )}
      </div>
    </main>
  );
}
