import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, PostwrightHost, WorkspaceInfo } from '../../core/api';
import { toApiError } from '../document/api-errors';

/** The open workspace (or why there is none) and a way to open another. */
export interface WorkspaceState {
  workspace: WorkspaceInfo | null;
  error: ApiError | null;
  open: (root: string) => Promise<ApiError | null>;
}

/**
 * Loads the workspace and follows `workspaceChanged` (another folder opened, settings edited).
 * `first`: a `getWorkspace` request already on its way, used instead of a new one at mount.
 */
export function useWorkspace(host: PostwrightHost, first?: Promise<WorkspaceInfo>): WorkspaceState {
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const firstRequest = useRef(first);

  useEffect(() => {
    let isCurrent = true;
    const unsubscribe = host.on('workspaceChanged', (info) => setWorkspace(info));
    const request = firstRequest.current ?? host.api.getWorkspace({});
    firstRequest.current = undefined;
    request
      .then((info) => {
        if (isCurrent) {
          setWorkspace(info);
        }
      })
      .catch((thrown: unknown) => {
        if (isCurrent) {
          setError(toApiError(thrown));
        }
      });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [host]);

  const open = useCallback(
    async (root: string): Promise<ApiError | null> => {
      try {
        setWorkspace(await host.api.openWorkspace({ root }));
        setError(null);
        return null;
      } catch (thrown) {
        return toApiError(thrown);
      }
    },
    [host],
  );

  return { workspace, error, open };
}
