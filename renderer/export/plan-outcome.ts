import type { ExportPlan } from '../../core/api';
import { sharedTargets, type SharedTarget } from '../../core/export/shared-targets';

/** What applying a plan would do with the user's Replace choices, said before Export is pressed. */
export interface PlanOutcome {
  /** Files two posts would be written to: such a plan is refused, so Export is off. */
  shared: SharedTarget[];
  /** Posts' files that exist, were not written by Postwright and are not replaced. */
  leftAlone: string[];
  /** How many files and images would be written. */
  writes: number;
}

/**
 * The outcome of applying `plan` with `replace`, decided as applying decides it: a foreign file is
 * written only when replaced, and an image only when a post that links it is written.
 */
export function planOutcome(plan: ExportPlan, replace: ReadonlySet<string>): PlanOutcome {
  const isWritten = (op: { isForeign?: boolean; targetPath: string }): boolean =>
    op.isForeign !== true || replace.has(op.targetPath);
  const left = plan.files.filter((file) => !isWritten(file));
  const leftPosts = new Set(left.map((file) => file.postPath));
  const images = plan.assets.filter(
    (asset) =>
      asset.kind !== 'unchanged' &&
      isWritten(asset) &&
      (asset.postPaths === undefined || asset.postPaths.some((post) => !leftPosts.has(post))),
  );
  return {
    shared: sharedTargets(
      plan.files.map((file) => ({ postPath: file.postPath, path: file.targetPath })),
    ),
    leftAlone: left.map((file) => file.targetPath),
    writes: plan.files.length - left.length + images.length,
  };
}
