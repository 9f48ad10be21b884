const fence = /^ {0,3}(`{3,}|~{3,})/;
const atxOpening = /^ {0,3}#{1,6}(?=[ \t]|$)/;
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
      const heading = atxText(line);
      const title = (heading ?? '').trim();
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

/**
 * The text of an ATX heading line without its closing `#`s, as
 * `/^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/` captured it; null for other lines. Steps,
 * not that pattern: its lazy text rescanned a blank run once per character (`# a`, blanks, `b`).
 */
function atxText(line: string): string | null {
  const opening = atxOpening.exec(line);
  if (opening === null || /[\n\r\u2028\u2029]/.test(line)) {
    return null;
  }
  let start = opening[0].length;
  if (start === line.length) {
    return '';
  }
  while (start < line.length && isBlank(line[start])) {
    start++;
  }
  let end = line.length;
  while (end > start && isBlank(line[end - 1])) {
    end--;
  }
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') {
    hashes--;
  }
  if (hashes < end && hashes > start && isBlank(line[hashes - 1])) {
    end = hashes;
    while (end > start && isBlank(line[end - 1])) {
      end--;
    }
  }
  return line.slice(start, end);
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
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
  // Underscores emphasize only at word boundaries (snake_case stays).
  const text = withoutHeadingAttributes(
    withoutTags(
      withoutEmphasis(
        withoutEmphasis(
          withoutLinks(markdown).replace(/`([^`]+)`/g, '$1'),
          ['**', '*', '~~'],
          false,
        ),
        ['__', '_'],
        true,
      ),
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

/**
 * Unwraps `**a**`, `*a*`, `~~a~~` (or, at word boundaries, `__a__`, `_a_`) left to right, as
 * `/(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1/g` (and its underscore twin) did. Each opener looks up its
 * first closer in a list made once: the lazy pattern scanned the line again from every opener
 * without a closer (`*a *a *a …`).
 */
function withoutEmphasis(text: string, markers: readonly string[], wordBound: boolean): string {
  const closers = markers.map((marker) => closerPositions(text, marker, wordBound));
  const breaks = positionsOf(text, /[\n\r\u2028\u2029]/g);
  let out = '';
  let done = 0;
  let at = 0;
  while (at < text.length) {
    const found = markers.findIndex((marker, index) => {
      if (!text.startsWith(marker, at) || !/\S/.test(text[at + marker.length] ?? ' ')) {
        return false;
      }
      if (wordBound && isWordChar(codePointBefore(text, at))) {
        return false;
      }
      const close = firstAtOrAfter(closers[index] ?? [], at + marker.length + 1);
      return close !== undefined && (firstAtOrAfter(breaks, at) ?? Infinity) > close;
    });
    const marker = markers[found];
    if (marker === undefined) {
      at++;
      continue;
    }
    const close = firstAtOrAfter(closers[found] ?? [], at + marker.length + 1) ?? at;
    out += text.slice(done, at) + text.slice(at + marker.length, close);
    done = close + marker.length;
    at = done;
  }
  return out + text.slice(done);
}

/** Where `marker` can close emphasis: after a non-blank (and, at word bounds, before no letter). */
function closerPositions(text: string, marker: string, wordBound: boolean): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(marker, 1); at !== -1; at = text.indexOf(marker, at + 1)) {
    const afterOk = !wordBound || !isWordChar(text.codePointAt(at + marker.length));
    if (/\S/.test(text[at - 1] ?? ' ') && afterOk) {
      found.push(at);
    }
  }
  return found;
}

function positionsOf(text: string, pattern: RegExp): number[] {
  return Array.from(text.matchAll(pattern), (match) => match.index);
}

/** The first sorted position at or after `from` (binary search). */
function firstAtOrAfter(sorted: readonly number[], from: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? Infinity) < from) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return sorted[low];
}

function codePointBefore(text: string, at: number): number | undefined {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return at < 1 ? undefined : text.codePointAt(pair ? at - 2 : at - 1);
}

function isWordChar(codePoint: number | undefined): boolean {
  return codePoint !== undefined && /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint));
}
