/**
 * The one file that touches `ipcMain` (lint enforces it): registers the handlers of
 * `ipc-handlers.ts`, and pushes backend events and menu commands to the windows.
 */
import { ipcMain, type WebContents } from 'electron';
import type { AppCommand, ApiEventName, ApiEventSubscriber } from '../../core/api';
import { apiEventNames } from '../../core/api';
import { commandChannel, eventChannel } from '../../core/ipc-channels';
import { createDropHandler, createInvokeHandlers, type IpcHandlerDeps } from './ipc-handlers';

/** Undoes a binding (the app quits, or tests tear down). */
export type Unbind = () => void;

/** Registers every channel; backend events go to the app's windows (`targets`). */
export function bindIpc(
  deps: IpcHandlerDeps & { on: ApiEventSubscriber; targets: () => readonly WebContents[] },
): Unbind {
  const handlers = createInvokeHandlers(deps);
  for (const [channel, handler] of handlers) {
    ipcMain.handle(channel, handler);
  }
  const [dropChannel, dropHandler] = createDropHandler(deps);
  ipcMain.on(dropChannel, dropHandler);
  const unsubscribes = apiEventNames.map((name: ApiEventName) =>
    deps.on(name, (payload) => {
      for (const contents of deps.targets()) {
        if (!contents.isDestroyed()) {
          contents.send(eventChannel(name), payload);
        }
      }
    }),
  );
  return () => {
    for (const channel of handlers.keys()) {
      ipcMain.removeHandler(channel);
    }
    ipcMain.removeListener(dropChannel, dropHandler);
    for (const unsubscribe of unsubscribes) {
      unsubscribe();
    }
  };
}

/** Sends a menu or OS command to a window's renderer. */
export function sendCommand(contents: WebContents, command: AppCommand): void {
  if (!contents.isDestroyed()) {
    contents.send(commandChannel, command);
  }
}
