import MarkdownIt from 'markdown-it';

/** A code block of the body: lines `[start, end)`, 0-based within the body. */
export interface CodeBlock {
  start: number;
  end: number;
  kind: 'fence' | 'indented';
}

/** A piece of one line outside any code: `[start, end)` columns. */
export interface ProseSegment {
  line: number;
  start: number;
  end: number;
}

/** A scanned body: its lines, code blocks, and the prose around them. */
export interface ScannedBody {
  lines: string[];
  codeBlocks: CodeBlock[];
  /** For each line, the inline code spans `[start, end)` (backticks included); [] in code blocks. */
  inlineCode: [number, number][][];
}

// The same CommonMark block parser the preview uses, so "inside code" means what the reader sees.
// Only block tokens are read: inline parsing (about half of the parse) is switched off.
const parser = new MarkdownIt({ html: true }).disable('inline');

/** Splits a body into lines and finds its fenced/indented code blocks and inline code spans. */
export function scanBody(body: string): ScannedBody {
  const lines = body.split('\n');
  const codeBlocks: CodeBlock[] = [];
  for (const token of parser.parse(body, {})) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map !== null) {
      codeBlocks.push({
        start: token.map[0],
        end: token.map[1],
        kind: token.type === 'fence' ? 'fence' : 'indented',
      });
    }
  }
  const inCode = new Set<number>();
  for (const block of codeBlocks) {
    for (let line = block.start; line < block.end; line++) {
      inCode.add(line);
    }
  }
  const inlineCode = lines.map((line, index) => (inCode.has(index) ? [] : findInlineCode(line)));
  return { lines, codeBlocks, inlineCode };
}

/** Whether a line is inside a code block. */
export function isCodeLine(scan: ScannedBody, line: number): boolean {
  return scan.codeBlocks.some((block) => line >= block.start && line < block.end);
}

/** The parts of every non-code line that are not inline code. */
export function proseSegments(scan: ScannedBody): ProseSegment[] {
  const segments: ProseSegment[] = [];
  scan.lines.forEach((text, line) => {
    if (isCodeLine(scan, line)) {
      return;
    }
    let from = 0;
    for (const [start, end] of scan.inlineCode[line] ?? []) {
      if (start > from) {
        segments.push({ line, start: from, end: start });
      }
      from = end;
    }
    if (from < text.length) {
      segments.push({ line, start: from, end: text.length });
    }
  });
  return segments;
}

/** Inline code spans of one line: a backtick run closed by a run of the same length. */
export function findInlineCode(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /(?<!`)(`+)(?!`)/g;
  let open: RegExpExecArray | null;
  while ((open = re.exec(line)) !== null) {
    if (open.index > 0 && line[open.index - 1] === '\\') {
      continue;
    }
    const fence = open[1] ?? '`';
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = open.index + fence.length;
    const found = close.exec(line);
    if (found === null) {
      continue;
    }
    spans.push([open.index, found.index + fence.length]);
    re.lastIndex = found.index + fence.length;
  }
  return spans;
}
