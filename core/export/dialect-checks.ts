import type { ExportFixId, ExportWarning, WorkspacePath } from '../api';
import { findLiquidInCode, wrapLiquidRaw } from './liquid';
import { convertInlineMath, findInlineMath, hasBareUnderscore } from './math';
import { scanBody, type ScannedBody } from './markdown-scan';
import type { ExportPreset } from './presets/types';

/** Applies the fixes the user chose, for the dialects they matter in. */
export function applyFixes(
  body: string,
  fixes: readonly ExportFixId[],
  preset: ExportPreset,
): string {
  let result = body;
  if (fixes.includes('wrap-liquid-raw') && preset.dialect.liquid) {
    result = wrapLiquidRaw(scanBody(result));
  }
  if (
    fixes.includes('convert-inline-math') &&
    (preset.dialect.dollarMathUnsupported || preset.dialect.kramdown)
  ) {
    result = convertInlineMath(scanBody(result), {
      convertDollars: preset.dialect.dollarMathUnsupported,
      escapeUnderscores: preset.dialect.kramdown,
    });
  }
  return result;
}

/** Liquid in code and inline math the blog would not render as written. */
export function dialectWarnings(
  scan: ScannedBody,
  preset: ExportPreset,
  postPath: WorkspacePath,
  bodyStartLine: number,
): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const { dialect } = preset;
  if (dialect.liquid) {
    const liquid = findLiquidInCode(scan);
    if (liquid.length > 0) {
      warnings.push({
        code: 'liquid-in-code',
        postPath,
        message: `Code contains {{ }} or {% %}, which Jekyll would run as Liquid (${liquid.length} place(s)); wrap it in {% raw %}.`,
        details: { line: bodyStartLine + (liquid[0]?.line ?? 0), count: liquid.length },
        fix: 'wrap-liquid-raw',
      });
    }
  }
  const math = findInlineMath(scan);
  const dollars = math.filter((item) => item.delimiter === 'dollar');
  if (dialect.dollarMathUnsupported && dollars.length > 0) {
    warnings.push({
      code: 'inline-math-dollars',
      postPath,
      message: `Inline math written as $…$ is not math with MathJax's defaults (${dollars.length} place(s)); convert it to \\\\(…\\\\).`,
      details: { line: bodyStartLine + (dollars[0]?.line ?? 0), count: dollars.length },
      fix: 'convert-inline-math',
    });
  }
  const underscores = math.filter((item) => hasBareUnderscore(item.content));
  if (dialect.kramdown && underscores.length > 0) {
    warnings.push({
      code: 'math-underscore',
      postPath,
      message: `kramdown turns _ inside inline math into emphasis (${underscores.length} place(s)); escape it as \\_.`,
      details: { line: bodyStartLine + (underscores[0]?.line ?? 0), count: underscores.length },
      fix: 'convert-inline-math',
    });
  }
  return warnings;
}
