import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AppCommand,
  Language,
  PostwrightHost,
  UserSettingsResult,
  WorkspaceInfo,
  WorkspacePath,
} from '../core/api';
import { AppDialogs, type AppDialog } from './app/AppDialogs';
import { Splitter } from './app/Splitter';
import { Toasts } from './app/Toasts';
import { SettingsDialog } from './app/SettingsDialog';
import { Toolbar } from './app/Toolbar';
import { WritingArea, type EditorHandle } from './app/WritingArea';
import { errorMessage } from './app/error-message';
import { storeImages } from './app/store-images';
import { useAppCommands } from './app/use-app-commands';
import { useJournalRecovery } from './app/use-journal-recovery';
import { useLastOpenPost } from './app/use-last-open-post';
import { usePageLifecycle } from './app/use-page-lifecycle';
import { usePostActions } from './app/use-post-actions';
import { usePosts } from './app/use-posts';
import { useTheme } from './app/use-theme';
import { useToasts } from './app/use-toasts';
import { useUserSettings } from './app/use-user-settings';
import { useWorkspace } from './app/use-workspace';
import { useWindowTitle } from './app/use-window-title';
import { settingsNotices } from './app/settings-notices';
import { toApiError } from './document/api-errors';
import { DocumentSession } from './document/document-session';
import { changeLanguage } from './i18n/setup';
import { PostList } from './posts/PostList';
import { StatusBar } from './status/StatusBar';

/** Props of the app. */
export interface AppProps {
  host: PostwrightHost;
  initialSettings: UserSettingsResult;
  initialLanguage: Language;
  /** `getWorkspace` asked for while settings and translations loaded (the start's critical path). */
  firstWorkspace?: Promise<WorkspaceInfo>;
}

