import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type {
  PostEntry,
  PostsChangedEvent,
  PostVersion,
  WorkspaceInfo,
  WorkspacePath,
} from '../../../core/api';
import { ApiError } from '../../../core/api';
import type { EventBus } from '../events';
import { resolveInsideRealRoot, toWorkspacePath } from '../fs/confine';
import { versionOf } from '../fs/text-codec';
import { PostIndex, type IndexDiff } from '../index/post-index';
import { statFile, walkPostsYielding } from '../index/scan';
import { defaultPostsFolder } from '../settings/blog-posts-folder';
import { WorkspaceSettingsStore, stateDirName } from '../settings/workspace-settings';
import { WorkspaceWatcher, type WatchBatch } from '../watch/workspace-watcher';
import { OwnWrites, type WriteOrigin } from './own-writes';
import { assertPostPath } from './post-path';
import { currentClient } from './write-client';

/** How the backend opens a workspace. */
export interface SessionOptions {
  /** Where the index cache lives (null: no cache). */
  cacheDir: string | null;
  events: EventBus;
  /** Watcher and background failures: logged, never thrown at the UI. */
  onError: (error: unknown) => void;
  /** Whether to watch the folder (the CLI's one-shot commands do not). */
  watch: boolean;
}

/** Index cache writes are grouped: at most one per this many milliseconds of changes. */
const cacheSaveDelayMs = 2000;
/** How long after the watcher is ready the index is compared with the disk. */
const reconcileDelayMs = 250;

/**
 * One open workspace: its real root, settings, post index and watcher. Every post operation goes
 * through `resolve` (confinement) and ends with `commit` (index update + `postsChanged`).
 */
export class WorkspaceSession {
  readonly ownWrites = new OwnWrites();
  private watcher: Promise<WorkspaceWatcher | null> = Promise.resolve(null);
  private isClosed = false;
  private readonly closing = new AbortController();
  private cacheTimer: NodeJS.Timeout | undefined;

  private constructor(
    /** The real path of the root (symlinks resolved). */
    readonly root: string,
    readonly settings: WorkspaceSettingsStore,
    readonly index: PostIndex,
    private readonly options: SessionOptions,
  ) {}

  /**
   * Opens a folder: settings and index (from the cache where possible). The watcher starts in the
   * background — its own scan of a big tree takes as long as the index — and once it is ready the
   * index is reconciled with the disk, so nothing changed in between is missed.
   */
  static async open(root: string, options: SessionOptions): Promise<WorkspaceSession> {
    let realRoot: string;
    try {
      realRoot = await realpath(root);
    } catch {
      throw new ApiError('E_NOT_FOUND', `The folder does not exist: ${root}`, { path: root });
    }
    if (!(await stat(realRoot)).isDirectory()) {
      throw new ApiError('E_INVALID_ARGUMENT', `Not a folder: ${root}`, { path: root });
    }
    const settings = await WorkspaceSettingsStore.open(realRoot);
    const index = await PostIndex.open(realRoot, options.cacheDir);
    const session = new WorkspaceSession(realRoot, settings, index, options);
    if (options.watch) {
      session.watcher = session.startWatcher();
    }
    return session;
  }

  /**
   * Where new posts go: the folder the settings name, else the one the blog keeps its posts in
   * (`defaultPostsFolder`, read when a post is created rather than at every open).
   */
  postsFolder(): Promise<string> {
    const named = this.settings.get().postsFolder;
    return named === '' ? defaultPostsFolder(this.root) : Promise.resolve(named);
  }

  /** `<root>/.postwright`, where the workspace's own state lives. */
  get stateDir(): string {
    return join(this.root, stateDirName);
  }

  /** The workspace as the UI sees it. */
  info(): WorkspaceInfo {
    return {
      root: this.root,
      name: basename(this.root),
      settings: this.settings.get(),
      settingsWarning: this.settings.backupPath,
      droppedSettings: [...this.settings.dropped],
    };
  }

  /** The absolute real path of a workspace path, refused when it leaves the workspace. */
  resolve(path: WorkspacePath): Promise<string> {
    return resolveInsideRealRoot(this.root, path);
  }

  /**
   * `resolve` for a post the app is about to change: refused (E_INVALID_NAME) unless the real
   * path (where a symlink leads) is a post's (`assertPostPath`).
   */
  async resolvePost(path: WorkspacePath): Promise<string> {
    const absPath = await this.resolve(path);
    assertPostPath(toWorkspacePath(this.root, absPath), path);
    return absPath;
  }

  /** After the app changed files: updates the index now and tells the UI (not waiting for the watcher). */
  commit(paths: WorkspacePath[], renamed: PostsChangedEvent['renamed'] = []): void {
    const diff = this.index.refresh(paths);
    this.publish(diff, renamed);
    const client = currentClient();
    if (client !== null) {
      // A serve-mode tab wrote: the watcher finds nothing new any more, so the other tabs are
      // told here (the server does not send it to the tab that wrote).
      this.reportDiskChanges(diff, renamed, { own: true, client }).catch(this.options.onError);
    }
  }

