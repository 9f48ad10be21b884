import { useCallback, useEffect, useState } from 'react';
import type { PostEntry, PostsChangedEvent, PostwrightHost, WorkspacePath } from '../../core/api';
import { toApiError } from '../document/api-errors';
import type { ApiError } from '../../core/api';

/** The workspace's posts, kept current by `postsChanged` events. */
export interface PostsState {
  entries: PostEntry[];
  isLoading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/** Applies one change event to the list (incrementally; the index sends only what changed). */
export function applyPostsChanged(
  entries: readonly PostEntry[],
  event: PostsChangedEvent,
): PostEntry[] {
  const gone = new Set<WorkspacePath>([
    ...event.removed,
    ...event.renamed.map((rename) => rename.from),
  ]);
  const updates = new Map<WorkspacePath, PostEntry>();
  for (const entry of [...event.added, ...event.changed]) {
    updates.set(entry.path, entry);
  }
  const next: PostEntry[] = [];
  for (const entry of entries) {
    if (gone.has(entry.path) && !updates.has(entry.path)) {
      continue;
    }
    const updated = updates.get(entry.path);
    next.push(updated ?? entry);
    updates.delete(entry.path);
  }
  next.push(...updates.values());
  return next;
}

/** Loads the post list and follows changes; `onRenamed` hears renames (to follow the open post). */
export function usePosts(
  host: PostwrightHost,
  workspaceKey: string | null,
  onRenamed: (from: WorkspacePath, to: WorkspacePath) => void,
): PostsState {
  const [entries, setEntries] = useState<PostEntry[]>([]);
  const [isLoading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (workspaceKey === null) {
      return;
    }
    let isCurrent = true;
    setLoading(true);
    // Subscribe first so nothing that happens while the list loads is missed.
    const queued: PostsChangedEvent[] = [];
    let isLoaded = false;
    const unsubscribe = host.on('postsChanged', (event) => {
      event.renamed.forEach((rename) => onRenamed(rename.from, rename.to));
      if (isLoaded) {
        setEntries((current) => applyPostsChanged(current, event));
      } else {
        queued.push(event);
      }
    });
    host.api
      .listPosts({})
      .then((list) => {
        if (!isCurrent) {
          return;
        }
        isLoaded = true;
        setEntries(queued.reduce(applyPostsChanged, list));
        setError(null);
      })
      .catch((thrown: unknown) => {
        if (isCurrent) {
          setError(toApiError(thrown));
        }
      })
      .finally(() => {
        if (isCurrent) {
          setLoading(false);
        }
      });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [host, workspaceKey, generation, onRenamed]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  // Events can be missed (a dropped event stream, a sleeping laptop): coming back to the window
  // lists the posts again, which the index answers from memory.
  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') {
        reload();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    // Serve mode replays missed events after a reconnect; when it cannot, it asks for a re-read.
    const stopResync = host.onResync?.(reload);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stopResync?.();
    };
  }, [host, reload]);
  return { entries, isLoading, error, reload };
}
