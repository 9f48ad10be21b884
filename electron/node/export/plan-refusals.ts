import type { ExportPlan, ExportWarning } from '../../../core/api';

/**
 * The warnings that say a post is not exported at all (its front matter cannot be read, its date
 * is not a date, its file name cannot be written), for the posts the plan writes no file for.
 *
 * Such a post has no file in the plan, exactly like a post the repository already has: these
 * warnings are what tells the two apart. An `unsafe-path` about an image (`reason`) or a permalink
 * that was cleaned (`field`) leaves the post itself exported.
 */
export function refusals(plan: ExportPlan): ExportWarning[] {
  const written = new Set(plan.files.map((file) => file.postPath));
  return plan.warnings.filter(
    (warning) =>
      !written.has(warning.postPath) &&
      (warning.code === 'front-matter-error' ||
        warning.code === 'invalid-date' ||
        (warning.code === 'unsafe-path' &&
          warning.details?.['reason'] === undefined &&
          warning.details?.['field'] === undefined)),
  );
}
