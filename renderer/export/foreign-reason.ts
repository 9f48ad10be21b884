import type { ExportFileOp, ExportPlan } from '../../core/api';

/**
 * Why a post's file needs Replace, as its `foreign-file` warning tells it: the i18next context
 * (`other-post`, `changed`, or none: not written by Postwright) and the other post, if any.
 */
export function foreignReason(
  plan: ExportPlan,
  file: ExportFileOp,
): { context?: string; other?: string } {
  const details = plan.warnings.find(
    (warning) =>
      warning.code === 'foreign-file' &&
      warning.postPath === file.postPath &&
      warning.details?.['path'] === file.targetPath,
  )?.details;
  const context = details?.['context'];
  const other = details?.['other'];
  return {
    ...(typeof context === 'string' ? { context } : {}),
    ...(typeof other === 'string' ? { other } : {}),
  };
}
