import { useEffect, useRef } from 'react';
import type { PostEntry, UserSettings, WorkspacePath } from '../../core/api';

/** How many workspaces keep their last open post in the user settings. */
const maxRemembered = 50;

/** What {@link useLastOpenPost} follows. */
export interface LastOpenPostOptions {
  /** The workspace's root (null while none is open). */
  root: string | null;
  /** The post open in the editor. */
  openPath: WorkspacePath | null;
  entries: readonly PostEntry[];
  isLoading: boolean;
  /** Whether crash recovery offers unsaved text: that takes precedence over reopening. */
  isRecovering: boolean;
  remembered: UserSettings['lastOpenPosts'];
  update: (patch: Partial<UserSettings>) => void;
  open: (path: WorkspacePath) => void;
}

/**
 * Reopens the post that was open when the workspace was last left (if it still exists), and
 * remembers the open post per workspace in the user settings.
 */
export function useLastOpenPost(options: LastOpenPostOptions): void {
  const { root, openPath, entries, isLoading, isRecovering, remembered, update, open } = options;
  const rememberedRef = useRef(remembered);
  rememberedRef.current = remembered;
  // Per root: wait for the list to be loaded for this root (a stale list of the previous root
  // still shows right after a switch), then decide once.
  const phase = useRef<{ root: string | null; step: 'waiting' | 'loading' | 'done' }>({
    root: null,
    step: 'waiting',
  });

  useEffect(() => {
    if (phase.current.root !== root) {
      phase.current = { root, step: isLoading ? 'loading' : 'waiting' };
    }
    if (root === null || phase.current.step === 'done') {
      return;
    }
    if (isLoading) {
      phase.current.step = 'loading';
      return;
    }
    if (phase.current.step !== 'loading') {
      return;
    }
    phase.current.step = 'done';
    const path = rememberedRef.current?.[root];
    if (
      path !== undefined &&
      openPath === null &&
      !isRecovering &&
      entries.some((entry) => entry.path === path)
    ) {
      open(path);
    }
  }, [root, isLoading, entries, openPath, isRecovering, open]);

  useEffect(() => {
    if (root === null || openPath === null || phase.current.step !== 'done') {
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
