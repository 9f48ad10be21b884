import type { ExportFileOp, ExportPlan, ExportWarning, Language } from '../../../core/api';
import { refusals } from '../export/plan-refusals';
import { translator, type Translate } from './cli-i18n';
import { frontMatterReason } from './front-matter-text';
import { padDisplay } from './help';

/** Placeholders every warning sentence may use, so a missing detail never prints `{{...}}`. */
const blanks = Object.fromEntries(
  [
    'image',
    'permalink',
    'other',
    'path',
    'date',
    'fileDate',
    'frontMatterDate',
    'count',
    'value',
    'error',
    'field',
    'size',
    'limit',
    'fields',
    'format',
    'comments',
    'nulls',
    'numbers',
    'lines',
  ].map((name) => [name, '']),
);

/**
 * A warning's sentence in a language: in English the planner's own message, otherwise the `warnings` catalog's sentence for its code (and `details.variant` or
 * `details.context`), filled in from its details, as the app's export dialog says it.
 */
export function warningText(warning: ExportWarning, language: Language): string {
  if (language === 'en') {
    return warning.message;
  }
  const variant = warning.details?.['variant'];
  const key = typeof variant === 'string' ? `${warning.code}.${variant}` : `${warning.code}`;
  const t = translator(language);
  const reason =
    warning.code === 'front-matter-error' ? frontMatterReason(warning.details, t) : undefined;
  return t(`warnings:${key}`, {
    ...blanks,
    tags: '{{ }} / {% %}',
    ...warning.details,
    ...(reason === undefined ? {} : { error: reason }),
    defaultValue: warning.message,
  });
}

/**
 * An export plan as the CLI prints it, in a language: target, files, images, warnings (with the
 * fix to pass, if any), with its words from the `export:plan` catalog and the warnings' from
 * `warnings`. Paths, presets, URLs and warning codes stay as they are.
 */
export function planText(plan: ExportPlan, language: Language): string {
  const t = translator(language);
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
      lines.push(`  ${warning.code}: ${warning.postPath}: ${warningText(warning, language)}${fix}`);
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
