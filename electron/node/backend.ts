import { join } from 'node:path';
import type {
  ApiEventSubscriber,
  ApiMethod,
  ApiResponse,
  PostwrightApi,
  WorkspaceSettings,
} from '../../core/api';
import { ApiError, apiMethods } from '../../core/api';
import { apiArgs } from '../../core/api-schemas';
import { toApiError } from './errors';
import { createEventBus } from './events';
import {
  createExportService,
  type ExportMethods,
  type ExportServiceContext,
} from './export/export-service';
import { Journal } from './journal/journal';
import { KeyedLock } from './posts/path-lock';
import { previewPostEncoding } from './posts/encoding-preview';
import { savePostAsset } from './posts/post-assets';
import { createPost, duplicatePost, renamePost } from './posts/post-create';
import { convertPostEncoding, readPost, savePost } from './posts/post-files';
import { deletePost, restorePost } from './posts/trash';
import { UserSettingsStore } from './settings/user-settings';
import { resolveStartupWorkspace } from './workspace/default-workspace';
import { checkWorkspaceFolder } from './workspace/workspace-folder';
import { WorkspaceSession } from './workspace/workspace-session';

/** How a host (Electron main, serve mode, CLI) starts the backend. */
export interface BackendOptions {
  /** The workspace to open; absent, null or '': the most recent one, else the sample workspace. */
  root?: string | null;
  /** Per-user data: settings, journal, index cache (see `defaultUserDataDir`). */
  userDataDir: string;
  /** The app's folder, where `assets/sample-workspace/` is (needed only without `root`). */
  appDir?: string;
  /** Watch the workspace for changes by other programs (default true; one-shot CLI commands pass false). */
  watch?: boolean;
  /** Shows a file in the system file manager (desktop only); without it `revealPath` answers `ok: false`. */
  revealPath?: (absPath: string) => Promise<boolean> | boolean;
  /** Add the workspace to the recent list (default true; the CLI's `list` and `new` pass false). */
  remember?: boolean;
  /** Where background failures (watcher, cache) are reported; default `console.error`. */
  log?: (message: string, error: unknown) => void;
}

/** The backend: every contract method, events, and its lifecycle. */
export interface Backend extends PostwrightApi {
  on: ApiEventSubscriber;
  /** Stops the watcher and flushes caches; the backend must not be used afterwards. */
  close(): Promise<void>;
  /** The real path of the open workspace's root. */
  readonly root: string;
  /**
   * Resolves once the watcher of the open workspace is ready and the index reconciled with the
   * disk (the watcher starts in the background so that opening a big folder is not delayed).
   */
  whenWatching(): Promise<void>;
}

const exportMethodNames = [
  'addExportTarget',
  'updateExportTarget',
  'removeExportTarget',
  'detectGenerator',
  'planExport',
  'applyExport',
  'gitStatus',
  'gitCommit',
] as const satisfies readonly (keyof ExportMethods)[];

