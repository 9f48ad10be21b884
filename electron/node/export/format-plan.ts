import type { ExportFileOp, ExportPlan, ExportWarning } from '../../../core/api';

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

/** A plan as the CLI prints it: target, files, images, warnings (with the fix to pass, if any). */
export function formatPlan(plan: ExportPlan): string {
  const lines = [`Export to ${plan.target.path} (${plan.target.preset})`];
  const refused = refusals(plan);
  if (refused.length > 0) {
    const posts = [...new Set(refused.map((warning) => warning.postPath))];
    lines.push(`  not exported: ${posts.join(', ')} (see the warnings below)`);
  } else if (plan.files.length === 0 && plan.assets.every((asset) => asset.kind === 'unchanged')) {
    lines.push('  nothing to write: the repository already has this version');
  }
  for (const file of plan.files) {
    const from = file.previousPath === undefined ? '' : ` (from ${file.previousPath})`;
    const foreign = file.isForeign ? `  [${foreignNote(plan, file)}: needs --replace]` : '';
    lines.push(`  ${file.kind.padEnd(7)} ${file.targetPath}${from}${foreign}`);
    lines.push(
      `          address on the blog: ${file.url ?? 'unknown (depends on the site configuration)'}`,
    );
    for (const image of file.removedImages ?? []) {
      lines.push(`  remove  ${image}  (image of its earlier export, no longer used)`);
    }
  }
  for (const asset of plan.assets) {
    const foreign =
      asset.isForeign === true ? '  [exists with other content: needs --replace]' : '';
    lines.push(`  image   ${asset.targetPath} <- ${asset.sourcePath} (${asset.kind})${foreign}`);
  }
  if (plan.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of plan.warnings) {
      const fix = warning.fix === undefined ? '' : `  [fix: --fix ${warning.fix}]`;
      lines.push(`  ${warning.code}: ${warning.postPath}: ${warning.message}${fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Why a post's file needs --replace, as its `foreign-file` warning tells it. */
function foreignNote(plan: ExportPlan, file: ExportFileOp): string {
  const warning = plan.warnings.find(
    (candidate) =>
      candidate.code === 'foreign-file' &&
      candidate.postPath === file.postPath &&
      candidate.details?.['path'] === file.targetPath,
  );
  const other = warning?.details?.['other'];
  if (typeof other === 'string') {
    return `written by Postwright for ${other}`;
  }
  return warning?.details?.['context'] === 'changed'
    ? 'changed in the repository since Postwright wrote it'
    : 'exists, not written by Postwright';
}
