import { proseSegments, type ScannedBody } from './markdown-scan';

/** One image reference in the body: where its URL sits, so it can be rewritten in place. */
export interface ImageRef {
  line: number;
  /** Columns `[start, end)` of the destination as written (angle brackets included). */
  start: number;
  end: number;
  /** The destination as written, without angle brackets. */
  url: string;
  syntax: 'markdown' | 'reference' | 'html';
  /** For `![alt](…)`: the whole image's columns and its alt text. */
  whole?: { start: number; end: number; alt: string };
}

/** Where a link points, for the export. */
export type LinkTarget =
  | { kind: 'remote' }
  /** Relative to the post's folder, or to the workspace root (`/images/x.png`): a workspace path. */
  | { kind: 'local'; workspacePath: string; siteRootPath: string | null }
  /** Leaves the workspace, or is an absolute file-system path: never read. */
  | { kind: 'unsafe'; reason: string };

const imageExtensions = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|ico|tiff?)$/i;
/** What follows an image's alt text: `](dest "title")`. */
const imageTail =
  /\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/y;
const referenceDefinition = /^ {0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)/;
const imgOpening = /<img\b/gi;
const srcAttribute = /\ssrc\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/iy;

/** Finds image references outside code: `![](…)`, `[id]: …` to an image file, and `<img src>`. */
export function findImageRefs(scan: ScannedBody): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const segment of proseSegments(scan)) {
    const text = (scan.lines[segment.line] ?? '').slice(0, segment.end);
    const images = markdownImages(text, segment.start);
    for (let match = images.next(); match !== null; match = images.next()) {
      const dest = match[1] ?? '';
      const start = match.index + match[0].indexOf(dest, match[0].indexOf(']('));
      refs.push({
        ...makeRef(segment.line, start, dest, 'markdown'),
        whole: {
          start: match.index,
          end: match.index + match[0].length,
          alt: match[0].slice(2, match[0].indexOf('](')),
        },
      });
    }
    const tags = htmlImages(text, segment.start);
    for (let match = tags.next(); match !== null; match = tags.next()) {
      const quoted = match[1] ?? '';
      const value = match[2] ?? match[3] ?? match[4] ?? '';
      const start =
        match.index + match[0].length - quoted.length + (match[4] === undefined ? 1 : 0);
      refs.push({
        line: segment.line,
        start,
        end: start + value.length,
        url: value,
        syntax: 'html',
      });
    }
    if (segment.start === 0) {
      const def = referenceDefinition.exec(text);
      const dest = def?.[1];
      if (
        def !== null &&
        dest !== undefined &&
        imageExtensions.test(unbracket(dest).split(/[?#]/)[0] ?? '')
      ) {
        refs.push(makeRef(segment.line, def[0].length - dest.length, dest, 'reference'));
      }
    }
  }
  return refs;
}

/** A match as the callers read it: the whole text, where it starts, and its groups. */
interface Found {
  0: string;
  index: number;
  [group: number]: string | undefined;
}

/**
 * `![alt](dest "title")` left to right from `from`, as the single pattern
 * `/!\[(?:[^\]\\]|\\.)*\](…)/g` found them. The alt's closing `]` is searched once for all the
 * openers before it: that pattern scanned to the end again from each `![` of `![![![…`.
 */
function markdownImages(text: string, from: number): { next: () => Found | null } {
  let position = from;
  return {
    next: () => {
      let open = text.indexOf('![', position);
      while (open !== -1) {
        const close = altEnd(text, open + 2);
        imageTail.lastIndex = close;
        const tail = close < text.length ? imageTail.exec(text) : null;
        if (tail !== null) {
          position = imageTail.lastIndex;
          return { 0: text.slice(open, position), 1: tail[1], index: open };
        }
        // Every opener before `close` ends its alt there, so none of them matches either.
        open = text.indexOf('![', close);
      }
      position = text.length;
      return null;
    },
  };
}

/** The first `]` from `from` not escaped by `\`; a `\` before a line break or the end stops. */
function altEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === ']') {
      return at;
    }
    if (char === '\\') {
      if (at + 1 >= text.length || /[\n\r\u2028\u2029]/.test(text[at + 1] ?? '')) {
        return at;
      }
      at++;
    }
  }
  return text.length;
}

/**
 * `<img … src=…>` left to right from `from`, as `/<img\b[^>]*?\ssrc\s*=\s*(…)/gi` found them.
 * The `src` is looked for once for all the `<img` openers before the next `>`: that pattern
 * scanned to the `>` (or the end) again from each `<img` of `<img <img <img …`.
 */