/** Opens the workspace and returns the backend every transport (IPC, HTTP, CLI) exposes. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const events = createEventBus((error) => log('postwright: an event listener failed', error));
  const userSettings = await UserSettingsStore.open(options.userDataDir);
  if (userSettings.backupPath !== null) {
    // The contract has no place for it (the UI shows the workspace's warning); the log keeps it.
    log('postwright: the user settings file was broken; it was kept at', userSettings.backupPath);
  }
  const journal = new Journal(options.userDataDir);
  const saves = new KeyedLock();
  const openSession = (root: string) =>
    WorkspaceSession.open(root, {
      cacheDir: join(options.userDataDir, 'index-cache'),
      events,
      onError: (error) => log('postwright: watching the workspace failed', error),
      watch: options.watch ?? true,
    });
  const startRoot = await resolveStartupWorkspace({
    requested: options.root,
    recent: userSettings.get().recentWorkspaces,
    userDataDir: options.userDataDir,
    appDir: options.appDir,
  });
  let session = await openSession(startRoot);
  let exportService = createExportService(exportContext(session));
  if (options.remember ?? true) {
    // Not awaited: an fsync'd settings write must not delay the first list (it cost 30-190 ms
    // of a 10,000-post open). Writes are serialized and close() waits for it.
    void userSettings.rememberWorkspace(session.root);
  }

  const implementation: PostwrightApi = {
    getWorkspace: () => Promise.resolve(session.info()),
    openWorkspace: async ({ root }) => {
      await checkWorkspaceFolder(root);
      const next = await openSession(root);
      const previous = session;
      session = next;
      exportService = createExportService(exportContext(session));
      await previous.close();
      await userSettings.rememberWorkspace(next.root);
      const info = next.info();
      events.emit('workspaceChanged', info);
      return info;
    },
    listPosts: () => Promise.resolve(session.index.list()),
    readPost: ({ path }) => readPost(session, path),
    savePost: (args) =>
      saves.run(args.path, async () => {
        const current = session;
        const result = await savePost(current, args);
        await journal.discard(current.root, args.path);
        return result;
      }),
    createPost: (args) => createPost(session, args),
    renamePost: (args) => saves.run(args.path, () => renamePost(session, args)),
    duplicatePost: (args) => duplicatePost(session, args),
    deletePost: ({ path }) => saves.run(path, () => deletePost(session, path)),
    restorePost: ({ trashId }) => restorePost(session, trashId),
    convertPostEncoding: (args) => saves.run(args.path, () => convertPostEncoding(session, args)),
    previewPostEncoding: (args) => previewPostEncoding(session, args),
    savePostAsset: (args) => savePostAsset(session, args),
    getUserSettings: () => Promise.resolve(userSettings.forUi()),
    updateUserSettings: ({ patch }) => userSettings.update(patch),
    updateWorkspaceSettings: async ({ patch }) => {
      const settings = await session.settings.update(patch);
      events.emit('workspaceChanged', session.info());
      return settings;
    },
    ...delegateExport(() => exportService),
    revealPath: async ({ path }) => {
      const absPath = await session.resolve(path);
      return { ok: options.revealPath === undefined ? false : await options.revealPath(absPath) };
    },
    writeJournal: async ({ path, text, baseVersion }) => {
      await session.resolve(path);
      await journal.write(session.root, path, text, baseVersion);
      return { ok: true };
    },
    listJournal: () => journal.list(),
    discardJournal: async ({ path }) => {
      await journal.discard(session.root, path);
      return { ok: true };
    },
  };

  const api = validated(implementation);
  // A getter, not a copied value: openWorkspace changes the root.
  return Object.defineProperties(api, {
    on: { value: events.on, enumerable: true },
    close: {
      value: async () => {
        await session.close();
        await userSettings.flush();
      },
      enumerable: true,
    },
    whenWatching: { value: () => session.whenWatching(), enumerable: true },
    root: { get: () => session.root, enumerable: true },
  }) as Backend;
}

/**
 * Calls one method by name and packs the outcome for a transport: unknown methods and invalid
 * arguments are E_INVALID_ARGUMENT, fs errors get their contract code, anything else E_INTERNAL.
 */
export async function invokeApi(
  backend: PostwrightApi,
  method: string,
  args: unknown,
): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: new ApiError('E_INVALID_ARGUMENT', `Unknown method: ${method}`, { method }).toJSON(),
    };
  }
  try {
    const call = backend[method] as (value: unknown) => Promise<unknown>;
    return { ok: true, value: await call(args) };
  } catch (error) {
    return { ok: false, error: toApiError(error).toJSON() };
  }
}

/** Whether a name from a transport is a contract method. */
export function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(apiArgs, method);
}

/** Wraps every method so its argument is checked against the contract's schema first. */
function validated(implementation: PostwrightApi): PostwrightApi {
  const api: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of apiMethods) {
    const call = implementation[method] as (args: unknown) => Promise<unknown>;
    api[method] = async (args: unknown) => {
      const parsed = apiArgs[method].safeParse(args);
      if (!parsed.success) {
        throw new ApiError('E_INVALID_ARGUMENT', `Invalid arguments for ${method}`, {
          method,
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        });
      }
      try {
        return await call(parsed.data);
      } catch (error) {
        throw toApiError(error);
      }
    };
  }
  return api as PostwrightApi;
}

/** The export methods, always answered by the export service of the workspace open right now. */
function delegateExport(current: () => ExportMethods): ExportMethods {
  const methods: Partial<Record<keyof ExportMethods, (args: unknown) => Promise<unknown>>> = {};
  for (const name of exportMethodNames) {
    methods[name] = (args: unknown) =>
      (current()[name] as (value: unknown) => Promise<unknown>)(args);
  }
  return methods as ExportMethods;
}

/** What the export service of one workspace may use of it. */
function exportContext(session: WorkspaceSession): ExportServiceContext {
  return {
    root: session.root,
    stateDir: session.stateDir,
    listPosts: () => Promise.resolve(session.index.list()),
    readPostText: async (path: string) => (await readPost(session, path)).text,
    getWorkspaceSettings: () => session.settings.get(),
    updateWorkspaceSettings: (patch: Partial<WorkspaceSettings>) => session.settings.update(patch),
  };
}
