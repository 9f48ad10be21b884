import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PostEntry, WorkspacePath } from '../../../core/api';
import { writeFileAtomic } from '../fs/atomic-write';
import { sha256 } from '../fs/text-codec';
import { decodeCache, encodeCache } from './cache-file';
import { freshKey, readHeadsInWorker } from './head-worker';
import { entryFromHead, readEntry } from './post-entry';
import { isIndexedPath, statFile, walk, walkPosts, type FoundFile } from './scan';

/** How many cached entries are read again to check that the cache is not stale. */
const samplesChecked = 8;
/** How long after an open the cache is written. */
const cacheWriteDelayMs = 1000;
/** The longest the walk here runs between two yields to the event loop (IPC and HTTP answer). */
const maxBlockMs = 8;

/** What one refresh changed. */
export interface IndexDiff {
  added: PostEntry[];
  changed: PostEntry[];
  removed: PostEntry[];
}

/**
 * The list of posts of one workspace, kept in memory and updated path by path.
 *
 * Opening reads the head of each post once; a persistent cache in the user-data folder (keyed by
 * path, size and modified time) makes a reopen cost only the walk (readdir + stat).
 */
export class PostIndex {
  private readonly entries = new Map<WorkspacePath, PostEntry>();
  private cacheDirty = false;
  private cacheWrite: Promise<void> = Promise.resolve();

  private constructor(
    private readonly root: string,
    private readonly cachePath: string | null,
  ) {}

  /**
   * Walks `root` and indexes every post, reusing cached entries whose file did not change. With no
   * cache, the walk and the reads run in a worker thread while this thread parses (where no worker
   * can run, the same work is done here). With a cache, the walk runs here, yielding to the event
   * loop between chunks: few files need reading then, and starting a worker and handling its
   * messages cost more than the walk itself.
   */
  static async open(root: string, cacheDir: string | null): Promise<PostIndex> {
    const cachePath =
      cacheDir === null ? null : join(cacheDir, `${sha256(root).slice(0, 32)}.json`);
    const index = new PostIndex(root, cachePath);
    // With a cache file, its read (megabytes, from a cold disk too) overlaps the walk.
    const loading = index.loadCache();
    const walked = cachePath !== null && existsSync(cachePath) ? await index.walkHere() : null;
    const cached = await loading;
    if (cached.size > 0) {
      await index.indexHere(cached, walked ?? (await index.walkHere()));
    } else {
      try {
        await index.indexInWorker(cached);
      } catch {
        index.entries.clear();
        await index.indexHere(cached, await index.walkHere());
      }
    }
    index.cacheDirty ||= cached.size !== index.entries.size;
    // The list is ready now; the cache write (megabytes for 10k posts, encoded on this thread,
    // then fsync'ed) waits until the open has settled. Closing the workspace writes it at once.
    setTimeout(() => {
      index.saveCache().catch(() => undefined);
    }, cacheWriteDelayMs).unref();
    return index;
  }

  /** Every post, sorted by path. */
  list(): PostEntry[] {
    return [...this.entries.values()].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
  }

  /** One post's entry. */
  get(path: WorkspacePath): PostEntry | undefined {
    return this.entries.get(path);
  }

  /** Indexed paths at or below a folder ('' = all). */
  pathsUnder(folder: WorkspacePath): WorkspacePath[] {
    const prefix = folder === '' ? '' : `${folder}/`;
    return [...this.entries.keys()].filter((path) => path === folder || path.startsWith(prefix));
  }

  /** Re-checks the given paths against the disk and returns what changed in the list. */
  refresh(paths: Iterable<WorkspacePath>): IndexDiff {
    const diff: IndexDiff = { added: [], changed: [], removed: [] };
    for (const path of new Set(paths)) {
      const known = this.entries.get(path);
      const file = isIndexedPath(path) ? statFile(this.root, path) : null;
      if (file === null) {
        if (known !== undefined) {
          this.entries.delete(path);
          diff.removed.push(known);
        }
      } else if (known === undefined) {
        const entry = this.read(file);
        if (entry !== null) {
          this.entries.set(path, entry);
          diff.added.push(entry);
        }
      } else if (known.size !== file.size || known.mtimeMs !== file.mtimeMs) {
        const entry = this.read(file);
        if (entry !== null) {
          this.entries.set(path, entry);
          diff.changed.push(entry);
        }
      }
    }
    this.cacheDirty ||= diff.added.length + diff.changed.length + diff.removed.length > 0;
    return diff;
  }

  /**
   * The paths a refresh must look at after a walk found `files`: new files, files whose size or
   * modified time differ from their entry, and entries whose file is gone.
   */
  stalePaths(files: readonly FoundFile[]): WorkspacePath[] {
    const stale: WorkspacePath[] = [];
    const onDisk = new Set<WorkspacePath>();
    for (const file of files) {
      onDisk.add(file.path);
      const known = this.entries.get(file.path);
      if (known?.size !== file.size || known.mtimeMs !== file.mtimeMs) {
        stale.push(file.path);
      }
    }
    for (const path of this.entries.keys()) {
      if (!onDisk.has(path)) {
        stale.push(path);
      }
    }
    return stale;
  }

