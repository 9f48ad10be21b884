/**
 * The handlers behind every IPC channel, generated from the contract's method list, each checking
 * its sender first. `ipc-binding.ts` registers them; keeping them here lets tests call them with
 * fake events, without Electron.
 */
import type { ApiMethod, ApiResponse } from '../../core/api';
import { apiMethods } from '../../core/api';
import { chooseFolderChannel, dropPathChannel, methodChannel } from '../../core/ipc-channels';
import type { CallOutcome, CallTracker } from './call-tracker';
import { isTrustedSender, type IpcSenderFacts } from './ipc-sender';

/** The parts of `IpcMainInvokeEvent` / `IpcMainEvent` the handlers read. */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** What the handlers need from the main process. */
export interface IpcHandlerDeps {
  /** Calls a contract method and packs the outcome (the backend's `invokeApi`). */
  invoke: (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;
  /** `webContents.id`s of the app's own windows. */
  trustedIds: () => ReadonlySet<number>;
  tracker: CallTracker;
  /** Shows the native folder picker over the sender's window. */
  chooseFolder: (senderId: number) => Promise<string | null>;
  /** A folder or Markdown file dropped on a window (absolute path, not yet checked). */
  openDroppedPath: (absPath: string) => void;
  /** Told about every completed call (the menu and the native theme follow the user settings). */
  onSettled?: (method: ApiMethod, response: ApiResponse<unknown>) => void;
}

/** A handler for `ipcMain.handle`. */
export type InvokeHandler = (event: IpcEventLike, args: unknown) => Promise<unknown>;

/** What an untrusted sender gets back from any method. */
export const untrustedResponse: ApiResponse<never> = {
  ok: false,
  error: { code: 'E_PERMISSION', message: 'IPC from an untrusted frame was refused.' },
};

/** Reads the sender's facts; a frame that is already gone (Electron throws) is untrusted. */
export function senderFacts(event: IpcEventLike): IpcSenderFacts {
  try {
    const frame = event.senderFrame;
    return {
      webContentsId: event.sender.id,
      frameUrl: frame === null ? null : frame.url,
      isMainFrame: frame !== null && frame.parent === null,
    };
  } catch {
    return { webContentsId: event.sender.id, frameUrl: null, isMainFrame: false };
  }
}

/** Every `ipcMain.handle` channel and its handler: one per contract method, and the folder picker. */
export function createInvokeHandlers(deps: IpcHandlerDeps): Map<string, InvokeHandler> {
  const isTrusted = (event: IpcEventLike) => isTrustedSender(senderFacts(event), deps.trustedIds());
  const handlers = new Map<string, InvokeHandler>();
  for (const method of apiMethods) {
    handlers.set(methodChannel(method), async (event, args) => {
      if (!isTrusted(event)) {
        return untrustedResponse;
      }
      const settle = deps.tracker.begin(event.sender.id);
      let outcome: CallOutcome = method === 'savePost' ? 'failed-write' : 'ok';
      try {
        const response = await deps.invoke(method, args);
        if (response.ok) {
          outcome = 'ok';
        }
        deps.onSettled?.(method, response);
        return response;
      } finally {
        settle(outcome);
      }
    });
  }
  handlers.set(chooseFolderChannel, async (event) =>
    isTrusted(event) ? deps.chooseFolder(event.sender.id) : null,
  );
  return handlers;
}

/** The `ipcMain.on` handler of dropped paths. */
export function createDropHandler(
  deps: IpcHandlerDeps,
): [channel: string, handler: (event: IpcEventLike, path: unknown) => void] {
  return [
    dropPathChannel,
    (event, path) => {
      if (
        isTrustedSender(senderFacts(event), deps.trustedIds()) &&
        typeof path === 'string' &&
        path !== '' &&
        path.length <= 4096
      ) {
        deps.openDroppedPath(path);
      }
    },
  ];
}
