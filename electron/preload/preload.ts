/**
 * The sandboxed preload: exposes the contract as `window.postwright` and nothing else.
 *
 * Never `ipcRenderer` itself, never `sendSync`; the renderer cannot pick channels, only contract
 * methods and events. Bundled into one CommonJS file that requires nothing but `electron`.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ApiEventName, ApiMethod, AppCommand, PreloadBridge } from '../../core/api';
import {
  chooseFolderChannel,
  commandChannel,
  dropPathChannel,
  eventChannel,
  methodChannel,
  workspaceFileUrlBase,
} from '../../core/ipc-channels';
import { createCommandQueue } from './command-queue';
import { dropTargetIndex, type PageWindow } from './drop-target';

const namePattern = /^[A-Za-z]{1,64}$/;

const commands = createCommandQueue<AppCommand>();
ipcRenderer.on(commandChannel, (_event: IpcRendererEvent, command: AppCommand) =>
  commands.push(command),
);

const bridge: PreloadBridge = {
  invoke: (method: ApiMethod, args: unknown) => {
    if (typeof method !== 'string' || !namePattern.test(method)) {
      return Promise.reject(new TypeError('Not a contract method'));
    }
    return ipcRenderer.invoke(methodChannel(method), args) as ReturnType<PreloadBridge['invoke']>;
  },
  on: (event: ApiEventName, listener: (payload: unknown) => void) => {
    if (typeof event !== 'string' || !namePattern.test(event)) {
      throw new TypeError('Not a contract event');
    }
    const channel = eventChannel(event);
    // The IPC event object stays here: it would hand the page `ipcRenderer` through `sender`.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  onCommand: (listener) => commands.subscribe(listener),
  chooseFolder: () => ipcRenderer.invoke(chooseFolderChannel) as Promise<string | null>,
  workspaceFileUrlBase,
};

contextBridge.exposeInMainWorld('postwright', bridge);

// A folder or Markdown file dropped anywhere on the window opens in the app. Capture phase, so it
// works whatever the page does with drops; other drops (images into the editor) pass through.
const page = globalThis as unknown as PageWindow;
page.addEventListener(
  'dragover',
  (event) => {
    if (event.dataTransfer?.types.includes('Files') === true) {
      event.preventDefault();
    }
  },
  true,
);
page.addEventListener(
  'drop',
  (event) => {
    const transfer = event.dataTransfer;
    if (transfer === null) {
      return;
    }
    const files = Array.from(transfer.files);
    const items = Array.from(transfer.items).filter((item) => item.kind === 'file');
    const index = dropTargetIndex(
      files.map((file, i) => ({
        name: file.name,
        isDirectory: items[i]?.webkitGetAsEntry()?.isDirectory === true,
      })),
    );
    const file = index === null ? undefined : files[index];
    if (file === undefined) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    ipcRenderer.send(dropPathChannel, webUtils.getPathForFile(file as never));
  },
  true,
);
