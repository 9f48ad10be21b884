import type { ExportWarning, WorkspacePath } from '../api';
import type { ExportRecord } from './export-state';
import type { PostPlan } from './plan-post';
import type { PlanSnapshot } from './snapshot';

/** What becomes of the images a post's earlier export wrote that its new export does not. */
export interface OldImages {
  /** Removed with the post's old copy. */
  removed: { path: string; hash: string }[];
  /** Left in the repository, each with why. */
  warnings: ExportWarning[];
}

/**
 * The images of a post's earlier export that its new plan no longer writes (a new slug moved them,
 * or the post stopped linking them).
 *
 * They are removed only with a renamed post's old copy, and only when Postwright wrote them, they
 * are unchanged since and no other post uses them; any other is left where it is, and said so:
 * a page of the site may still link an image the post no longer does.
 */
export function oldImagesOf(
  plan: PostPlan,
  record: ExportRecord | undefined,
  usedElsewhere: (path: string, postPath: WorkspacePath) => boolean,
  snapshot: PlanSnapshot,
): OldImages {
  const result: OldImages = { removed: [], warnings: [] };
  if (record === undefined || plan.file === null || plan.unchanged) {
    return result;
  }
  const now = new Set(plan.images.map((image) => image.targetPath));
  const isRename = plan.file.kind === 'rename';
  for (const [path, hash] of Object.entries(record.assets)) {
    if (now.has(path)) {
      continue;
    }
    const current = snapshot.repoAsset(path);
    if (current === undefined || current === null || current === 'outside') {
      // Not gathered yet (planned again once it is), or already gone: nothing to say.
      continue;
    }
    const variant = usedElsewhere(path, plan.postPath)
      ? 'shared'
      : current.hash !== hash
        ? 'changed'
        : isRename
          ? null
          : 'unlinked';
    if (variant === null) {
      result.removed.push({ path, hash });
      continue;
    }
    result.warnings.push({
      code: 'left-behind-image',
      postPath: plan.postPath,
      message: `${path}, an image of this post's earlier export, stays in the repository: ${reasons[variant]}.`,
      details: { path, variant },
    });
  }
  return result;
}

const reasons = {
  shared: 'another post uses it',
  changed: 'it was changed in the repository since Postwright wrote it',
  unlinked:
    'the post no longer links it, but another page of the site may; remove it yourself if not',
};
