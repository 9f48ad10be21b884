import type { ScannedBody } from './markdown-scan';

/** A piece of code Jekyll's Liquid would try to run. */
export interface LiquidInCode {
  /** 0-based body line where the code starts. */
  line: number;
  kind: 'block' | 'inline';
  /** For inline code: the span's columns; for a block: its lines `[start, end)`. */
  start: number;
  end: number;
}

const liquidTag = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
const rawTag = /\{%-?\s*(end)?raw\s*-?%\}/;

/**
 * Finds code blocks and inline code containing `{{ }}` or `{% %}` outside `{% raw %}`.
 *
 * Liquid runs before Markdown, so code is no protection: Jekyll would evaluate (or choke on) it.
 */
export function findLiquidInCode(scan: ScannedBody): LiquidInCode[] {
  const raw = rawLines(scan.lines);
  const found: LiquidInCode[] = [];
  for (const block of scan.codeBlocks) {
    for (let line = block.start; line < block.end; line++) {
      if (!raw[line] && hasLiquid(scan.lines[line] ?? '')) {
        found.push({ line: block.start, kind: 'block', start: block.start, end: block.end });
        break;
      }
    }
  }
  scan.inlineCode.forEach((spans, line) => {
    for (const [start, end] of spans) {
      const before = (scan.lines[line] ?? '').slice(0, start);
      const insideRaw = raw[line] === true || /\{%-?\s*raw\s*-?%\}\s*$/.test(before);
      if (!insideRaw && hasLiquid((scan.lines[line] ?? '').slice(start, end))) {
        found.push({ line, kind: 'inline', start, end });
      }
    }
  });
  return found.sort((a, b) => (a.line !== b.line ? a.line - b.line : a.start - b.start));
}

function hasLiquid(text: string): boolean {
  for (const match of text.matchAll(liquidTag)) {
    if (!rawTag.test(match[0])) {
      return true;
    }
  }
  return false;
}

/** For each line, whether it lies wholly inside a `{% raw %}…{% endraw %}` region. */
function rawLines(lines: string[]): boolean[] {
  let inside = false;
  return lines.map((line) => {
    const startsInside = inside;
    let lastTag: boolean | null = null;
    for (const match of line.matchAll(/\{%-?\s*(end)?raw\s*-?%\}/g)) {
      lastTag = match[1] === undefined;
    }
    if (lastTag !== null) {
      inside = lastTag;
    }
    // A line that opens raw before its code counts as inside when it ends inside.
    return startsInside || inside;
  });
}

/** Wraps every offending block in `{% raw %}` lines and every inline span in raw tags. */
export function wrapLiquidRaw(scan: ScannedBody): string {
  const found = findLiquidInCode(scan);
  const lines = scan.lines.slice();
  // Right to left, so earlier positions stay valid.
  for (const item of found.slice().reverse()) {
    if (item.kind === 'inline') {
      const line = lines[item.line] ?? '';
      lines[item.line] =
        `${line.slice(0, item.start)}{% raw %}${line.slice(item.start, item.end)}{% endraw %}${line.slice(item.end)}`;
    } else {
      const first = lines[item.start] ?? '';
      const indent = /^[ \t]*/.exec(first)?.[0] ?? '';
      // Keep the file's line endings: lines split on \n still carry their \r.
      const cr = first.endsWith('\r') ? '\r' : '';
      lines.splice(item.end, 0, `${indent}{% endraw %}${cr}`);
      lines.splice(item.start, 0, `${indent}{% raw %}${cr}`);
    }
  }
  return lines.join('\n');
}
