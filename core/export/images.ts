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
const markdownImage =
  /!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const referenceDefinition = /^ {0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)/;
const htmlImage = /<img\b[^>]*?\ssrc\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** Finds image references outside code: `![](…)`, `[id]: …` to an image file, and `<img src>`. */
export function findImageRefs(scan: ScannedBody): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const segment of proseSegments(scan)) {
    const text = (scan.lines[segment.line] ?? '').slice(0, segment.end);
    markdownImage.lastIndex = segment.start;
    for (let match = markdownImage.exec(text); match !== null; match = markdownImage.exec(text)) {
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
    htmlImage.lastIndex = segment.start;
    for (let match = htmlImage.exec(text); match !== null; match = htmlImage.exec(text)) {
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
