import { proseSegments, type ScannedBody } from './markdown-scan';

/** One inline math span in prose. */
export interface InlineMath {
  line: number;
  start: number;
  end: number;
  delimiter: 'dollar' | 'escaped-paren';
  content: string;
}

// Pandoc's rule: `$` followed by non-space, closed by `$` after non-space and not before a digit,
// so "costs $5 and $10" is not math.
const dollarMath = /(?<![\\$])\$(?![\s$])((?:\\.|[^$\\])+?)(?<![\s\\])\$(?![$\d])/g;
const parenMath = /\\\\\((.+?)\\\\\)/g;

/** Inline math written as `$…$` or `\\(…\\)`, outside code. */
export function findInlineMath(scan: ScannedBody): InlineMath[] {
  const found: InlineMath[] = [];
  for (const segment of proseSegments(scan)) {
    const text = (scan.lines[segment.line] ?? '').slice(0, segment.end);
    for (const [re, delimiter] of [
      [dollarMath, 'dollar'],
      [parenMath, 'escaped-paren'],
    ] as const) {
      re.lastIndex = segment.start;
      for (let match = re.exec(text); match !== null; match = re.exec(text)) {
        found.push({
          line: segment.line,
          start: match.index,
          end: match.index + match[0].length,
          delimiter,
          content: match[1] ?? '',
        });
      }
    }
  }
  return found.sort((a, b) => (a.line !== b.line ? a.line - b.line : a.start - b.start));
}

/** Whether math content has an `_` kramdown would read as emphasis (not already `\_`). */
export function hasBareUnderscore(content: string): boolean {
  return /(?<!\\)_/.test(content);
}

/** Escapes `_` (and `*`) so kramdown leaves them to MathJax. */
function escapeEmphasis(content: string): string {
  return content.replace(/(?<!\\)([_*])/g, '\\$1');
}

/**
 * Rewrites inline math so the blog renders it: `$…$` becomes `\\(…\\)` when `convertDollars`, and
 * `_`/`*` inside inline math are escaped when `escapeUnderscores` (kramdown).
 */
export function convertInlineMath(
  scan: ScannedBody,
  options: { convertDollars: boolean; escapeUnderscores: boolean },
): string {
  const lines = scan.lines.slice();
  for (const math of findInlineMath(scan).reverse()) {
    const content = options.escapeUnderscores ? escapeEmphasis(math.content) : math.content;
    const dollars = math.delimiter === 'dollar' && !options.convertDollars;
    const replacement = dollars ? `$${content}$` : `\\\\(${content}\\\\)`;
    const line = lines[math.line] ?? '';
    lines[math.line] = line.slice(0, math.start) + replacement + line.slice(math.end);
  }
  return lines.join('\n');
}
