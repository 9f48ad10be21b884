/**
 * Names of the desktop transport's IPC channels and privileged URL schemes.
 *
 * Shared by the Electron main process and the sandboxed preload, which may not import each other:
 * both derive every channel from these functions, so the two sides cannot drift apart.
 */
import type { ApiEventName, ApiMethod } from './api';

/** The channel a contract method is invoked on (`ipcMain.handle` / `ipcRenderer.invoke`). */
export function methodChannel(method: ApiMethod): string {
  return `postwright:${method}`;
}

/** The channel a backend event is pushed to the renderer on. */
export function eventChannel(event: ApiEventName): string {
  return `postwright:event:${event}`;
}

/** Menu and OS commands (`AppCommand`) pushed to the renderer. */
export const commandChannel = 'postwright:command';

/** The native folder picker, invoked by the renderer. */
export const chooseFolderChannel = 'postwright:chooseFolder';

/** A folder or Markdown file dropped on the window, sent by the preload (its absolute path). */
export const dropPathChannel = 'postwright:dropPath';

/** The privileged scheme and host the app's own files are served from. */
export const appScheme = 'app';
export const appHost = 'postwright';
/** The URL of the renderer's entry page. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** The privileged scheme and host workspace images are served from (the preview's `<img>`s). */
export const workspaceFileScheme = 'postwright-file';
export const workspaceFileHost = 'workspace';
/** Prefix of every workspace file URL; the rest is the URL-encoded workspace path. */
export const workspaceFileUrlBase = `${workspaceFileScheme}://${workspaceFileHost}/`;
