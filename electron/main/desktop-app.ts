/**
 * The desktop app once Electron is ready: one backend, one window, the menu, the protocols and
 * the IPC binding, and what to do with folders and posts the OS or the user hands over.
 */
import { app, type BrowserWindow, dialog, nativeTheme, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppCommand, UserSettings } from '../../core/api';
import { createBackend, invokeApi, type Backend } from '../node/backend';
import { createAppWindow } from './app-window';
import { installApplicationMenu } from './app-menu';
import { CallTracker, saveFlushTimeouts } from './call-tracker';
import { appContentSecurityPolicy } from './content-security-policy';
import { chooseFolderDialog } from './dialog-specs';
import { createTranslator, resolveLanguage, type Translate } from './i18n/translate';
import { bindIpc, sendCommand } from './ipc-binding';
import { classifyPath, planOpen, type LaunchTarget } from './launch-target';
import type { MainAction, MenuAction } from './menu-spec';
import { menuStateOf } from './menu-template';
import { handleProtocols } from './protocols';
import { denyAllPermissions } from './session-policy';
import { spellCheckerLanguages } from './spellcheck-languages';
import { windowBackgroundColor } from './window-options';

/** Where the app's files are, relative to the bundled `dist/electron/main.cjs`. */
export interface AppPaths {
  /** `dist/electron` (where main.cjs and preload.cjs are). */
  bundleDir: string;
  userDataDir: string;
}

/** The running app, as `main.ts` drives it. */
export interface DesktopApp {
  /** Opens a folder or post handed over later (second launch, `open-file`, a drop). */
  openTarget: (target: LaunchTarget) => Promise<void>;
  /** Shows the window (creating it if it was closed on macOS). */
  showWindow: () => Promise<BrowserWindow>;
  /** Stops the backend and waits for pending writes; called once while quitting. */
  shutdown: () => Promise<void>;
}

/** Quit state shared with `main.ts`'s app events. */
export interface QuitState {
  isQuitting: () => boolean;
  cancelQuit: () => void;
}

