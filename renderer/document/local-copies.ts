import type { JournalEntry, WorkspacePath } from '../../core/api';

const prefix = 'postwright.unsaved:';

/**
 * Unsaved text kept in the browser (localStorage), for when neither a save nor the crash journal
 * reaches the backend: in serve mode both go through the server, which may be stopped or
 * restarted with a new token. One copy per workspace root and post, with the version it started
 * from, offered by the recovery dialog like a journal entry; removed once saved or discarded.
 */
export const localCopies = {
  /** Keeps (or replaces) the copy of `entry.path`; false when the browser refuses to store it. */
  keep(entry: JournalEntry): boolean {
    const store = storage();
    try {
      store?.setItem(keyOf(entry.root, entry.path), JSON.stringify(entry));
      return store !== null;
    } catch {
      // Full or forbidden storage: the status still says the text is not saved.
      return false;
    }
  },

  /** Forgets the copy of `path` (it was saved, or the user discarded it). */
  remove(root: string, path: WorkspacePath): void {
    try {
      storage()?.removeItem(keyOf(root, path));
    } catch {
      // Storage that cannot be written holds no copy to remove.
    }
  },

  /** Every copy kept for the workspace at `root`. */
  list(root: string): JournalEntry[] {
    const store = storage();
    if (store === null) {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      const entry = key?.startsWith(prefix) === true ? parseEntry(store.getItem(key)) : null;
      if (entry !== null && entry.root === root) {
        entries.push(entry);
      }
    }
    return entries;
  },
};

function keyOf(root: string, path: WorkspacePath): string {
  return prefix + JSON.stringify([root, path]);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser that forbids storage for this page throws on access.
    return null;
  }
}

function parseEntry(value: string | null): JournalEntry | null {
  if (value === null) {
    return null;
  }
  try {
    const entry = JSON.parse(value) as Partial<JournalEntry>;
    const isEntry =
      typeof entry.root === 'string' &&
      typeof entry.path === 'string' &&
      typeof entry.text === 'string' &&
      typeof entry.savedAt === 'string' &&
      (entry.baseVersion === null || typeof entry.baseVersion === 'object');
    return isEntry ? (entry as JournalEntry) : null;
  } catch {
    return null;
  }
}
