import { proseSegments, type ScannedBody } from './markdown-scan';

/** A piece of code Jekyll's Liquid would try to run. */
export interface LiquidInCode {
  /** 0-based body line where the code starts. */
  line: number;
  kind: 'block' | 'inline';
  /** For inline code: the span's columns; for a block: its lines `[start, end)`. */
  start: number;
  end: number;
}

const rawTag = /\{%-?\s*(end)?raw\s*-?%\}/;

/**
 * Finds code blocks and inline code containing `{{ }}` or `{% %}` outside `{% raw %}`.
 *
 * Liquid runs before Markdown, so code is no protection: Jekyll would evaluate (or choke on) it.
 */
export function findLiquidInCode(scan: ScannedBody): LiquidInCode[] {
  const raw = rawRanges(scan.lines);
  const found: LiquidInCode[] = [];
  for (const block of scan.codeBlocks) {
    for (let line = block.start; line < block.end; line++) {
      if (hasLiquid(withoutRanges(scan.lines[line] ?? '', raw[line] ?? []))) {
        found.push({ line: block.start, kind: 'block', start: block.start, end: block.end });
        break;
      }
    }
  }
  scan.inlineCode.forEach((spans, line) => {
    for (const [start, end] of spans) {
      const insideRaw = (raw[line] ?? []).some(([from, to]) => from <= start && end <= to);
      if (!insideRaw && hasLiquid((scan.lines[line] ?? '').slice(start, end))) {
        found.push({ line, kind: 'inline', start, end });
      }
    }
  });
  return found.sort((a, b) => (a.line !== b.line ? a.line - b.line : a.start - b.start));
}

/** Liquid in the post's text (outside code): `{{ … }}` or `{% … %}`, a tag left open to the line's end. */
export interface LiquidInText {
  /** 0-based body line. */
  line: number;
  /** Columns `[start, end)` of the tag. */
  start: number;
  end: number;
}

const liquidOpener = /\{\{|\{%/g;
const hexoAssetTag = /^\{%-?\s*asset_(?:img|link|path)\s[\s\S]*%\}$/;

/**
 * Finds `{{ }}` and `{% %}` in prose, outside code and `{% raw %}`: Hugo shortcodes and template
 * snippets that Jekyll would run as Liquid (the text vanishes, or a strict build fails).
 *
 * A tag not closed on its line runs to the line's end: Liquid reads the opener, whatever follows.
 */
export function findLiquidInText(scan: ScannedBody): LiquidInText[] {
  const raw = rawRanges(scan.lines);
  const found: LiquidInText[] = [];
  for (const segment of proseSegments(scan)) {
    const line = scan.lines[segment.line] ?? '';
    const text = line.slice(0, segment.end);
    liquidOpener.lastIndex = segment.start;
    for (let match = liquidOpener.exec(text); match !== null; match = liquidOpener.exec(text)) {
      const start = match.index;
      const closer = text.indexOf(match[0] === '{{' ? '}}' : '%}', start + 2);
      const end = closer < 0 ? segment.end : closer + 2;
      const tag = line.slice(start, end);
      const inRaw = (raw[segment.line] ?? []).some(([from, to]) => from <= start && start < to);
      // Hexo's asset tags become Markdown links on export (see image-plan): not Liquid any more.
      if (!inRaw && !rawTag.test(tag) && !hexoAssetTag.test(tag)) {
        found.push({ line: segment.line, start, end });
      }
      liquidOpener.lastIndex = end;
    }
  }
  return found;
}

function hasLiquid(text: string): boolean {
  // Each `{{ … }}` / `{% … %}` left to right, as `/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g` finds
  // them, but each closer is searched once: that pattern scanned to the end from every `{{` of
  // a long `{{{{…` with no `}}`.
  const closers: Record<'}}' | '%}', number> = { '}}': -2, '%}': -2 };
  let at = text.indexOf('{');
  while (at !== -1 && at + 1 < text.length) {
    const second = text[at + 1];
    const closer = second === '{' ? '}}' : second === '%' ? '%}' : null;
    if (closer !== null) {
      if (closers[closer] !== -1 && closers[closer] < at + 2) {
        closers[closer] = text.indexOf(closer, at + 2);
      }
      const end = closers[closer];
      if (end !== -1) {
        if (!rawTag.test(text.slice(at, end + 2))) {
          return true;
        }
        at = text.indexOf('{', end + 2);
        continue;
      }
    }
    at = text.indexOf('{', at + 1);
  }
  return false;
}

/** For each line, the column ranges covered by `{% raw %}…{% endraw %}` (tags included); raw may span lines. */
function rawRanges(lines: string[]): [number, number][][] {
  let inside = false;
  return lines.map((line) => {
    const ranges: [number, number][] = [];
    let openedAt = 0;
    for (const match of line.matchAll(/\{%-?\s*(end)?raw\s*-?%\}/g)) {
      const opens = match[1] === undefined;
      if (opens && !inside) {
        openedAt = match.index;
      } else if (!opens && inside) {
        ranges.push([openedAt, match.index + match[0].length]);
      }
      inside = opens;
    }
    if (inside) {
      ranges.push([openedAt, line.length]);
    }
    return ranges;
  });
}

/** A line's text with the raw ranges cut out. */
function withoutRanges(line: string, ranges: [number, number][]): string {
  let kept = '';
  let from = 0;
  for (const [start, end] of ranges) {
    kept += line.slice(from, start);
    from = end;
  }
  return kept + line.slice(from);
}

/**
 * Wraps every offending block in `{% raw %}` lines, and every inline span and every tag in the
 * text in raw tags, so Jekyll shows them as written.
 */
export function wrapLiquidRaw(scan: ScannedBody): string {
  const found: (LiquidInCode | (LiquidInText & { kind: 'text' }))[] = [
    ...findLiquidInCode(scan),
    ...findLiquidInText(scan).map((item) => ({ ...item, kind: 'text' as const })),
  ].sort((a, b) => (a.line !== b.line ? a.line - b.line : a.start - b.start));
  const lines = scan.lines.slice();
  // Right to left, so earlier positions stay valid.
  for (const item of found.slice().reverse()) {
    if (item.kind === 'inline' || item.kind === 'text') {
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