/** Starts the backend on the launch target (or the last workspace) and opens the window. */
export async function startDesktopApp(
  paths: AppPaths,
  launch: LaunchTarget | null,
  quit: QuitState,
): Promise<DesktopApp> {
  const appDir = app.isPackaged ? process.resourcesPath : resolve(paths.bundleDir, '..', '..');
  const backend = await openBackend(launch, paths.userDataDir, appDir);
  let settings: UserSettings = await backend.getUserSettings({});
  let window: BrowserWindow | null = null;
  let opening: Promise<BrowserWindow> | null = null;
  const tracker = new CallTracker();
  const writes = new Set<Promise<void>>();
  const language = () => resolveLanguage(settings.language, app.getPreferredSystemLanguages());
  const t = (): Translate => createTranslator(language());
  const liveWindow = () => (window !== null && !window.isDestroyed() ? window : null);

  const applySettings = () => {
    nativeTheme.themeSource = settings.theme;
    installApplicationMenu(t(), menuStateOf(settings, language()), dispatch);
  };
  const reloadSettings = async () => {
    settings = await backend.getUserSettings({});
    applySettings();
  };

  const showWindow = async (): Promise<BrowserWindow> => {
    const existing = liveWindow();
    if (existing !== null) {
      if (existing.isMinimized()) {
        existing.restore();
      }
      existing.focus();
      return existing;
    }
    opening ??= createAppWindow({
      preloadPath: join(paths.bundleDir, 'preload.cjs'),
      userDataDir: paths.userDataDir,
      backgroundColor: windowBackgroundColor(nativeTheme.shouldUseDarkColors),
      ...devIcon(appDir),
      t,
      tracker,
      sendCommand,
      isQuitting: quit.isQuitting,
      quit: () => app.quit(),
      cancelQuit: quit.cancelQuit,
      trackWrite: (write) => {
        writes.add(write);
        void write.finally(() => writes.delete(write));
      },
    }).finally(() => {
      opening = null;
    });
    window = await opening;
    return window;
  };

  const send = async (command: AppCommand) =>
    sendCommand((await showWindow()).webContents, command);

  const runMainAction = async (action: MainAction) => {
    if (action === 'revealWorkspace') {
      await shell.openPath(backend.root);
    } else if (action === 'showSettingsFolder') {
      await shell.openPath(paths.userDataDir);
    } else {
      settings = await backend.updateUserSettings({ patch: { recentWorkspaces: [] } });
      applySettings();
    }
  };
  function dispatch(action: MenuAction): void {
    if (action.kind === 'app') {
      void send(action.command);
    } else if (action.kind === 'main') {
      void runMainAction(action.action);
    }
  }

  const openTarget = async (target: LaunchTarget) => {
    const plan = planOpen(target, backend.root);
    const shown = await showWindow();
    if (plan.openRoot !== null) {
      // The open post is saved before its workspace goes away (the journal covers a failed save).
      sendCommand(shown.webContents, { id: 'save' });
      await tracker.whenIdle(shown.webContents.id, saveFlushTimeouts);
      try {
        await backend.openWorkspace({ root: plan.openRoot });
      } catch {
        await dialog.showMessageBox(shown, {
          type: 'error',
          message: t()('dialog.openFailed.message', { path: plan.openRoot }),
        });
        return;
      }
    }
    if (plan.postPath !== null) {
      sendCommand(shown.webContents, { id: 'openPost', path: plan.postPath });
    }
  };

  denyAllPermissions(session.defaultSession);
  if (process.platform !== 'darwin') {
    const dictionaries = spellCheckerLanguages(
      app.getPreferredSystemLanguages(),
      session.defaultSession.availableSpellCheckerLanguages,
    );
    if (dictionaries.length > 0) {
      session.defaultSession.setSpellCheckerLanguages(dictionaries);
    }
  }
  handleProtocols(session.defaultSession, {
    rendererDir: join(paths.bundleDir, '..', 'renderer'),
    workspaceRoot: () => backend.root,
    contentSecurityPolicy: appContentSecurityPolicy,
  });
  const unbind = bindIpc({
    invoke: (method, args) => invokeApi(backend, method, args),
    on: backend.on,
    targets: () => {
      const live = liveWindow();
      return live === null ? [] : [live.webContents];
    },
    trustedIds: () => {
      const live = liveWindow();
      return new Set(live === null ? [] : [live.webContents.id]);
    },
    tracker,
    chooseFolder: async () => {
      const owner = liveWindow();
      const options = chooseFolderDialog(t());
      const result =
        owner === null
          ? await dialog.showOpenDialog(options)
          : await dialog.showOpenDialog(owner, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openDroppedPath: (absPath) => {
      void classifyPath(absPath).then((target) =>
        target === null ? undefined : openTarget(target),
      );
    },
    onSettled: (method, response) => {
      if (response.ok && method === 'updateUserSettings') {
        settings = response.value as UserSettings;
        applySettings();
      }
    },
  });
  backend.on('workspaceChanged', () => void reloadSettings());
  app.setAboutPanelOptions({ applicationName: 'Postwright', applicationVersion: app.getVersion() });
  applySettings();

  const first = await showWindow();
  if (launch?.kind === 'post') {
    const plan = planOpen(launch, backend.root);
    if (plan.postPath !== null && plan.openRoot === null) {
      sendCommand(first.webContents, { id: 'openPost', path: plan.postPath });
    }
  }

  return {
    openTarget,
    showWindow,
    shutdown: async () => {
      // A save the last window started while closing must land before the backend stops.
      await tracker.whenAllIdle(10_000);
      unbind();
      await Promise.allSettled([...writes]);
      await backend.close();
    },
  };
}

/** Opens the backend on the launch target; a target that fails falls back to the usual start. */
async function openBackend(
  launch: LaunchTarget | null,
  userDataDir: string,
  appDir: string,
): Promise<Backend> {
  const options = {
    userDataDir,
    appDir,
    revealPath: (absPath: string) => {
      shell.showItemInFolder(absPath);
      return true;
    },
  };
  const root = launch === null ? null : launch.kind === 'folder' ? launch.root : launch.folder;
  if (root === null) {
    return createBackend(options);
  }
  try {
    return await createBackend({ ...options, root });
  } catch {
    return createBackend(options);
  }
}

/** The window icon when running from the source tree (packaged apps carry theirs). */
function devIcon(appDir: string): { iconPath?: string } {
  const icon = join(appDir, 'assets', 'icons', 'icon.png');
  return !app.isPackaged && process.platform === 'linux' && existsSync(icon)
    ? { iconPath: icon }
    : {};
}