/** The writing window: toolbar, post list, front matter, editor and preview, status bar. */
export function App(props: AppProps): React.JSX.Element {
  const { host } = props;
  const { t } = useTranslation();
  const toasts = useToasts();
  const { show } = toasts;
  const reportError = useCallback(
    (thrown: unknown) => show({ kind: 'error', message: errorMessage(toApiError(thrown), t) }),
    [show, t],
  );
  const { settings, update } = useUserSettings(host.api, props.initialSettings, reportError);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const [language, setLanguage] = useState(props.initialLanguage);
  const theme = useTheme(settings.theme);
  const {
    workspace,
    error: workspaceError,
    open: openWorkspace,
  } = useWorkspace(host, props.firstWorkspace);

  const editorRef = useRef<EditorHandle | null>(null);
  const session = useMemo(
    () =>
      new DocumentSession(
        host.api,
        () => editorRef.current,
        () => settingsRef.current.autosaveDelayMs,
      ),
    [host],
  );
  useEffect(() => () => session.dispose(), [session]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const onRenamed = useCallback(
    (from: WorkspacePath, to: WorkspacePath) => session.renamed(from, to),
    [session],
  );
  const posts = usePosts(host, workspace?.root ?? null, onRenamed);
  const actions = usePostActions(host, session, toasts);
  const recovery = useJournalRecovery(host.api, workspace?.root ?? null);
  const [dialog, setDialog] = useState<AppDialog>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  usePageLifecycle(session, workspace?.root ?? null, host.kind === 'browser');
  const reopen = useCallback((path: WorkspacePath) => void session.reopen(path), [session]);
  useLastOpenPost({
    root: workspace?.root ?? null,
    openPath: snapshot.doc?.path ?? null,
    remembered: settings.lastOpenPosts,
    update,
    reopen,
  });
  useWindowTitle(snapshot.doc, posts.entries, workspace?.name ?? null);

  // Another folder became the workspace (Open folder, a recent one from the menu): the open post
  // belongs to the old one. Whoever switched saved it first.
  const root = workspace?.root ?? null;
  const previousRoot = useRef(root);
  useEffect(() => {
    if (previousRoot.current !== null && previousRoot.current !== root) {
      session.close();
    }
    previousRoot.current = root;
  }, [root, session]);

  useEffect(
    () => host.on('postChangedOnDisk', (event) => void session.changedOnDisk(event)),
    [host, session],
  );

  const terms = useMemo(() => {
    const tags = new Set<string>();
    const categories = new Set<string>();
    for (const entry of posts.entries) {
      entry.tags.forEach((tag) => tags.add(tag));
      entry.categories.forEach((category) => categories.add(category));
    }
    return { tags: [...tags].sort(), categories: [...categories].sort() };
  }, [posts.entries]);

  const selectLanguage = useCallback(
    (next: Language) => {
      setLanguage(next);
      update({ language: next });
      void changeLanguage(next);
    },
    [update],
  );

  const openFolder = useCallback(() => {
    if (host.chooseFolder === null) {
      setDialog({ kind: 'openFolder' });
      return;
    }
    host
      .chooseFolder()
      .then(async (root) => {
        if (root !== null && (await session.flush())) {
          const error = await openWorkspace(root);
          if (error !== null) {
            reportError(error);
          } else {
            session.close();
          }
        }
      })
      .catch(reportError);
  }, [host, session, openWorkspace, reportError]);

  const openPath = snapshot.doc?.path ?? null;
  const onCommand = (command: AppCommand): void => {
    switch (command.id) {
      case 'newPost':
        actions.requestNewPost();
        break;
      case 'openFolder':
        openFolder();
        break;
      case 'openRecent':
        void session.flush().then(async (isSaved) => {
          const error = isSaved ? await openWorkspace(command.root) : null;
          if (error !== null) {
            reportError(error);
          }
        });
        break;
      case 'save':
        void session.save();
        break;
      case 'export':
      case 'exportChanged':
        setDialog({ kind: 'export', changedOnly: command.id === 'exportChanged' });
        break;
      case 'togglePreview':
        update({ viewMode: settings.viewMode === 'editor' ? 'split' : 'editor' });
        break;
      case 'toggleFrontMatter':
        update({ showFrontMatter: !settings.showFrontMatter });
        break;
      case 'togglePostList':
        update({ showPostList: !settings.showPostList });
        break;
      case 'setViewMode':
        update({ viewMode: command.mode });
        break;
      case 'setTheme':
        update({ theme: command.theme });
        break;
      case 'setLanguage':
        selectLanguage(command.language);
        break;
      case 'openPost':
        actions.open(command.path);
        break;
      case 'find':
        editorRef.current?.openSearch();
        break;
      case 'format':
        editorRef.current?.runCommand(command.command);
        break;
      case 'openSettings':
        setSettingsOpen(true);
        break;
    }
  };
  useAppCommands(host, onCommand);

  const sidebarWidth = settings.postListWidth;
  const listError = workspaceError ?? posts.error;
  return (
    <div className="app">
      <Toolbar
        settings={settings}
        language={language}
        workspaceName={workspace?.name ?? ''}
        onNewPost={actions.requestNewPost}
        onOpenFolder={openFolder}
        onExport={() => setDialog({ kind: 'export', changedOnly: false })}
        onExportChanged={() => setDialog({ kind: 'export', changedOnly: true })}
        onSettings={update}
        onLanguage={selectLanguage}
        onOpenSettings={() => setSettingsOpen(true)}
      />
      {settingsNotices(props.initialSettings, workspace, t).map((notice) => (
        <p key={notice} className="notice" role="note">
          {notice}
        </p>
      ))}
      <div className="body">
        {settings.showPostList && (
          <>
            <aside
              className="sidebar"
              style={{ width: sidebarWidth }}
              aria-label={t('app:sidebar')}
            >
              {listError !== null ? (
                <div className="sidebar-error" role="alert">
                  <p>{errorMessage(listError, t)}</p>
                  <button type="button" className="button" onClick={openFolder}>
                    {t('app:openFolder')}
                  </button>
                </div>
              ) : (
                <PostList
                  entries={posts.entries}
                  openPath={openPath}
                  canReveal={host.kind === 'desktop'}
                  onAction={actions.run}
                />
              )}
            </aside>
            <Splitter
              label={t('app:resizePostList')}
              valueNow={(sidebarWidth / window.innerWidth) * 100}
              onDrag={(clientX) => update({ postListWidth: clampWidth(clientX) })}
              onStep={(direction) =>
                update({ postListWidth: clampWidth(sidebarWidth + direction * 20) })
              }
            />
          </>
        )}
        <WritingArea
          host={host}
          session={session}
          snapshot={snapshot}
          editorRef={editorRef}
          settings={settings}
          onSettings={update}
          theme={theme}
          slugStyle={workspace?.settings.slugStyle ?? 'pinyin'}
          allTags={terms.tags}
          allCategories={terms.categories}
          onOpenPost={actions.open}
          onOpenExternal={(url) => setDialog({ kind: 'openLink', url })}
          onInsertFiles={(files) =>
            storeImages(host.api, openPath, files).catch((error: unknown) => {
              reportError(error);
              return null;
            })
          }
          onEditError={reportError}
          onNewPost={actions.requestNewPost}
        />
      </div>
      <StatusBar session={snapshot} text={session.text} />
      <AppDialogs
        host={host}
        session={session}
        snapshot={snapshot}
        dialog={dialog}
        onCloseDialog={() => setDialog(null)}
        actions={actions}
        recovery={recovery}
        openPath={openPath}
        openWorkspace={openWorkspace}
      />
      {settingsOpen && (
        <SettingsDialog
          settings={settings}
          onSettings={update}
          onClose={() => setSettingsOpen(false)}
        />
      )}
      <Toasts toasts={toasts.toasts} onDismiss={toasts.dismiss} />
    </div>
  );
}

function clampWidth(width: number): number {
  return Math.round(Math.min(Math.max(width, 200), Math.max(240, window.innerWidth * 0.5)));
}
