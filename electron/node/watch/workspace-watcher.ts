import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { WorkspacePath } from '../../../core/api';
import { isIndexedFolder, isPostFileName } from '../index/scan';

/** What changed on disk during one burst of events, as workspace paths. */
export interface WatchBatch {
  /** Post files added, changed or removed. */
  files: Set<WorkspacePath>;
  /** Folders that appeared (moved in): their posts must be discovered. */
  addedFolders: Set<WorkspacePath>;
  /** Folders that disappeared: every indexed post below them is re-checked. */
  removedFolders: Set<WorkspacePath>;
}

/** How the watcher watches: one recursive watch, or one watch per folder. */
export type WatchMode = 'recursive' | 'per-folder';

/**
 * Quiet time that ends a burst (a save's truncate and write land in one batch), and the longest a
 * burst is held: events reach the UI in well under a second.
 */
const quietMs = 10;
const maxHoldMs = 100;
/** The longest the start runs between two yields to the event loop (IPC and HTTP answer). */
const maxBlockMs = 8;

/**
 * macOS (FSEvents) and Windows (ReadDirectoryChangesW) watch a tree with one handle. Linux has no
 * recursive inotify (Node 20 emulates it with a watch per file, like chokidar): there the watcher
 * takes one watch per indexed folder, which also reports the changes of the files in it.
 */
export const defaultWatchMode: WatchMode =
  process.platform === 'darwin' || process.platform === 'win32' ? 'recursive' : 'per-folder';

/**
 * Watches a workspace for post files other programs add, change, remove or rename.
 *
 * A resource with a lifecycle: `start` resolves once every indexed folder is watched (the index
 * did the walk of the files), and `close` must always be called. A file is never watched on its
 * own: 10,000 posts cost as many watches as they have folders. Events are batched briefly; a
 * rename is recognised by the session from the added file alone.
 */
export class WorkspaceWatcher {
  private batch: WatchBatch = emptyBatch();
  private quietTimer: NodeJS.Timeout | undefined;
  private holdTimer: NodeJS.Timeout | undefined;
  private isClosed = false;
  private hasFailed = false;
  /**
   * The watch of each watched folder and the inode it was taken on (per folder: a folder replaced
   * under its name has another, and an inotify watch follows the old one), or the root's watch.
   */
  private readonly folders = new Map<WorkspacePath, { watcher: FSWatcher; ino: number }>();

  private constructor(
    private readonly root: string,
    private readonly mode: WatchMode,
    private readonly onBatch: (batch: WatchBatch) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts watching `root` (a real path) and resolves when every indexed folder is watched. */
  static async start(
    root: string,
    onBatch: (batch: WatchBatch) => void,
    onError: (error: unknown) => void,
    mode: WatchMode = defaultWatchMode,
  ): Promise<WorkspaceWatcher> {
    const self = new WorkspaceWatcher(root, mode, onBatch, onError);
    if (mode === 'recursive') {
      const watcher = watch(root, { recursive: true }, (event, name) =>
        self.record('', name === null ? null : name.split(sep).join('/'), event),
      );
      watcher.on('error', onError);
      self.folders.set('', { watcher, ino: 0 });
    } else {
      await self.watchTree('');
    }
    return self;
  }

  /** Stops watching; pending events are dropped. */
  close(): Promise<void> {
    this.isClosed = true;
    clearTimeout(this.quietTimer);
    clearTimeout(this.holdTimer);
    for (const { watcher } of this.folders.values()) {
      watcher.close();
    }
    this.folders.clear();
    return Promise.resolve();
  }

  /** Watches a folder and every indexed folder below it, yielding to the event loop by the clock. */
  private async watchTree(top: WorkspacePath): Promise<void> {
    let lastYield = performance.now();
    for (const _ of this.watchFolders(top)) {
      if (performance.now() - lastYield > maxBlockMs) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
  }

  /**
   * Watches a folder and every indexed folder below it, one folder per step. Each folder is
   * watched before it is read, so a subfolder made meanwhile is either listed or reported.
   */
  private *watchFolders(top: WorkspacePath): Generator<WorkspacePath> {
    const pending = [top];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
      if (this.isClosed || !this.watchFolder(folder)) {
        continue;
      }
      let dirents;
      try {
        dirents = readdirSync(join(this.root, folder), { withFileTypes: true });
      } catch {
        continue; // vanished meanwhile: its parent reports it
      }
      for (const dirent of dirents) {
        if (dirent.isDirectory() && isIndexedFolder(dirent.name)) {
          pending.push(folder === '' ? dirent.name : `${folder}/${dirent.name}`);
        }
      }
      yield folder;
    }
  }

  /** Watches one folder; false when it cannot be watched (gone, or out of watches: reported). */
  private watchFolder(folder: WorkspacePath): boolean {
    const absPath = join(this.root, folder);
    try {
      const ino = lstatSync(absPath).ino;
      const watcher = watch(absPath, (event, name) => this.record(folder, name, event));
      // A watched folder that is deleted may end its watch with an error: look at it again.
      watcher.on('error', () => this.recheck(folder));
      this.folders.set(folder, { watcher, ino });
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Once: out of inotify watches (ENOSPC), every further folder would fail the same way.
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !this.hasFailed) {
        this.hasFailed = true;
        this.onError(error);
      }
      return false;
    }
  }

