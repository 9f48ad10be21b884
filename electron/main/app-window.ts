/**
 * The writing window: created hardened and where it was last time, with its context menu, the
 * save-before-close guard, and the reload offer after a crash or a hang.
 */
import { BrowserWindow, dialog, Menu, screen, type WebContents } from 'electron';
import type { AppCommand } from '../../core/api';
import { appEntryUrl } from '../../core/ipc-channels';
import { saveFlushTimeouts, type CallTracker } from './call-tracker';
import { buildContextMenuTemplate } from './context-menu-template';
import {
  crashedDialog,
  offersReloadAfter,
  unresponsiveDialog,
  unsavedChangesDialog,
} from './dialog-specs';
import type { Translate } from './i18n/translate';
import { toMenuItemOptions } from './menu-options';
import { createCloseGuard } from './close-guard';
import { buildWindowOptions } from './window-options';
import { captureWindowState, restoreWindowState } from './window-state';
import { readSavedWindowState, saveWindowState } from './window-state-store';

/** What the window needs from the app. */
export interface AppWindowDeps {
  preloadPath: string;
  userDataDir: string;
  backgroundColor: string;
  iconPath?: string;
  t: () => Translate;
  tracker: CallTracker;
  /** Sends a command to the window's renderer (closing asks it to save). */
  sendCommand: (contents: WebContents, command: AppCommand) => void;
  /** Whether the app is quitting (a flushed close then quits again instead of only closing). */
  isQuitting: () => boolean;
  /** Quits again after the save landed. */
  quit: () => void;
  /** The user chose to stay: quitting stops. */
  cancelQuit: () => void;
  /** Remembers the pending window-state write, so quitting can wait for it. */
  trackWrite: (write: Promise<void>) => void;
}

/** Creates the window, loads the app, and shows it once the first frame is ready. */
export async function createAppWindow(deps: AppWindowDeps): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const state = restoreWindowState(
    await readSavedWindowState(deps.userDataDir),
    displays.map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    buildWindowOptions({
      preloadPath: deps.preloadPath,
      bounds: state.bounds,
      backgroundColor: deps.backgroundColor,
      ...(deps.iconPath === undefined ? {} : { iconPath: deps.iconPath }),
    }),
  );
  if (state.isMaximized) {
    window.maximize();
  }
  window.once('ready-to-show', () => window.show());
  installContextMenu(window, deps.t);
  installCloseGuard(window, deps);
  installRecovery(window, deps.t);
  await window.loadURL(appEntryUrl);
  return window;
}

function installContextMenu(window: BrowserWindow, t: () => Translate): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const spec = buildContextMenuTemplate(t(), params);
    if (spec.length === 0) {
      return;
    }
    const menu = Menu.buildFromTemplate(
      toMenuItemOptions(spec, (action) => {
        if (action.kind === 'replaceMisspelling') {
          contents.replaceMisspelling(action.word);
        } else if (action.kind === 'addToDictionary') {
          contents.session.addWordToSpellCheckerDictionary(action.word);
        }
      }),
    );
    menu.popup({ window });
  });
}

function installCloseGuard(window: BrowserWindow, deps: AppWindowDeps): void {
  const contents = window.webContents;
  const guard = createCloseGuard({
    requestSave: () => deps.sendCommand(contents, { id: 'save' }),
    waitForSaves: () => deps.tracker.whenIdle(contents.id, saveFlushTimeouts),
    retry: () => (deps.isQuitting() ? deps.quit() : window.close()),
    cancel: deps.cancelQuit,
    confirmDiscard: () => {
      const { options, actionButton } = unsavedChangesDialog(deps.t());
      return dialog.showMessageBoxSync(window, options) === actionButton;
    },
  });
  window.on('close', (event) => {
    if (!guard.onClose()) {
      event.preventDefault();
      return;
    }
    const captured = captureWindowState(window.getNormalBounds(), window.isMaximized());
    deps.trackWrite(saveWindowState(deps.userDataDir, captured).catch(() => undefined));
  });
  contents.on('will-prevent-unload', (event) => {
    if (guard.onPreventUnload()) {
      // Ignores the renderer's cancel: the page unloads without saving (the journal keeps the text).
      event.preventDefault();
    }
  });
}

function installRecovery(window: BrowserWindow, t: () => Translate): void {
  const contents = window.webContents;
  contents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed() || !offersReloadAfter(details.reason)) {
      return;
    }
    const { options, actionButton } = crashedDialog(t());
    void dialog.showMessageBox(window, options).then(({ response }) => {
      if (window.isDestroyed()) {
        return;
      }
      if (response === actionButton) {
        contents.reload();
      } else {
        window.destroy();
      }
    });
  });
  let hang: AbortController | null = null;
  window.on('unresponsive', () => {
    if (hang !== null) {
      return;
    }
    const current = new AbortController();
    hang = current;
    const { options, actionButton } = unresponsiveDialog(t());
    void dialog
      .showMessageBox(window, { ...options, signal: current.signal })
      .then(({ response }) => {
        hang = null;
        if (!current.signal.aborted && response === actionButton && !window.isDestroyed()) {
          // A hung renderer cannot run its unload handlers; the journal holds its unsaved text.
          contents.forcefullyCrashRenderer();
          contents.reload();
        }
      });
  });
  window.on('responsive', () => hang?.abort());
}
