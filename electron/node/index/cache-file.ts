import type { FrontMatterErrorInfo, PostEntry } from '../../../core/api';

/**
 * Bumped whenever the entry format or the way entries are read changes (here or in
 * `core/post/index-reader.ts`): old caches are then ignored and every post is read again. 5: front-
 * matter errors carry a reason code (translated in the UI), which entries of 4 lack. 6: a post's
 * date is also read from `pubDate`, `pubDatetime` or `publishDate` (`dateKeys`).
 */
export const cacheFormat = 6;

/**
 * An entry's fields in the order a cache row holds them. Rows instead of objects: 10,000 posts
 * make a 1.7 MB file instead of 2.7 MB, which reads and parses in ~10 ms instead of ~15 ms of a
 * ~65 ms reopen (decoding the UTF-8 of Chinese titles costs as much as the JSON parse).
 */
const rowFields = [
  'path',
  'title',
  'date',
  'draft',
  'tags',
  'categories',
  'permalink',
  'mtimeMs',
  'size',
  'frontMatterError',
] as const satisfies readonly (keyof PostEntry)[];

/** The cache file's text for the entries of `root`. */
export function encodeCache(root: string, entries: Iterable<PostEntry>): string {
  const rows = [...entries].map((entry) => rowFields.map((field) => entry[field]));
  return JSON.stringify({ format: cacheFormat, root, entries: rows });
}

/**
 * The entries of a cache file written for `root`; empty when the file is of another format or
 * root, or when any entry is malformed (a cache edited or cut short by hand must not hand the UI
 * an entry it cannot show). Throws on text that is not JSON.
 */
export function decodeCache(text: string, root: string): Map<string, PostEntry> {
  const cached = new Map<string, PostEntry>();
  const data = JSON.parse(text) as { format?: unknown; root?: unknown; entries?: unknown };
  if (data.format !== cacheFormat || data.root !== root || !Array.isArray(data.entries)) {
    return cached;
  }
  for (const row of data.entries as unknown[]) {
    const entry = entryOfRow(row);
    if (entry === null) {
      return new Map();
    }
    cached.set(entry.path, entry);
  }
  return cached;
}

function entryOfRow(row: unknown): PostEntry | null {
  if (!Array.isArray(row) || row.length !== rowFields.length) {
    return null;
  }
  const entry = {
    path: row[0] as unknown,
    title: row[1] as unknown,
    date: row[2] as unknown,
    draft: row[3] as unknown,
    tags: row[4] as unknown,
    categories: row[5] as unknown,
    permalink: row[6] as unknown,
    mtimeMs: row[7] as unknown,
    size: row[8] as unknown,
    frontMatterError: row[9] as unknown,
  };
  return isPostEntryShape(entry) ? entry : null;
}

/** Whether a cached value has the shape of a `PostEntry` (every field the list shows). */
function isPostEntryShape(value: unknown): value is PostEntry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    typeof entry.title === 'string' &&
    isTextOrNull(entry.date) &&
    typeof entry.draft === 'boolean' &&
    isTextList(entry.tags) &&
    isTextList(entry.categories) &&
    isTextOrNull(entry.permalink) &&
    typeof entry.mtimeMs === 'number' &&
    typeof entry.size === 'number' &&
    isErrorOrNull(entry.frontMatterError)
  );
}

function isTextOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isErrorOrNull(value: unknown): value is FrontMatterErrorInfo | null {
  if (value === null) {
    return true;
  }
  if (typeof value !== 'object') {
    return false;
  }
  const info = value as Record<string, unknown>;
  const isNumberOrNull = (field: unknown) => field === null || typeof field === 'number';
  return (
    typeof info.message === 'string' && isNumberOrNull(info.line) && isNumberOrNull(info.column)
  );
}
