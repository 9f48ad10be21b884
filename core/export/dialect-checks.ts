import type { ExportFixId, ExportWarning, WorkspacePath } from '../api';
import { findLiquidInCode, findLiquidInText, wrapLiquidRaw } from './liquid';
import { convertInlineMath, findInlineMath, hasBareUnderscore } from './math';
import { scanBody, type ScannedBody } from './markdown-scan';
import type { ExportPreset } from './presets/types';
import type { RepoFacts } from './repo-facts';

/** A template language the generator runs over the whole post, code included, before Markdown. */
export interface TemplateEngine {
  generator: 'Jekyll' | 'Eleventy';
  language: 'Liquid' | 'Nunjucks';
}

/**
 * The template language that runs over this post: Jekyll's Liquid, or Eleventy's
 * `markdownTemplateEngine` unless the post's `templateEngineOverride` names neither; else null.
 */
export function templateEngineOf(
  preset: ExportPreset,
  repo: RepoFacts,
  data: Record<string, unknown>,
): TemplateEngine | null {
  if (preset.id !== 'eleventy') {
    return preset.dialect.liquid ? { generator: 'Jekyll', language: 'Liquid' } : null;
  }
  const override = data.templateEngineOverride;
  const language =
    typeof override !== 'string'
      ? repo.eleventyTemplateEngine
      : /\bnjk\b/.test(override)
        ? 'Nunjucks'
        : /\bliquid\b/.test(override)
          ? 'Liquid'
          : null;
  return language === null ? null : { generator: 'Eleventy', language };
}

/** Applies the fixes the user chose, for the dialects they matter in. */
export function applyFixes(
  body: string,
  fixes: readonly ExportFixId[],
  preset: ExportPreset,
  engine: TemplateEngine | null,
): string {
  let result = body;
  if (fixes.includes('wrap-liquid-raw') && engine !== null) {
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

/** How many line numbers a warning names before it says "…". */
const maxNamedLines = 12;

/** Liquid in code and in the text, and inline math the blog would not render as written. */
export function dialectWarnings(
  scan: ScannedBody,
  preset: ExportPreset,
  postPath: WorkspacePath,
  bodyStartLine: number,
  engine: TemplateEngine | null,
): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const { dialect } = preset;
  if (engine !== null) {
    const runs = `${engine.generator} would run as ${engine.language}`;
    // Jekyll's texts are the catalog's plain ones; Eleventy's name the language (i18next context).
    const eleventy = engine.generator === 'Eleventy';
    const liquid = findLiquidInCode(scan);
    if (liquid.length > 0) {
      warnings.push({
        code: 'liquid-in-code',
        postPath,
        message: `Code contains {{ }} or {% %}, which ${runs} (${liquid.length} place(s)); wrap it in {% raw %}.`,
        details: {
          line: bodyStartLine + (liquid[0]?.line ?? 0),
          count: liquid.length,
          ...(eleventy ? { engine: engine.language, context: 'eleventy' } : {}),
        },
        fix: 'wrap-liquid-raw',
      });
    }
    const inText = findLiquidInText(scan);
    if (inText.length > 0) {
      const lines = [...new Set(inText.map((item) => bodyStartLine + item.line))];
      const named =
        lines.length > maxNamedLines
          ? `${lines.slice(0, maxNamedLines).join(', ')}…`
          : lines.join(', ');
      warnings.push({
        code: 'liquid-in-code',
        postPath,
        message: eleventy
          ? `Text outside code contains {{ }} or {% %} on line(s) ${named}, which ${runs}: right for Eleventy's own shortcodes, but another generator's tags (Hugo shortcodes, Hexo tags) disappear or fail the build; wrap those in {% raw %}.`
          : `Text outside code contains {{ }} or {% %} on line(s) ${named} (Hugo shortcodes or template code?), which ${runs}: the text disappears or the build fails; wrap it in {% raw %}.`,
        // `context` picks the catalog's `liquid-in-code_outside-code` text (i18next contexts).
        details: {
          line: lines[0] ?? bodyStartLine,
          count: inText.length,
          lines: named,
          ...(eleventy ? { engine: engine.language } : {}),
          context: eleventy ? 'eleventy-outside-code' : 'outside-code',
        },
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
