import { constants } from 'node:fs';
import { access, lstat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ApiError } from '../../../core/api';
import { errorCode } from '../fs/atomic-write';
import type { ConfinedPath, ConfinedPaths } from './confined-paths';
import { mapInParallel } from './in-parallel';

/**
 * Checks, before anything is written, that every destination can be written: inside the
 * repository (no symbolic link out of it, nor into its `.git`), under folders that are folders, and writable.
 *
 * So a read-only folder or a `_posts` that is a file fails the export up front, with the path,
 * instead of after half the files were written. Each folder is checked once however many files go
 * into it, several paths at a time; the error is the first failing path's, in the given order.
 */
export async function preflightWrites(
  paths: ConfinedPaths,
  relPaths: readonly string[],
): Promise<void> {
  const folders = new Map<string, Promise<void>>();
  // The nearest existing folder above a file must be a folder and writable; each folder on the
  // way up is looked at once. Keyed by the folder as written too: an error names it that way.
  const checkFolder = (folder: string, relFolder: readonly string[]): Promise<void> => {
    const key = `${folder}\0${relFolder.join('/')}`;
    let check = folders.get(key);
    if (check === undefined) {
      check = (async () => {
        const kind = await kindOf(folder);
        if (kind === 'other') {
          throw notAFolder(relFolder.join('/'));
        }
        const parent = dirname(folder);
        if (kind === 'absent' && parent !== folder) {
          return checkFolder(parent, relFolder.slice(0, -1));
        }
        try {
          await access(folder, constants.W_OK);
        } catch {
          throw readOnly(relFolder.join('/') || '.');
        }
      })();
      folders.set(key, check);
    }
    return check;
  };
  await mapInParallel(relPaths, async (path) => {
    const { absolute, stats } = await resolveForWrite(paths, path);
    await checkFolder(dirname(absolute), path.split('/').slice(0, -1));
    if (stats?.isDirectory() === true) {
      throw new ApiError(
        'E_EXISTS',
        `${path} is a folder in the repository; a file is needed there.`,
        {
          path,
          reason: 'not-a-folder',
        },
      );
    }
  });
}

/** Turns a failed write into an error that names the path and says what to do. */
export function writeFailure(error: unknown, path: string): unknown {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return readOnly(path);
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return notAFolder(path);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new ApiError('E_IO', `The disk is full while writing ${path}. Free some space.`, {
      path,
      reason: 'disk-full',
    });
  }
  return error;
}

async function resolveForWrite(paths: ConfinedPaths, path: string): Promise<ConfinedPath> {
  try {
    return await paths.inspect(path);
  } catch (error) {
    // A link into `.git` says so itself (`ConfinedPaths`); any other refusal is a link out.
    if (
      error instanceof ApiError &&
      error.code === 'E_OUTSIDE_WORKSPACE' &&
      error.details?.['reason'] !== 'into-forbidden-folder'
    ) {
      throw new ApiError(
        'E_OUTSIDE_WORKSPACE',
        `${path} leads outside the blog repository through a symbolic link; nothing was written. Replace the link with a real folder.`,
        { path, reason: 'outside-repository' },
      );
    }
    throw error;
  }
}

async function kindOf(absolute: string): Promise<'folder' | 'other' | 'absent'> {
  try {
    return (await lstat(absolute)).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') {
      return 'absent';
    }
    if (code === 'ENOTDIR') {
      return 'other';
    }
    throw error;
  }
}

function notAFolder(path: string): ApiError {
  return new ApiError(
    'E_EXISTS',
    `${path} is a file in the repository where a folder is needed. Rename or remove it; nothing was written.`,
    { path, reason: 'not-a-folder' },
  );
}

function readOnly(path: string): ApiError {
  return new ApiError(
    'E_PERMISSION',
    `Postwright may not write to ${path} in the repository (read-only or permission denied). Change its permissions; nothing was written.`,
    { path, reason: 'read-only' },
  );
}
