import { useCallback, useEffect, useState } from 'react';
import type { JournalEntry, PostwrightApi } from '../../core/api';
import { localCopies } from '../document/local-copies';

/** Unsaved text from a crash, offered one post at a time. */
export interface JournalRecovery {
  current: JournalEntry | null;
  restore: () => JournalEntry | null;
  discard: () => void;
  later: () => void;
}

/**
 * Lists the journal of this workspace on start, with the copies of unsaved text kept in the
 * browser (when the backend could not be reached), and walks the user through each entry.
 */
export function useJournalRecovery(api: PostwrightApi, root: string | null): JournalRecovery {
  const [queue, setQueue] = useState<JournalEntry[]>([]);

  useEffect(() => {
    if (root === null) {
      return;
    }
    let isCurrent = true;
    const journal = api
      .listJournal({})
      .then((entries) => entries.filter((entry) => entry.root === root))
      .catch(() => []);
    void Promise.all([journal, unsavedLocalCopies(api, root)]).then(([entries, copies]) => {
      if (isCurrent) {
        setQueue(newestPerPost([...entries, ...copies]));
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [api, root]);

  const current = queue[0] ?? null;
  const next = useCallback(() => setQueue((entries) => entries.slice(1)), []);
  const discard = useCallback(() => {
    if (current !== null) {
      localCopies.remove(current.root, current.path);
      api.discardJournal({ path: current.path }).catch(() => undefined);
    }
    next();
  }, [api, current, next]);
  const restore = useCallback(() => {
    next();
    return current;
  }, [current, next]);
  return { current, restore, discard, later: next };
}

/**
 * The browser's copies that still hold text the disk does not have. A copy kept while the page
 * closed may have been saved by the last request after all: it is dropped, not offered.
 */
async function unsavedLocalCopies(api: PostwrightApi, root: string): Promise<JournalEntry[]> {
  const copies = localCopies.list(root);
  const unsaved = await Promise.all(
    copies.map(async (copy) => {
      const post = await api.readPost({ path: copy.path }).catch(() => null);
      if (post !== null && post.text === copy.text) {
        localCopies.remove(root, copy.path);
        return null;
      }
      return copy;
    }),
  );
  return unsaved.filter((copy): copy is JournalEntry => copy !== null);
}

/** One entry per post: the journal and the browser may both hold one; the newer is offered. */
function newestPerPost(entries: JournalEntry[]): JournalEntry[] {
  const byPath = new Map<string, JournalEntry>();
  for (const entry of entries) {
    const known = byPath.get(entry.path);
    if (known === undefined || Date.parse(entry.savedAt) > Date.parse(known.savedAt)) {
      byPath.set(entry.path, entry);
    }
  }
  return [...byPath.values()];
}