  /** Resolves once the watcher is ready and the index reconciled (tests and benchmarks wait on it). */
  async whenWatching(): Promise<void> {
    await this.watcher;
  }

  /** Stops the watcher and writes the index cache. */
  async close(): Promise<void> {
    this.isClosed = true;
    this.closing.abort();
    clearTimeout(this.cacheTimer);
    await (await this.watcher)?.close();
    await this.index.saveCache();
  }

  private async startWatcher(): Promise<WorkspaceWatcher | null> {
    try {
      const watcher = await WorkspaceWatcher.start(
        this.root,
        (batch) => this.onWatchBatch(batch),
        this.options.onError,
      );
      // Changes from now on arrive as events; the walk that catches the ones made while the index
      // was read waits until the open has settled (it costs as much as the floor of an open).
      await delay(reconcileDelayMs, undefined, { signal: this.closing.signal }).catch(() => null);
      if (this.isClosed) {
        await watcher.close();
        return null;
      }
      // Only what changed since the index was read: a refresh of every path stats each again.
      const onDisk = await walkPostsYielding(this.root);
      this.onWatchBatch({
        files: new Set(this.index.stalePaths(onDisk)),
        addedFolders: new Set(),
        removedFolders: new Set(),
      });
      return watcher;
    } catch (error) {
      this.options.onError(error);
      return null;
    }
  }

  private onWatchBatch(batch: WatchBatch): void {
    if (this.isClosed) {
      return;
    }
    const paths = new Set(batch.files);
    for (const folder of batch.removedFolders) {
      this.index.pathsUnder(folder).forEach((path) => paths.add(path));
    }
    for (const folder of batch.addedFolders) {
      this.index.discover(folder).forEach((path) => paths.add(path));
    }
    for (const path of [...paths]) {
      const file = this.index.get(path) === undefined ? statFile(this.root, path) : null;
      if (file !== null) {
        this.index.renameSources(file).forEach((source) => paths.add(source));
      }
    }
    const diff = this.index.refresh(paths);
    const renamed = pairRenames(diff);
    this.publish(diff, renamed);
    this.reportDiskChanges(diff, renamed, null).catch(this.options.onError);
  }

  private publish(diff: IndexDiff, renamed: PostsChangedEvent['renamed']): void {
    if (diff.added.length + diff.changed.length + diff.removed.length === 0) {
      return;
    }
    this.options.events.emit('postsChanged', {
      added: diff.added,
      changed: diff.changed,
      removed: diff.removed.map((entry) => entry.path),
      renamed,
    });
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => {
      this.index.saveCache().catch(this.options.onError);
    }, cacheSaveDelayMs);
  }

  /**
   * `postChangedOnDisk` for each change another program made. The app's own writes are skipped,
   * except those a serve-mode tab made: the event names that tab, and the server sends it to the
   * other tabs only (they show the post too, and must not overwrite the new text later).
   * `origin`: who made every change of the diff, or null to look each up in `ownWrites`.
   */
  private async reportDiskChanges(
    diff: IndexDiff,
    renamed: PostsChangedEvent['renamed'],
    origin: WriteOrigin | null,
  ): Promise<void> {
    const renamedFrom = new Set(renamed.map((pair) => pair.from));
    for (const entry of diff.changed) {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(this.root, entry.path));
      } catch {
        continue;
      }
      const version = versionOf(bytes, entry.mtimeMs);
      this.reportChange(
        entry.path,
        version,
        origin ?? this.ownWrites.originOf(entry.path, version.hash),
      );
    }
    for (const entry of diff.removed) {
      if (!renamedFrom.has(entry.path)) {
        this.reportChange(entry.path, null, origin ?? this.ownWrites.originOf(entry.path, null));
      }
    }
  }

  private reportChange(
    path: WorkspacePath,
    version: PostVersion | null,
    origin: WriteOrigin,
  ): void {
    if (!origin.own) {
      this.options.events.emit('postChangedOnDisk', { path, version });
    } else if (origin.client !== null) {
      this.options.events.emit('postChangedOnDisk', { path, version, byClient: origin.client });
    }
  }
}

/**
 * Pairs removed and added posts of one batch into renames. A rename keeps a file's size and
 * modified time, which the index has for the old path without reading the old content again.
 * The pairs stay in `added`/`removed` too, so a UI that ignores `renamed` still has a right list.
 */
function pairRenames(diff: IndexDiff): PostsChangedEvent['renamed'] {
  const renamed: PostsChangedEvent['renamed'] = [];
  const candidates = [...diff.added];
  for (const removed of diff.removed) {
    const match = candidates.findIndex((added) => isSameFile(removed, added));
    if (match >= 0) {
      const [added] = candidates.splice(match, 1);
      if (added !== undefined) {
        renamed.push({ from: removed.path, to: added.path });
      }
    }
  }
  return renamed;
}

function isSameFile(a: PostEntry, b: PostEntry): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}
