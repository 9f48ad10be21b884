import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PostEntry, WorkspacePath } from '../../../core/api';
import { readIndexFields } from '../../../core/post/index-reader';

/**
 * Folders never indexed: build output of the generators Postwright exports to, dependencies,
 * themes, and post templates (Hexo `scaffolds/`, Hugo `archetypes/`: `{{ title }}` placeholders,
 * not posts). Hidden folders (`.git`, `.postwright`, `.trash`, ...) are skipped by their dot.
 */
const skippedFolders = new Set([
  'node_modules',
  '_site',
  'public',
  'resources',
  'dist',
  'build',
  'out',
  'themes',
  'scaffolds',
  'archetypes',
  'vendor',
  '.jekyll-cache',
]);

/** The first read of a post: enough for nearly every front matter. */
const headBytes = 4096;
/** A front matter longer than this is not read further for the list. */
const maxHeadBytes = 256 * 1024;

/** A post file as the walk found it. */
export interface FoundFile {
  path: WorkspacePath;
  size: number;
  mtimeMs: number;
}

/** Whether a folder (by name) is walked. */
export function isIndexedFolder(name: string): boolean {
  return !name.startsWith('.') && !skippedFolders.has(name);
}

/** Whether a file (by name) is a post. */
export function isPostFileName(name: string): boolean {
  return !name.startsWith('.') && /\.(md|markdown)$/i.test(name);
}

/** Whether every folder on a workspace path is indexed and its file name is a post's. */
export function isIndexedPath(path: WorkspacePath): boolean {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  return parts.every(isIndexedFolder) && isPostFileName(name);
}

/**
 * Lists every post below `root` with its size and modified time.
 *
 * Synchronous on purpose: readdir + stat of thousands of files is fastest without a promise per
 * call. Symlinks are not followed (no loops, no escapes).
 */
export function walkPosts(root: string, folder: WorkspacePath = ''): FoundFile[] {
  return [...walk(root, folder)];
}

/** `walkPosts` that lets the event loop run every `batch` files (IPC and HTTP stay responsive). */
export async function walkPostsYielding(root: string, batch = 1000): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const file of walk(root, '')) {
    found.push(file);
    if (found.length % batch === 0) {
      await yieldToEventLoop();
    }
  }
  return found;
}

function* walk(root: string, folder: WorkspacePath): Generator<FoundFile> {
  const pending: string[] = [folder];
  for (let relDir = pending.pop(); relDir !== undefined; relDir = pending.pop()) {
    let dirents;
    try {
      dirents = readdirSync(join(root, relDir), { withFileTypes: true });
    } catch {
      // A folder that vanished or cannot be read is simply not listed.
      continue;
    }
    for (const dirent of dirents) {
      const relPath = relDir === '' ? dirent.name : `${relDir}/${dirent.name}`;
      if (dirent.isDirectory()) {
        if (isIndexedFolder(dirent.name)) {
          pending.push(relPath);
        }
      } else if (dirent.isFile() && isPostFileName(dirent.name)) {
        const file = statFile(root, relPath);
        if (file !== null) {
          yield file;
        }
      }
    }
  }
}

/** Size and modified time of one post file, or null when it is gone or not a file. */
export function statFile(root: string, path: WorkspacePath): FoundFile | null {
  try {
    const info = statSync(join(root, path));
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** Builds a post's list entry from the head of its file (usually the first 4 KB). */
export function readEntry(root: string, file: FoundFile): PostEntry {
  const absPath = join(root, file.path);
  const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
  let fields = readIndexFields(readHead(absPath, headBytes), fileName, {
    isWholeFile: file.size <= headBytes,
  });
  if (fields.needsMoreText && file.size > headBytes) {
    const limit = Math.min(file.size, maxHeadBytes);
    fields = readIndexFields(readHead(absPath, limit), fileName, {
      isWholeFile: limit === file.size,
    });
  }
  const stem = fileName.replace(/\.(md|markdown)$/i, '');
  return {
    path: file.path,
    title: nonEmpty(fields.title) ?? nonEmpty(fields.firstHeading) ?? stem,
    date: fields.date ?? fields.fileNameDate,
    // Jekyll and Hexo keep drafts in `_drafts/`, without a `draft:` key.
    draft: fields.draft || /(^|\/)_drafts\//.test(file.path),
    tags: fields.tags,
    categories: fields.categories,
    permalink: fields.permalink,
    mtimeMs: file.mtimeMs,
    size: file.size,
    frontMatterError: fields.error,
  };
}

/**
 * Reads up to `limit` bytes as UTF-8. A character cut at the end of the head is held back; a file
 * that is not UTF-8 gives '' (listed under its file name: its title would be mojibake).
 */
function readHead(absPath: string, limit: number): string {
  // One buffer for every 4 KB head: the walk is synchronous, so nothing else uses it meanwhile.
  const buffer = limit === headBytes ? headBuffer : Buffer.allocUnsafe(limit);
  const fd = openSync(absPath, 'r');
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length < limit; length += read) {
      read = readSync(fd, buffer, length, limit - length, length);
    }
  } finally {
    closeSync(fd);
  }
  try {
    return utf8.decode(
      buffer.subarray(0, length === limit ? completeUtf8Length(buffer, length) : length),
    );
  } catch {
    return '';
  }
}

const headBuffer = Buffer.allocUnsafe(headBytes);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The length without a multi-byte character cut off at the end (it belongs to the unread rest). */
function completeUtf8Length(bytes: Uint8Array, length: number): number {
  let start = length - 1;
  while (start > 0 && length - start < 4 && ((bytes[start] ?? 0) & 0xc0) === 0x80) {
    start -= 1;
  }
  const lead = bytes[start] ?? 0;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return start + needed > length ? start : length;
}

function nonEmpty(value: string | null): string | null {
  return value !== null && value.trim() !== '' ? value : null;
}
