import { findInlineMath } from './math';
import { proseSegments, type ScannedBody } from './markdown-scan';
import type { ExportPreset, FieldEdit } from './presets/types';
import type { RepoFacts } from './repo-facts';

/**
 * Front-matter switches a theme needs before it renders what the post holds. Chirpy loads
 * MathJax only with `math: true` and Mermaid only with `mermaid: true` (for speed), Hugo's Stack
 * math only with `math: true` (`hugoMathFlag`), NexT and
 * Butterfly their math engine only with theirs (`hexoMathFlag`): without them the blog shows raw
 * TeX and a code block. A key the post already has is left as written.
 */
export function themeFlagEdits(
  scan: ScannedBody,
  preset: ExportPreset,
  repo: RepoFacts,
  data: Readonly<Record<string, unknown>>,
): FieldEdit[] {
  const wanted: [string, boolean][] = [];
  if (
    preset.id.startsWith('jekyll') &&
    repo.jekyllTheme !== null &&
    /chirpy/i.test(repo.jekyllTheme)
  ) {
    wanted.push(['math', hasMath(scan)], ['mermaid', hasMermaid(scan)]);
  }
  if (preset.id.startsWith('hugo') && repo.hugoMathFlag !== null) {
    wanted.push([repo.hugoMathFlag, hasMath(scan)]);
  }
  if (preset.id === 'hexo' && repo.hexoMathFlag !== null) {
    wanted.push([repo.hexoMathFlag, hasMath(scan)]);
  }
  return wanted
    .filter(([key, needed]) => needed && data[key] === undefined)
    .map(([key]) => ({ op: 'set', key, value: { kind: 'boolean', text: 'true' } }));
}

/** Inline math, or display math (`$$`, `\[`) outside code. */
function hasMath(scan: ScannedBody): boolean {
  return (
    findInlineMath(scan).length > 0 ||
    proseSegments(scan).some((segment) => {
      const text = (scan.lines[segment.line] ?? '').slice(segment.start, segment.end);
      return text.includes('$$') || text.includes('\\[');
    })
  );
}

/** A fenced code block whose language is `mermaid`. */
function hasMermaid(scan: ScannedBody): boolean {
  return scan.codeBlocks.some(
    (block) =>
      block.kind === 'fence' &&
      /^\s*(?:`{3,}|~{3,})\s*mermaid\b/i.test(scan.lines[block.start] ?? ''),
  );
}
