// A stand-in for the `electron` module, recording what the main process asks of it, so the thin
// wiring files can run here without the binary. Only what Postwright's main process uses exists.
import { EventEmitter } from 'node:events';

/** A cancellable event as Electron passes them. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault: () => void;
}

/** A new cancellable event. */
export function fakeEvent(
  extra: Record<string, unknown> = {},
): FakeEvent & Record<string, unknown> {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type Handler = (...args: never[]) => unknown;

/** Builds a fresh fake `electron` module and the record of what was done with it. */
export function createFakeElectron(options: { userData: string }) {
  const app = Object.assign(new EventEmitter(), {
    paths: new Map<string, string>([['userData', options.userData]]),
    quitCalls: 0,
    exitCode: null as number | null,
    isPackaged: false,
    setPath(name: string, path: string) {
      this.paths.set(name, path);
    },
    getPath(name: string) {
      return this.paths.get(name) ?? '';
    },
    requestSingleInstanceLock: () => true,
    enableSandbox() {
      record.sandboxEnabled = true;
    },
    whenReady: () => Promise.resolve(),
    getPreferredSystemLanguages: () => ['en-US'],
    setAboutPanelOptions: () => undefined,
    getVersion: () => '0.1.0',
    quit() {
      this.quitCalls += 1;
    },
    exit(code: number) {
      this.exitCode = code;
    },
  });

  let nextId = 1;
  class FakeWebContents extends EventEmitter {
    readonly id = nextId++;
    readonly sent: [string, unknown][] = [];
    readonly session = defaultSession;
    windowOpenHandler: Handler | null = null;
    destroyed = false;
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isDestroyed() {
      return this.destroyed;
    }
    setWindowOpenHandler(handler: Handler) {
      this.windowOpenHandler = handler;
    }
    reload() {
      record.reloads += 1;
    }
    forcefullyCrashRenderer() {
      record.crashedRenderers += 1;
    }
    replaceMisspelling(word: string) {
      record.replacedMisspellings.push(word);
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static readonly all: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    url: string | null = null;
    destroyed = false;
    closeCalls = 0;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.all.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    static getAllWindows() {
      return FakeBrowserWindow.all.filter((window) => !window.destroyed);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 900, height: 700 };
    }
    close() {
      this.closeCalls += 1;
      const event = fakeEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.destroy();
      }
    }
    destroy() {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) {
        app.emit('window-all-closed');
      }
    }
  }

  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => unknown>();
  const defaultSession = {
    permissionRequest: null as Handler | null,
    permissionCheck: null as Handler | null,
    devicePermission: null as Handler | null,
    setPermissionRequestHandler(handler: Handler) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: Handler) {
      this.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: Handler) {
      this.devicePermission = handler;
    },
    addWordToSpellCheckerDictionary: () => true,
    availableSpellCheckerLanguages: ['en-US', 'fr-FR'],
    spellCheckerLanguages: [] as string[],
    setSpellCheckerLanguages(languages: string[]) {
      this.spellCheckerLanguages = languages;
    },
    protocol: {
      handle(scheme: string, handler: (request: { url: string; method: string }) => unknown) {
        protocolHandlers.set(scheme, handler);
      },
    },
  };

  const record = {
    sandboxEnabled: false,
    reloads: 0,
    crashedRenderers: 0,
    replacedMisspellings: [] as string[],
    popups: [] as MenuTemplateItem[][],
    privilegedSchemes: [] as unknown[],
    applicationMenu: null as { template: MenuTemplateItem[] } | null,
    opened: [] as string[],
    openedExternal: [] as string[],
    shownInFolder: [] as string[],
    errors: [] as string[],
    openDialogAnswer: null as string | null,
    messageBoxAnswer: 0,
    messageBoxes: [] as unknown[],
    invokeHandlers: new Map<string, Handler>(),
    listeners: new Map<string, Handler>(),
    protocolHandlers,
    windows: FakeBrowserWindow.all,
    defaultSession,
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) =>
        record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => unknown) =>
        defaultSession.protocol.handle(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => record.invokeHandlers.set(channel, handler),
      removeHandler: (channel: string) => record.invokeHandlers.delete(channel),
      on: (channel: string, handler: Handler) => record.listeners.set(channel, handler),
      removeListener: (channel: string) => record.listeners.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplateItem[]) => ({
        template,
        popup: () => record.popups.push(template),
      }),
      setApplicationMenu: (menu: { template: MenuTemplateItem[] }) => {
        record.applicationMenu = menu;
      },
      getApplicationMenu: () => record.applicationMenu,
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    dialog: {
      showOpenDialog: () =>
        Promise.resolve(
          record.openDialogAnswer === null
            ? { canceled: true, filePaths: [] }
            : { canceled: false, filePaths: [record.openDialogAnswer] },
        ),
      showMessageBox: (_window: unknown, box: unknown) => {
        record.messageBoxes.push(box);
        return Promise.resolve({ response: record.messageBoxAnswer });
      },
      showMessageBoxSync: (_window: unknown, box: unknown) => {
        record.messageBoxes.push(box);
        return record.messageBoxAnswer;
      },
      showErrorBox: (_title: string, message: string) => record.errors.push(message),
    },
    shell: {
      openExternal: (url: string) => {
        record.openedExternal.push(url);
        return Promise.resolve();
      },
      openPath: (path: string) => {
        record.opened.push(path);
        return Promise.resolve('');
      },
      showItemInFolder: (path: string) => record.shownInFolder.push(path),
    },
  };
  return { electron, record, app };
}

/** A menu item as the main process hands it to `Menu.buildFromTemplate`. */
export interface MenuTemplateItem {
  id?: string;
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

/** Finds a menu item by id, depth first. */
export function findMenuItem(
  items: readonly MenuTemplateItem[],
  id: string,
): MenuTemplateItem | null {
  for (const item of items) {
    if (item.id === id) {
      return item;
    }
    const inner = findMenuItem(item.submenu ?? [], id);
    if (inner !== null) {
      return inner;
    }
  }
  return null;
}
