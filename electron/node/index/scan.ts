import { lstatSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { WorkspacePath } from '../../../core/api';

/**
 * Folders never indexed: build output of the generators Postwright exports to, dependencies,
 * themes, and post templates (Hexo `scaffolds/`, Hugo `archetypes/`: `{{ title }}` placeholders,
 * not posts). Hidden folders (`.git`, `.postwright`, `.trash`, ...) are skipped by their dot.
 */
export const skippedFolderNames = [
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
];
const skippedFolders = new Set(skippedFolderNames);

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

/**
 * `walkPosts` that lets the event loop run every `maxBlockMs` (IPC and HTTP stay responsive). By
 * the clock, not by count: a thousand posts are one folder in Jekyll but a thousand in Hugo.
 */
export async function walkPostsYielding(root: string, maxBlockMs = 8): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  let lastYield = performance.now();
  for (const file of walk(root, '')) {
    found.push(file);
    if (performance.now() - lastYield > maxBlockMs) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  return found;
}

/** `walkPosts` one file at a time, so the caller can yield to the event loop as it goes. */
export function* walk(root: string, folder: WorkspacePath): Generator<FoundFile> {
  const pending: string[] = [folder];
  for (let relDir = pending.pop(); relDir !== undefined; relDir = pending.pop()) {
    const absDir = join(root, relDir);
    // Joined by hand per file: path.join normalizes, a measurable part of a 10,000-post walk.
    const prefix = absDir.endsWith(sep) ? absDir : absDir + sep;
    let dirents;
    try {
      dirents = readdirSync(absDir, { withFileTypes: true });
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
        const file = statAt(prefix + dirent.name, relPath);
        if (file !== null) {
          yield file;
        }
      }
    }
  }
}

/**
 * Size and modified time of one post file, or null when it is gone or not a regular file. A
 * symlink is no post here either (lstat), as in the walk: a link to /etc/passwd or to a FIFO that
 * appears while the folder is watched must not be read into the list.
 */
export function statFile(root: string, path: WorkspacePath): FoundFile | null {
  return statAt(join(root, path), path);
}

function statAt(absPath: string, path: WorkspacePath): FoundFile | null {
  try {
    const info = lstatSync(absPath, { throwIfNoEntry: false });
    return info?.isFile() === true ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}
