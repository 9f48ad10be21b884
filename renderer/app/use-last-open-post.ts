import { useEffect, useRef } from 'react';
import type { UserSettings, WorkspacePath } from '../../core/api';

/** How many workspaces keep their last open post in the user settings. */
const maxRemembered = 50;

/** What {@link useLastOpenPost} follows. */
export interface LastOpenPostOptions {
  /** The workspace's root (null while none is open). */
  root: string | null;
  /** The post open in the editor. */
  openPath: WorkspacePath | null;
  remembered: UserSettings['lastOpenPosts'];
  update: (patch: Partial<UserSettings>) => void;
  /** Opens a remembered post if nothing else is open; a post that is gone opens nothing. */
  reopen: (path: WorkspacePath) => void;
}

/**
 * Reopens the post that was open when the workspace was last left, and remembers the open post
 * per workspace in the user settings.
 *
 * The post is read as soon as the workspace is known, alongside the post list rather than after
 * it: a post that no longer exists simply opens nothing.
 */
export function useLastOpenPost(options: LastOpenPostOptions): void {
  const { root, openPath, remembered, update, reopen } = options;
  const rememberedRef = useRef(remembered);
  rememberedRef.current = remembered;
  const reopenedRoot = useRef<string | null>(null);
  const lastOpenPath = useRef<WorkspacePath | null>(null);

  useEffect(() => {
    if (root === null || reopenedRoot.current === root) {
      return;
    }
    reopenedRoot.current = root;
    const path = rememberedRef.current?.[root];
    if (path !== undefined) {
      // After this commit's other effects: switching workspaces closes the old post first.
      queueMicrotask(() => reopen(path));
    }
  }, [root, reopen]);

  useEffect(() => {
    // Only a newly opened post is remembered: a root that changed while the old workspace's post
    // is still open (it closes right after) must not get that post.
    if (openPath === lastOpenPath.current) {
      return;
    }
    lastOpenPath.current = openPath;
    if (root === null || openPath === null) {
      return;
    }
    const current = rememberedRef.current ?? {};
    if (current[root] === openPath) {
      return;
    }
    // The latest workspace goes last; the oldest ones are forgotten beyond the limit.
    const next = Object.entries(current).filter(([key]) => key !== root);
    next.push([root, openPath]);
    update({ lastOpenPosts: Object.fromEntries(next.slice(-maxRemembered)) });
  }, [root, openPath, update]);
}
