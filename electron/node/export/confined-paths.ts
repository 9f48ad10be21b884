import type { Stats } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from '../fs/atomic-write';
import { isInside, resolveInside } from '../fs/confine';

/** A path resolved below a root, with what `lstat` said of it (null: nothing there). */
export interface ConfinedPath {
  absolute: string;
  stats: Stats | null;
}

/**
 * Resolves many relative paths below one root exactly as `resolveInside` does, sharing the work
 * of their folders.
 *
 * An export touches thousands of files in a few folders; `resolveInside` per file re-resolved the
 * root and every folder each time (four or five system calls a file). Here each folder is resolved
 * once (by `resolveInside` itself) and each file costs one `lstat`; a file that is a symbolic link,
 * or a path that is not plain `folder/name`, goes through `resolveInside` whole. One resolver
 * serves one operation (a plan, an apply): folders are not re-checked within it.
 */
export class ConfinedPaths {
  private readonly folders = new Map<string, Promise<string>>();

  constructor(readonly root: string) {}

  /** The absolute real path of `relPath`; throws what `resolveInside` throws. */
  async resolve(relPath: string): Promise<string> {
    return (await this.inspect(relPath)).absolute;
  }

  /** The absolute real path of `relPath` and its `lstat` (null when absent). */
  async inspect(relPath: string): Promise<ConfinedPath> {
    const slash = relPath.lastIndexOf('/');
    const name = relPath.slice(slash + 1);
    if (!isPlainPath(relPath) || !isPlainName(name)) {
      return withStats(await resolveInside(this.root, relPath));
    }
    let folder: string;
    try {
      folder = await this.folder(slash === -1 ? '' : relPath.slice(0, slash));
    } catch {
      // The folder's refusal names the folder; the whole path gives the error about this file.
      return withStats(await resolveInside(this.root, relPath));
    }
    const candidate = join(folder, name);
    let stats: Stats;
    try {
      stats = await lstat(candidate);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        // Where `resolveInside` would also end: the real folder joined with the missing name.
        return { absolute: candidate, stats: null };
      }
      throw error;
    }
    if (stats.isSymbolicLink()) {
      return withStats(await resolveInside(this.root, relPath));
    }
    // realpath, not `candidate`: on case-insensitive disks it answers the name as stored.
    const absolute = await realpath(candidate);
    if (!isInside(folder, absolute)) {
      return withStats(await resolveInside(this.root, relPath));
    }
    return { absolute, stats };
  }

  private folder(relFolder: string): Promise<string> {
    let found = this.folders.get(relFolder);
    if (found === undefined) {
      found = resolveInside(this.root, relFolder);
      this.folders.set(relFolder, found);
    }
    return found;
  }
}

async function withStats(absolute: string): Promise<ConfinedPath> {
  try {
    return { absolute, stats: await lstat(absolute) };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { absolute, stats: null };
    }
    throw error;
  }
}

/** `a/b/c` with no empty, `.` or `..` segment, backslash, NUL, drive or leading slash. */
function isPlainPath(relPath: string): boolean {
  return (
    relPath !== '' &&
    !/[\\\0]|^\/|\/$|\/\/|^[a-zA-Z]:/.test(relPath) &&
    relPath.split('/').every((segment) => segment !== '.' && segment !== '..')
  );
}

/** A last segment `resolveInside` accepts as it is (no stream name on Windows, at most 255 bytes). */
function isPlainName(name: string): boolean {
  return (
    name !== '' &&
    !(process.platform === 'win32' && name.includes(':')) &&
    Buffer.byteLength(name, 'utf8') <= 255
  );
}
