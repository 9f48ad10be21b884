import type { WorkspacePath } from '../api';
import { groupBy } from './group-by';

/** A repository file more than one post of a plan would write. */
export interface SharedTarget {
  path: string;
  postPaths: WorkspacePath[];
}

/**
 * The files two or more posts would be written to (letter case and Unicode form aside, as macOS
 * and Windows disks see them): such a plan cannot be applied, one post would replace the other.
 */
export function sharedTargets(
  writes: readonly { postPath: WorkspacePath; path: string }[],
): SharedTarget[] {
  const byFile = groupBy(writes, (write) => write.path.normalize('NFC').toLowerCase());
  const shared: SharedTarget[] = [];
  for (const group of byFile.values()) {
    const postPaths = [...new Set(group.map((write) => write.postPath))];
    const first = group[0];
    if (postPaths.length > 1 && first !== undefined) {
      shared.push({ path: first.path, postPaths });
    }
  }
  return shared;
}
