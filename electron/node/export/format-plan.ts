import type { ExportPlan } from '../../../core/api';

/** A plan as the CLI prints it: target, files, images, warnings (with the fix to pass, if any). */
export function formatPlan(plan: ExportPlan): string {
  const lines = [`Export to ${plan.target.path} (${plan.target.preset})`];
  if (plan.files.length === 0 && plan.assets.every((asset) => asset.kind === 'unchanged')) {
    lines.push('  nothing to write: the repository already has this version');
  }
  for (const file of plan.files) {
    const from = file.previousPath === undefined ? '' : ` (from ${file.previousPath})`;
    const foreign = file.isForeign ? '  [exists, not written by Postwright: needs --replace]' : '';
    lines.push(`  ${file.kind.padEnd(7)} ${file.targetPath}${from}${foreign}`);
    lines.push(
      `          address on the blog: ${file.url ?? 'unknown (depends on the site configuration)'}`,
    );
  }
  for (const asset of plan.assets) {
    const foreign =
      asset.isForeign === true ? '  [exists, not written by Postwright: needs --replace]' : '';
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