  /** Stops watching a folder and the folders below it. */
  private forget(folder: WorkspacePath): void {
    for (const [path, { watcher }] of this.folders) {
      if (path === folder || path.startsWith(`${folder}/`)) {
        watcher.close();
        this.folders.delete(path);
      }
    }
  }

  /** A folder whose watch failed: its posts are checked again and it is watched anew if it is there. */
  private recheck(folder: WorkspacePath): void {
    if (this.isClosed || folder === '') {
      return;
    }
    this.forget(folder);
    this.batch.removedFolders.add(folder);
    this.classify(folder, folder.slice(folder.lastIndexOf('/') + 1), 'rename');
    this.schedule();
  }

  /**
   * One raw event: `name` changed in `folder` (null: something in it did, the OS did not say
   * what). 'rename' is an entry made, removed or moved; 'change' is its content or attributes.
   */
  private record(folder: WorkspacePath, name: string | null, event: string): void {
    if (this.isClosed) {
      return;
    }
    if (name === null || name === '') {
      this.batch.removedFolders.add(folder);
      this.batch.addedFolders.add(folder);
      this.schedule();
      return;
    }
    const path = folder === '' ? name : `${folder}/${name}`;
    const parts = path.split('/');
    const base = parts.pop() ?? '';
    if (!parts.every(isIndexedFolder) || (!isIndexedFolder(base) && !isPostFileName(base))) {
      return;
    }
    this.classify(path, base, event);
    this.schedule();
  }

  /** Sorts a changed path into the batch by what is at it now. */
  private classify(path: WorkspacePath, base: string, event: string): void {
    let info;
    try {
      info = lstatSync(join(this.root, path));
    } catch {
      info = null;
    }
    if (info?.isDirectory() === true) {
      if (isIndexedFolder(base)) {
        this.folderAppeared(path, event, info.ino);
      }
      return;
    }
    if (isPostFileName(base)) {
      this.batch.files.add(path);
    }
    if (info === null && isIndexedFolder(base)) {
      // It may have been a folder of posts (moved away or deleted).
      this.forget(path);
      this.batch.removedFolders.add(path);
    }
  }

  /**
   * A folder is at `path`. One already watched whose folder is still the same (Linux: the same
   * inode; macOS and Windows: a 'change', which there means its attributes or modified time) needs
   * nothing: its files report their own changes. Otherwise it was made, moved in or replaced under
   * its name: it is watched anew and re-read.
   */
  private folderAppeared(path: WorkspacePath, event: string, ino: number): void {
    const known = this.mode === 'recursive' ? event !== 'rename' : this.folders.has(path);
    const isSame = this.mode === 'recursive' ? known : this.folders.get(path)?.ino === ino;
    if (isSame) {
      return;
    }
    if (this.mode === 'per-folder') {
      if (known) {
        this.forget(path);
        this.batch.removedFolders.add(path);
      }
      for (const _ of this.watchFolders(path)) {
        // Watched at once: a new folder is small, and its files may be written right now.
      }
    } else {
      this.batch.removedFolders.add(path);
    }
    this.batch.addedFolders.add(path);
  }

  private schedule(): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), quietMs);
    this.holdTimer ??= setTimeout(() => this.flush(), maxHoldMs);
  }

  private flush(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.holdTimer);
    this.quietTimer = undefined;
    this.holdTimer = undefined;
    const batch = this.batch;
    this.batch = emptyBatch();
    if (!this.isClosed) {
      this.onBatch(batch);
    }
  }
}

function emptyBatch(): WatchBatch {
  return { files: new Set(), addedFolders: new Set(), removedFolders: new Set() };
}