function htmlImages(text: string, from: number): { next: () => Found | null } {
  const opening = new RegExp(imgOpening.source, imgOpening.flags);
  const src = new RegExp(srcAttribute.source, srcAttribute.flags);
  opening.lastIndex = from;
  // The first `src` and `>` found so far: each is searched again only once an opener passes it.
  let found = -1;
  let stop = -2;
  return {
    next: () => {
      for (let open = opening.exec(text); open !== null; open = opening.exec(text)) {
        const start = open.index + open[0].length;
        if (start > found) {
          found = firstSrc(text, start, src);
        }
        if (found === text.length) {
          return null;
        }
        if (stop !== -1 && stop < start) {
          stop = text.indexOf('>', start);
        }
        // `[^>]*?` cannot pass a `>`: a `src` after it belongs to no tag opened here.
        if (stop !== -1 && stop < found) {
          continue;
        }
        src.lastIndex = found;
        const match = src.exec(text);
        if (match !== null) {
          opening.lastIndex = src.lastIndex;
          return {
            0: text.slice(open.index, src.lastIndex),
            1: match[1],
            2: match[2],
            3: match[3],
            4: match[4],
            index: open.index,
          };
        }
      }
      return null;
    },
  };
}

/** Where the first `src=…` at or after `from` starts (before any `>` or not), or the text's end. */
function firstSrc(text: string, from: number, src: RegExp): number {
  for (let at = from; at < text.length; at++) {
    if (/\s/.test(text[at] ?? '')) {
      src.lastIndex = at;
      if (src.test(text)) {
        return at;
      }
    }
  }
  return text.length;
}

function makeRef(line: number, start: number, dest: string, syntax: ImageRef['syntax']): ImageRef {
  return { line, start, end: start + dest.length, url: unbracket(dest), syntax };
}

function unbracket(dest: string): string {
  return dest.startsWith('<') && dest.endsWith('>') ? dest.slice(1, -1) : dest;
}

/**
 * Resolves a link the post wrote against the post's workspace path.
 *
 * Site-root links (`/images/x.png`) resolve from the workspace root, as the preview shows them;
 * `..` that climbs above the root, Windows drive or UNC paths and `file:` URLs are unsafe.
 */
export function resolveLink(url: string, postPath: string): LinkTarget {
  const trimmed = url.trim();
  if (/^[a-zA-Z]:[\\/]|^\\\\|^file:/i.test(trimmed) || trimmed.includes('\0')) {
    return { kind: 'unsafe', reason: 'absolute file-system path' };
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\/|^#|\{\{|\{%/.test(trimmed) || trimmed === '') {
    return { kind: 'remote' };
  }
  // A browser (and a generator's server) reads the link this way: the query and the fragment are
  // cut off first, then each name is percent-decoded (`e%23f.png` is `e#f.png`). A `%` that
  // starts no escape stays a `%`, as browsers keep it.
  const raw = trimmed.split(/[?#]/)[0] ?? '';
  const names = raw.split('/').map(decodeName);
  if (names.some((name) => name.includes('/'))) {
    return { kind: 'unsafe', reason: 'a slash written as %2F inside a name' };
  }
  const decoded = names.join('/');
  if (decoded.includes('\\')) {
    return { kind: 'unsafe', reason: 'backslash in path' };
  }
  if (decoded.includes('\0')) {
    return { kind: 'unsafe', reason: 'absolute file-system path' };
  }
  const isSiteRoot = decoded.startsWith('/');
  const base = isSiteRoot ? [] : postPath.split('/').slice(0, -1);
  const parts: string[] = [...base];
  for (const part of names) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..') {
      if (parts.length === 0) {
        return { kind: 'unsafe', reason: 'outside the workspace' };
      }
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0) {
    return { kind: 'unsafe', reason: 'not a file' };
  }
  const workspacePath = parts.join('/');
  return { kind: 'local', workspacePath, siteRootPath: isSiteRoot ? workspacePath : null };
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    // Only the well-formed escapes are decoded (`100%-sure%20.png` is `100%-sure .png`).
    return name.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
      try {
        return decodeURIComponent(escapes);
      } catch {
        return escapes;
      }
    });
  }
}

/**
 * A file name as it must be written in a link so that the browser, decoding it, asks for that
 * file: `%`, `#` and `?` (and spaces) would otherwise be read as an escape, a fragment, a query.
 */
export function encodeLinkName(name: string): string {
  return name.replace(/[%#?\s]/g, (char) => encodeURIComponent(char));
}

/** A link destination written so Markdown reads it back whole (spaces need angle brackets). */
export function markdownDestination(link: string, syntax: ImageRef['syntax']): string {
  if (syntax === 'html') {
    return link.replace(/"/g, '%22');
  }
  return /[\s()<>]/.test(link) ? `<${link.replace(/[<>]/g, encodeURIComponent)}>` : link;
}

/** Applies column replacements to lines, right to left so earlier columns stay valid. */
export function applyLineEdits(
  lines: string[],
  edits: { line: number; start: number; end: number; text: string }[],
): string[] {
  const result = lines.slice();
  const sorted = edits
    .slice()
    .sort((a, b) => (b.line !== a.line ? b.line - a.line : b.start - a.start));
  for (const edit of sorted) {
    const line = result[edit.line] ?? '';
    result[edit.line] = line.slice(0, edit.start) + edit.text + line.slice(edit.end);
  }
  return result;
}
