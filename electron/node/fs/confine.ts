import { lstat, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ApiError } from '../../../core/api';
import { errorCode } from './atomic-write';

/**
 * Resolves a workspace-relative path to an absolute real path that is inside `root`.
 *
 * Refuses (E_OUTSIDE_WORKSPACE) `..` segments, absolute paths, drive letters, UNC paths, NUL bytes,
 * and symlinks whose target leaves the root, checked after `realpath`. For a path that does not
 * exist yet (a new post, a rename target) the nearest existing parent is resolved instead, so a
 * symlinked folder cannot smuggle a new file out either.
 */
export async function resolveInside(root: string, relPath: string): Promise<string> {
  const segments = splitRelative(relPath);
  const realRoot = await realpath(root);
  const pending: string[] = [];
  const probe = segments.slice();
  for (;;) {
    const candidate = join(realRoot, ...probe);
    const resolved = await realpathIfExists(candidate);
    if (resolved !== null) {
      if (!isInside(realRoot, resolved)) {
        throw outside(relPath);
      }
      return pending.length === 0 ? resolved : join(resolved, ...pending);
    }
    // A dangling symlink exists but cannot be resolved: reading or writing through it could leave the root.
    if (await isSymlink(candidate)) {
      throw outside(relPath);
    }
    const last = probe.pop();
    if (last === undefined) {
      throw outside(relPath);
    }
    pending.unshift(last);
  }
}

/** The POSIX path of `absPath` relative to `root` (both absolute; `root` as the backend stores it). */
export function toWorkspacePath(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

/** Whether `absPath` is `root` itself or below it (both already real paths). */
export function isInside(root: string, absPath: string): boolean {
  if (absPath === root) {
    return true;
  }
  const prefix = root.endsWith(sep) ? root : root + sep;
  return process.platform === 'win32' || process.platform === 'darwin'
    ? absPath.toLowerCase().startsWith(prefix.toLowerCase())
    : absPath.startsWith(prefix);
}

/** Splits a relative path into plain segments, refusing anything that could point elsewhere. */
function splitRelative(relPath: string): string[] {
  if (
    relPath.includes('\0') ||
    relPath.startsWith('/') ||
    relPath.startsWith('\\') ||
    /^[a-zA-Z]:/.test(relPath)
  ) {
    throw outside(relPath);
  }
  const segments = relPath.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  // On Windows `name:stream` addresses an alternate data stream of another file.
  const isWindows = process.platform === 'win32';
  if (segments.some((segment) => segment === '..' || (isWindows && segment.includes(':')))) {
    throw outside(relPath);
  }
  return segments;
}

async function realpathIfExists(absPath: string): Promise<string | null> {
  try {
    return await realpath(absPath);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return null;
    }
    throw error;
  }
}

async function isSymlink(absPath: string): Promise<boolean> {
  try {
    return (await lstat(absPath)).isSymbolicLink();
  } catch {
    return false;
  }
}

function outside(relPath: string): ApiError {
  return new ApiError('E_OUTSIDE_WORKSPACE', `The path is outside the workspace: ${relPath}`, {
    path: relPath,
  });
}
