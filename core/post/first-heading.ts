const fence = /^ {0,3}(`{3,}|~{3,})/;
const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Characters a heading, setext underline or fence line can start with (after ≤3 spaces). */
const interesting = new Set(['#', '=', '-', '`', '~']);

/**
 * The text of the first Markdown heading at or after `from` (ATX `# x` or setext), or null.
 *
 * Headings inside fenced code are skipped; inline markup is reduced to its text (`**a** [b](c)`
 * gives 'a b'). Lines that cannot matter are skipped without being copied (the index calls this
 * for every untitled post).
 */
export function firstHeading(text: string, from: number): string | null {
  let inFence: string | null = null;
  let previousStart = -1;
  let previousEnd = -1;
  for (let start = from; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text[end - 1] === '\r') {
      end--;
    }
    let first = start;
    while (first < end && first - start < 3 && text[first] === ' ') {
      first++;
    }
    if (!interesting.has(text[first] ?? '')) {
      if (inFence === null) {
        previousStart = start;
        previousEnd = end;
      }
      start = next;
      continue;
    }
    const line = text.slice(start, end);
    const fenceMatch = fence.exec(line);
    if (fenceMatch !== null) {
      const marker = fenceMatch[1] ?? '';
      if (inFence === null) {
        inFence = marker;
      } else if (marker.startsWith(inFence) && line.trim() === marker) {
        inFence = null;
      }
      previousStart = -1;
    } else if (inFence === null) {
      const heading = atx.exec(line);
      const title = (heading?.[1] ?? '').trim();
      if (title !== '') {
        return plainText(title);
      }
      const previous = previousStart === -1 ? '' : text.slice(previousStart, previousEnd);
      if (heading === null && setextUnderline.test(line) && isParagraphLine(previous)) {
        return plainText(previous.trim());
      }
      previousStart = start;
      previousEnd = end;
    }
    start = next;
  }
  return null;
}

function isParagraphLine(line: string): boolean {
  return (
    line.trim() !== '' &&
    !/^ {0,3}(?:[-*+>]|\d+[.)]|#|<|\||`{3}|~{3})/.test(line) &&
    !/^ {4}/.test(line)
  );
}

/** The text of inline Markdown: links and images give their text, emphasis and code lose their marks. */
function plainText(markdown: string): string {
  const text = withoutHeadingAttributes(
    withoutTags(
      withoutLinks(markdown)
        .replace(/`([^`]+)`/g, '$1')
        .replace(/(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        // Underscores emphasize only at word boundaries (snake_case stays).
        .replace(/(?<![\p{L}\p{N}])(__|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2'),
    ),
  ).trim();
  return text === '' ? markdown : text;
}

/**
 * `[text](url)` and `![alt](url)` → their text, as `/!?\[([^\]]*)\]\([^)]*\)/g` would, but
 * each `]` and `)` is searched once: that pattern scanned to the end from every `[` of `![![…`.
 */
function withoutLinks(text: string): string {
  let out = '';
  let done = 0;
  let close = -2;
  let paren = -2;
  let open = text.indexOf('[');
  while (open !== -1) {
    if (close < open) {
      close = text.indexOf(']', open + 1);
    }
    if (close === -1) {
      break;
    }
    if (text[close + 1] === '(') {
      if (paren < close + 2) {
        paren = text.indexOf(')', close + 2);
      }
      if (paren === -1) {
        break;
      }
      const start = open > done && text[open - 1] === '!' ? open - 1 : open;
      out += text.slice(done, start) + text.slice(open + 1, close);
      done = paren + 1;
      open = text.indexOf('[', done);
      continue;
    }
    open = text.indexOf('[', open + 1);
  }
  return out + text.slice(done);
}

/** Drops HTML tags, as `/<\/?[A-Za-z][^>]*>/g` would, searching each `>` once. */
function withoutTags(text: string): string {
  let out = '';
  let done = 0;
  let close = -2;
  let open = text.indexOf('<');
  while (open !== -1) {
    const name = text[open + 1] === '/' ? open + 2 : open + 1;
    if (/^[A-Za-z]$/.test(text[name] ?? '')) {
      if (close < name) {
        close = text.indexOf('>', name + 1);
      }
      if (close === -1) {
        break;
      }
      out += text.slice(done, open);
      done = close + 1;
      open = text.indexOf('<', done);
      continue;
    }
    open = text.indexOf('<', open + 1);
  }
  return out + text.slice(done);
}

/**
 * Drops kramdown / Hugo heading attributes at the end (`# Title {#id .class}`), as
 * `/\s*\{[#.][^}]*\}\s*$/` would (the caller trims), without retrying from every blank.
 */
function withoutHeadingAttributes(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith('}')) {
    return text;
  }
  let open = end.indexOf('{', end.lastIndexOf('}', end.length - 2) + 1);
  while (open !== -1 && open < end.length - 1) {
    if (end[open + 1] === '#' || end[open + 1] === '.') {
      return end.slice(0, open);
    }
    open = end.indexOf('{', open + 1);
  }
  return text;
}
