import { useCallback, useEffect, useState } from 'react';
import type { JournalEntry, PostwrightApi } from '../../core/api';

/** Unsaved text from a crash, offered one post at a time. */
export interface JournalRecovery {
  current: JournalEntry | null;
  restore: () => JournalEntry | null;
  discard: () => void;
  later: () => void;
}

/** Lists the journal of this workspace on start and walks the user through each entry. */
export function useJournalRecovery(api: PostwrightApi, root: string | null): JournalRecovery {
  const [queue, setQueue] = useState<JournalEntry[]>([]);

  useEffect(() => {
    if (root === null) {
      return;
    }
    let isCurrent = true;
    api
      .listJournal({})
      .then((entries) => {
        if (isCurrent) {
          setQueue(entries.filter((entry) => entry.root === root));
        }
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [api, root]);

  const current = queue[0] ?? null;
  const next = useCallback(() => setQueue((entries) => entries.slice(1)), []);
  const discard = useCallback(() => {
    if (current !== null) {
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
