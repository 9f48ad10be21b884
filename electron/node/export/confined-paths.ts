import type { Stats } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../core/api';
import { isForbiddenFolderName } from '../../../core/export/safe-path';
import { errorCode } from '../fs/atomic-write';
import { isInside, resolveInside, toWorkspacePath } from '../fs/confine';

/** A path resolved below a root, with what `lstat` said of it (null: nothing there). */
export interface ConfinedPath {
  absolute: string;
  stats: Stats | null;
}

/** A resolved folder; `canHold` is false when it is absent (or a file): nothing can be below it. */
interface Folder {
  absolute: string;
  canHold: boolean;
}

/**
 * Resolves many relative paths below one root exactly as `resolveInside` does, sharing the work
 * of their folders.
 *
 * An export touches thousands of files in a few folders; `resolveInside` per file re-resolved the
 * root and every folder each time (four to eight system calls a file). Here a folder is resolved
 * from its parent with one `lstat`, a file costs one `lstat`, and nothing below an absent folder
 * costs any. A symbolic link, a path that is not plain `folder/name`, or anything refused goes
 * through `resolveInside` whole, so links and errors are exactly its own.
 *
 * A path that a link leads into a `.git` (or another folder export never writes into, see
 * `isForbiddenFolderName`) inside the root is refused as a link out of the root is: a hostile
 * repository's `_posts -> .git/hooks` would otherwise have export write a hook.
 *
 * One instance serves one operation (a plan, an apply): each path is looked at once and the
 * answer kept, as if the whole operation happened at one moment.
 */
export class ConfinedPaths {
  private readonly folders = new Map<string, Promise<Folder>>();
  private readonly files = new Map<string, Promise<ConfinedPath>>();

  constructor(readonly root: string) {}

  /** The absolute real path of `relPath`; throws what `resolveInside` throws. */
  async resolve(relPath: string): Promise<string> {
    return (await this.inspect(relPath)).absolute;
  }

  /** The absolute real path of `relPath` and its `lstat` (null when absent). */
  inspect(relPath: string): Promise<ConfinedPath> {
    let found = this.files.get(relPath);
    if (found === undefined) {
      found = this.look(relPath).then((path) => this.refuseForbidden(relPath, path));
      this.files.set(relPath, found);
    }
    return found;
  }

  /** `found` unless links took `relPath` into a forbidden folder it does not name itself. */
  private async refuseForbidden(relPath: string, found: ConfinedPath): Promise<ConfinedPath> {
    const root = (await this.folder('')).absolute;
    const real = found.absolute === root ? [] : toWorkspacePath(root, found.absolute).split('/');
    const at = real.findIndex(isForbiddenFolderName);
    if (at === -1) {
      return found;
    }
    const written = relPath.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
    const ignoreCase = process.platform === 'win32' || process.platform === 'darwin';
    const same = (a: string | undefined, b: string | undefined): boolean =>
      a !== undefined &&
      b !== undefined &&
      (ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b);
    if (real.slice(0, at + 1).every((segment, index) => same(segment, written[index]))) {
      // Named that way, not led there: whether such a path may be used is the caller's rule.
      return found;
    }
    const folder = real.slice(0, at + 1).join('/');
    throw new ApiError(
      'E_OUTSIDE_WORKSPACE',
      `${relPath} leads into ${folder} through a symbolic link; nothing is written there. Replace the link with a real folder.`,
      { path: relPath, folder, reason: 'into-forbidden-folder' },
    );
  }

  private async look(relPath: string): Promise<ConfinedPath> {
    if (!isPlainPath(relPath)) {
      return this.whole(relPath);
    }
    const slash = relPath.lastIndexOf('/');
    let folder: Folder;
    try {
      folder = await this.folder(slash === -1 ? '' : relPath.slice(0, slash));
    } catch {
      // The folder's refusal names the folder; the whole path gives the error about this file.
      return this.whole(relPath);
    }
    const entry = await this.entry(folder, relPath.slice(slash + 1));
    return entry ?? this.whole(relPath);
  }

  /** `name` in a resolved folder; null when only `resolveInside` can say (a link, an odd name). */
  private async entry(folder: Folder, name: string): Promise<ConfinedPath | null> {
    if (!isPlainName(name)) {
      return null;
    }
    const candidate = join(folder.absolute, name);
    if (!folder.canHold) {
      // Where `resolveInside` also ends: the nearest real folder joined with what is missing.
      return { absolute: candidate, stats: null };
    }
    let stats: Stats;
    try {
      stats = await lstat(candidate);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        return { absolute: candidate, stats: null };
      }
      throw error;
    }
    if (stats.isSymbolicLink()) {
      return null;
    }
    // realpath, not `candidate`: on case-insensitive disks it answers the name as stored.
    const absolute = await realpath(candidate);
    return isInside(folder.absolute, absolute) ? { absolute, stats } : null;
  }

  private folder(relFolder: string): Promise<Folder> {
    let found = this.folders.get(relFolder);
    if (found === undefined) {
      found = this.lookFolder(relFolder);
      this.folders.set(relFolder, found);
    }
    return found;
  }

  private async lookFolder(relFolder: string): Promise<Folder> {
    if (relFolder === '') {
      return { absolute: await resolveInside(this.root, ''), canHold: true };
    }
    const slash = relFolder.lastIndexOf('/');
    const parent = await this.folder(slash === -1 ? '' : relFolder.slice(0, slash));
    const entry =
      (await this.entry(parent, relFolder.slice(slash + 1))) ?? (await this.whole(relFolder));
    return { absolute: entry.absolute, canHold: entry.stats?.isDirectory() === true };
  }

  private async whole(relPath: string): Promise<ConfinedPath> {
    const absolute = await resolveInside(this.root, relPath);
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
