import type { ExportFileOp, ExportPlan } from '../../../core/api';
import { refusals } from '../export/format-plan';
import type { Translate } from './cli-i18n';
import { padDisplay } from './help';

/**
 * An export plan as the CLI prints it, in the terminal's language: the same lines as
 * `formatPlan` (export/format-plan.ts, which prints it in English), with its words from the
 * `export:plan` catalog. Paths, presets, URLs and warning codes stay as they are; a warning's
 * sentence is the planner's English text (see the report of the CLI translation).
 */
export function planText(plan: ExportPlan, t: Translate): string {
  const kind = (name: string): string => padDisplay(t(`export:plan.kind.${name}`), 7);
  const lines = [t('export:plan.header', { path: plan.target.path, preset: plan.target.preset })];
  const refused = refusals(plan);
  if (refused.length > 0) {
    const posts = [...new Set(refused.map((warning) => warning.postPath))];
    lines.push(`  ${t('export:plan.notExported', { posts: posts.join(', ') })}`);
  } else if (plan.files.length === 0 && plan.assets.every((asset) => asset.kind === 'unchanged')) {
    lines.push(`  ${t('export:plan.nothingToWrite')}`);
  }
  const addressIndent = ' '.repeat(2 + 7 + 1);
  for (const file of plan.files) {
    const from =
      file.previousPath === undefined
        ? ''
        : ` ${t('export:plan.from', { path: file.previousPath })}`;
    const foreign = file.isForeign
      ? `  ${t('export:plan.needsReplace', { note: foreignNote(plan, file, t) })}`
      : '';
    lines.push(`  ${kind(file.kind)} ${file.targetPath}${from}${foreign}`);
    const url = file.url ?? t('export:plan.unknownAddress');
    lines.push(`${addressIndent}${t('export:plan.address', { url })}`);
    for (const image of file.removedImages ?? []) {
      lines.push(`  ${kind('remove')} ${t('export:plan.removeImage', { path: image })}`);
    }
  }
  for (const asset of plan.assets) {
    const foreign = asset.isForeign === true ? `  ${t('export:plan.imageExists')}` : '';
    const change = t(`export:plan.kind.${asset.kind}`);
    lines.push(
      `  ${kind('image')} ${asset.targetPath} <- ${asset.sourcePath} (${change})${foreign}`,
    );
  }
  if (plan.warnings.length > 0) {
    lines.push(t('export:plan.warnings'));
    for (const warning of plan.warnings) {
      const fix =
        warning.fix === undefined ? '' : `  ${t('export:plan.fix', { fix: warning.fix })}`;
      lines.push(`  ${warning.code}: ${warning.postPath}: ${warning.message}${fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Why a post's file needs --replace, as its `foreign-file` warning tells it. */
function foreignNote(plan: ExportPlan, file: ExportFileOp, t: Translate): string {
  const warning = plan.warnings.find(
    (candidate) =>
      candidate.code === 'foreign-file' &&
      candidate.postPath === file.postPath &&
      candidate.details?.['path'] === file.targetPath,
  );
  const other = warning?.details?.['other'];
  if (typeof other === 'string') {
    return t('export:plan.writtenFor', { other });
  }
  return warning?.details?.['context'] === 'changed'
    ? t('export:plan.changed')
    : t('export:plan.notOurs');
}
