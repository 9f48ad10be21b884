/** A repository file's text and hash. */
export interface RepoFileInfo {
  text: string;
  hash: string;
}

/** An image's hash and size. */
export interface AssetInfo {
  hash: string;
  size: number;
  /**
   * Set when the file is larger than export copies (the limit, in bytes): it was not read, so
   * `hash` is empty. It exists all the same, and is said to be too large, not missing.
   */
  limit?: number;
}

/**
 * What planning may look at, gathered by the runner.
 *
 * Every lookup answers `undefined` when the runner has not gathered it yet (planning records it as
 * missing and the runner gathers it and plans again), `null` when the file does not exist, and
 * `'outside'` when it resolves outside its root through a symbolic link.
 */
export interface PlanSnapshot {
  /** A text file of the target repository (relative path). */
  repoFile(path: string): RepoFileInfo | null | undefined;
  /** A binary file of the target repository. */
  repoAsset(path: string): AssetInfo | null | 'outside' | undefined;
  /** An image in the workspace (workspace path). */
  workspaceAsset(path: string): AssetInfo | null | 'outside' | undefined;
}

/** A lookup the runner still has to gather. */
export interface MissingLookup {
  kind: 'repoFile' | 'repoAsset' | 'workspaceAsset';
  path: string;
}

/** Wraps a snapshot so that every unanswered lookup is written down. */
export function recordingSnapshot(snapshot: PlanSnapshot): {
  snapshot: PlanSnapshot;
  missing: MissingLookup[];
} {
  const missing: MissingLookup[] = [];
  const seen = new Set<string>();
  const note = (kind: MissingLookup['kind'], path: string): void => {
    const key = `${kind}:${path}`;
    if (!seen.has(key)) {
      seen.add(key);
      missing.push({ kind, path });
    }
  };
  return {
    missing,
    snapshot: {
      repoFile: (path) => {
        const info = snapshot.repoFile(path);
        if (info === undefined) {
          note('repoFile', path);
        }
        return info;
      },
      repoAsset: (path) => {
        const info = snapshot.repoAsset(path);
        if (info === undefined) {
          note('repoAsset', path);
        }
        return info;
      },
      workspaceAsset: (path) => {
        const info = snapshot.workspaceAsset(path);
        if (info === undefined) {
          note('workspaceAsset', path);
        }
        return info;
      },
    },
  };
}
