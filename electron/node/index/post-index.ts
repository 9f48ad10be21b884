import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PostEntry, WorkspacePath } from '../../../core/api';
import { writeFileAtomic } from '../fs/atomic-write';
import { sha256 } from '../fs/text-codec';
import { freshKey, readHeadsInWorker } from './head-worker';
import { entryFromHead, readEntry } from './post-entry';
import { isIndexedPath, statFile, walkPosts, walkPostsYielding, type FoundFile } from './scan';

/**
 * Bumped whenever the entry format or the way entries are read changes (here or in
 * `core/post/index-reader.ts`): old caches are then ignored and every post is read again.
 */
const cacheFormat = 2;
/** How many cached entries are read again to check that the cache is not stale. */
const samplesChecked = 8;
/** Entries read between two yields to the event loop, so IPC and HTTP stay responsive on big folders. */
const chunkSize = 200;

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
   * Walks `root` and indexes every post, reusing cached entries whose file did not change. The walk
   * and the reads run in a worker thread while this thread parses; where no worker can run, the
   * same work is done here, yielding to the event loop between chunks.
   */
  static async open(root: string, cacheDir: string | null): Promise<PostIndex> {
    const cachePath =
      cacheDir === null ? null : join(cacheDir, `${sha256(root).slice(0, 32)}.json`);
    const index = new PostIndex(root, cachePath);
    const cached = await index.loadCache();
    try {
      await index.indexInWorker(cached);
    } catch {
      index.entries.clear();
      await index.indexHere(cached);
    }
    index.cacheDirty ||= cached.size !== index.entries.size;
    // Not awaited: the list is ready now; the cache write (megabytes for 10k posts) follows.
    index.saveCache().catch(() => undefined);
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
    const data = { format: cacheFormat, root: this.root, entries: [...this.entries.values()] };
    try {
      await mkdir(dirname(this.cachePath), { recursive: true });
      await writeFileAtomic(this.cachePath, JSON.stringify(data));
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

  private async indexHere(cached: Map<WorkspacePath, PostEntry>): Promise<void> {
    const files = await walkPostsYielding(this.root);
    for (let start = 0; start < files.length; start += chunkSize) {
      if (start > 0) {
        await yieldToEventLoop();
      }
      for (const file of files.slice(start, start + chunkSize)) {
        const hit = cached.get(file.path);
        const isFresh = hit !== undefined && hit.size === file.size && hit.mtimeMs === file.mtimeMs;
        const entry = isFresh ? hit : this.read(file);
        if (entry !== null) {
          this.entries.set(file.path, entry);
          this.cacheDirty ||= !isFresh;
        }
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
    const cached = new Map<WorkspacePath, PostEntry>();
    if (this.cachePath === null) {
      return cached;
    }
    try {
      const data = JSON.parse(await readFile(this.cachePath, 'utf8')) as {
        format?: unknown;
        root?: unknown;
        entries?: PostEntry[];
      };
      if (data.format === cacheFormat && data.root === this.root && Array.isArray(data.entries)) {
        for (const entry of data.entries) {
          // A cache edited or cut short by hand must not hand the UI an entry it cannot show.
          if (!isPostEntryShape(entry)) {
            return new Map();
          }
          cached.set(entry.path, entry);
        }
      }
    } catch {
      // No cache yet, or a broken one: the walk reads every post.
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

/** Whether a cached value has the shape of a `PostEntry` (every field the list shows). */
function isPostEntryShape(value: unknown): value is PostEntry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const entry = value as Record<string, unknown>;
  const isText = (field: unknown) => typeof field === 'string';
  const isTextOrNull = (field: unknown) => field === null || isText(field);
  const isTextList = (field: unknown) => Array.isArray(field) && field.every(isText);
  return (
    isText(entry.path) &&
    isText(entry.title) &&
    isTextOrNull(entry.date) &&
    typeof entry.draft === 'boolean' &&
    isTextList(entry.tags) &&
    isTextList(entry.categories) &&
    isTextOrNull(entry.permalink) &&
    typeof entry.mtimeMs === 'number' &&
    typeof entry.size === 'number' &&
    (entry.frontMatterError === null || typeof entry.frontMatterError === 'object')
  );
}
