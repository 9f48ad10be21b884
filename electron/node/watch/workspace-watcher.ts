import { watch, type FSWatcher } from 'chokidar';
import type { Stats } from 'node:fs';
import type { WorkspacePath } from '../../../core/api';
import { toWorkspacePath } from '../fs/confine';
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

/** Quiet time that ends a burst, and the longest a burst is held: events reach the UI in well under a second. */
const quietMs = 10;
const maxHoldMs = 100;

/**
 * Watches a workspace for post files other programs add, change, remove or rename.
 *
 * A resource with a lifecycle: `start` resolves once the initial scan is done (`ignoreInitial`,
 * the index did that walk), and `close` must always be called. Events are batched briefly; a
 * rename is recognised by the session from the added file alone (chokidar holds back an unlink
 * for its `atomic` window, so the two halves of a rename rarely share a batch).
 */
export class WorkspaceWatcher {
  private batch: WatchBatch = emptyBatch();
  private quietTimer: NodeJS.Timeout | undefined;
  private holdTimer: NodeJS.Timeout | undefined;
  private isClosed = false;

  private constructor(
    private readonly root: string,
    private readonly watcher: FSWatcher,
    private readonly onBatch: (batch: WatchBatch) => void,
  ) {}

  /** Starts watching `root` (a real path) and resolves when the watcher is ready. */
  static async start(
    root: string,
    onBatch: (batch: WatchBatch) => void,
    onError: (error: unknown) => void,
  ): Promise<WorkspaceWatcher> {
    const watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      // Editors that save with temp + rename would otherwise show up as remove + add.
      atomic: 100,
      // Short: a post is small, and the list should follow an outside save at once.
      awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 10 },
      ignored: (path: string, stats?: Stats) => isIgnored(root, path, stats),
    });
    const self = new WorkspaceWatcher(root, watcher, onBatch);
    watcher.on('all', (event, path) => self.record(event, path));
    watcher.on('error', onError);
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    return self;
  }

  /** Stops watching; pending events are dropped. */
  async close(): Promise<void> {
    this.isClosed = true;
    clearTimeout(this.quietTimer);
    clearTimeout(this.holdTimer);
    await this.watcher.close();
  }

  private record(event: string, absPath: string): void {
    if (this.isClosed) {
      return;
    }
    const path = toWorkspacePath(this.root, absPath);
    if (path === '' || path.startsWith('..')) {
      return;
    }
    if (event === 'addDir') {
      this.batch.addedFolders.add(path);
    } else if (event === 'unlinkDir') {
      this.batch.removedFolders.add(path);
    } else {
      this.batch.files.add(path);
    }
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

/** Skips folders the index skips and files that are not posts (temp files of atomic writes too). */
function isIgnored(root: string, absPath: string, stats?: Stats): boolean {
  const path = toWorkspacePath(root, absPath);
  if (path === '') {
    return false;
  }
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  // A name the index never walks into is ignored as a folder and is no post as a file either.
  if (!parts.every(isIndexedFolder) || !isIndexedFolder(name)) {
    return true;
  }
  return stats !== undefined && !stats.isDirectory() && !isPostFileName(name);
}