  /**
   * Indexed posts that look like the same file as `file` (same size and modified time, which a
   * rename keeps) and are gone from their own path: the other half of a rename.
   */
  renameSources(file: FoundFile): WorkspacePath[] {
    const sources: WorkspacePath[] = [];
    for (const entry of this.entries.values()) {
      if (
        entry.size === file.size &&
        entry.mtimeMs === file.mtimeMs &&
        entry.path !== file.path &&
        statFile(this.root, entry.path) === null
      ) {
        sources.push(entry.path);
      }
    }
    return sources;
  }

  /** Finds posts in a folder that appeared at once (a folder moved in), relative to the root. */
  discover(folder: WorkspacePath): WorkspacePath[] {
    return walkPosts(this.root, folder).map((file) => file.path);
  }

  /** Writes the cache when something changed since the last write (one write at a time). */
  saveCache(): Promise<void> {
    this.cacheWrite = this.cacheWrite.then(() => this.writeCache());
    return this.cacheWrite;
  }

  private async writeCache(): Promise<void> {
    if (this.cachePath === null || !this.cacheDirty) {
      return;
    }
    this.cacheDirty = false;
    try {
      await mkdir(dirname(this.cachePath), { recursive: true });
      await writeFileAtomic(this.cachePath, encodeCache(this.root, this.entries.values()));
    } catch {
      // The cache only saves time; a read-only user-data folder must not stop the app.
    }
  }

  private async indexInWorker(cached: Map<WorkspacePath, PostEntry>): Promise<void> {
    const fresh = [...cached.values()].map((entry) =>
      freshKey(entry.path, entry.size, entry.mtimeMs),
    );
    await readHeadsInWorker(this.root, fresh, (files) => {
      for (const file of files) {
        const hit = file.head === null ? cached.get(file.path) : undefined;
        const entry = hit ?? this.read(file, file.head);
        if (entry !== null) {
          this.entries.set(file.path, entry);
          this.cacheDirty ||= hit === undefined;
        }
      }
    });
  }

  /** Every post file, walked here, yielding to the event loop every `maxBlockMs`. */
  private async walkHere(): Promise<FoundFile[]> {
    const files: FoundFile[] = [];
    let lastYield = performance.now();
    for (const file of walk(this.root, '')) {
      files.push(file);
      // By the clock, not by count: a stat is microseconds warm and far more on a cold disk.
      if (performance.now() - lastYield > maxBlockMs) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
    return files;
  }

  private async indexHere(
    cached: Map<WorkspacePath, PostEntry>,
    files: readonly FoundFile[],
  ): Promise<void> {
    let lastYield = performance.now();
    for (const file of files) {
      const hit = cached.get(file.path);
      const isFresh = hit !== undefined && hit.size === file.size && hit.mtimeMs === file.mtimeMs;
      const entry = isFresh ? hit : this.read(file);
      if (entry !== null) {
        this.entries.set(file.path, entry);
        this.cacheDirty ||= !isFresh;
      }
      if (performance.now() - lastYield > maxBlockMs) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
  }

  /** A post's entry; null when the file vanished or cannot be read (it is then not listed). */
  private read(file: FoundFile, head: Uint8Array | null = null): PostEntry | null {
    try {
      return head === null ? readEntry(this.root, file) : entryFromHead(this.root, file, head);
    } catch {
      return null;
    }
  }

  private async loadCache(): Promise<Map<WorkspacePath, PostEntry>> {
    if (this.cachePath === null) {
      return new Map();
    }
    let cached: Map<WorkspacePath, PostEntry>;
    try {
      cached = decodeCache(await readFile(this.cachePath, 'utf8'), this.root);
    } catch {
      // No cache yet, or a broken one: the walk reads every post.
      return new Map();
    }
    return this.agreesWithReader(cached) ? cached : new Map();
  }

  /**
   * Re-reads a few cached posts that did not change on disk: if the reader now sees them
   * differently (a newer app reads front matter better), the whole cache is stale.
   */
  private agreesWithReader(cached: Map<WorkspacePath, PostEntry>): boolean {
    const entries = [...cached.values()];
    const step = Math.max(1, Math.floor(entries.length / samplesChecked));
    for (let index = 0; index < entries.length; index += step) {
      const entry = entries[index];
      const file = entry === undefined ? null : statFile(this.root, entry.path);
      if (file !== null && file.size === entry?.size && file.mtimeMs === entry.mtimeMs) {
        if (JSON.stringify(this.read(file)) !== JSON.stringify(entry)) {
          return false;
        }
      }
    }
    return true;
  }
}
