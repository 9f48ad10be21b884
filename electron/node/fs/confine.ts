import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
  return resolveInsideRealRoot(await realpath(root), relPath);
}

/**
 * `resolveInside` for a root already resolved by `realpath` (an open workspace's root): one
 * `realpath` less per path — planning 1,000 posts for export resolved the same root 1,000 times.
 * A root swapped for a symlink afterwards does not move the confinement along with it: paths
 * reached through the swapped root are outside the root that was opened, and refused.
 */
export async function resolveInsideRealRoot(realRoot: string, relPath: string): Promise<string> {
  return resolveSegments(realRoot, relPath, relPath, 0);
}

/** How many dangling symlinks may chain before the path counts as a loop (as the kernel's ELOOP). */
const maxLinkHops = 40;

/** `relPath` below `realRoot`; `asked` is the path the caller gave (for messages), `hops` the links followed. */
async function resolveSegments(
  realRoot: string,
  relPath: string,
  asked: string,
  hops: number,
): Promise<string> {
  const segments = splitRelative(relPath);
  const pending: string[] = [];
  const probe = segments.slice();
  for (;;) {
    const candidate = join(realRoot, ...probe);
    const resolved = await realpathIfExists(candidate, asked);
    if (resolved !== null) {
      if (!isInside(realRoot, resolved)) {
        throw outside(asked);
      }
      return pending.length === 0 ? resolved : join(resolved, ...pending);
    }
    // A dangling symlink: follow its target by hand, so one into the root is a missing file there
    // (E_NOT_FOUND on read) and one that leaves the root is refused before anything goes through it.
    const target = await linkTarget(candidate);
    if (target !== null) {
      if (!isInside(realRoot, target) || hops >= maxLinkHops) {
        throw hops >= maxLinkHops ? linkLoop(asked) : outside(asked);
      }
      const rest = toWorkspacePath(realRoot, target);
      return resolveSegments(realRoot, [rest, ...pending].join('/'), asked, hops + 1);
    }
    const last = probe.pop();
    if (last === undefined) {
      throw outside(asked);
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

/**
 * Splits a relative path into plain segments, refusing anything that could point elsewhere.
 *
 * `platform` is the running system's; tests pass another to check the rules of the other one.
 */
export function splitRelative(
  relPath: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  // `C:\x`, `c:/x` or a bare `C:` name a drive, refused everywhere as Windows would read them; but
  // `a:b.md` is only a name with a colon (legal on POSIX, an invalid name on Windows, see below).
  if (
    relPath.includes('\0') ||
    relPath.startsWith('/') ||
    relPath.startsWith('\\') ||
    /^[a-zA-Z]:([\\/]|$)/.test(relPath)
  ) {
    throw outside(relPath);
  }
  const segments = relPath.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    throw outside(relPath);
  }
  // Windows forbids ':' in names (`name:stream` would address an alternate data stream of another
  // file, `a:b.md` a file on drive A:); what is meant is a name, so it is refused as one.
  const withColon =
    platform === 'win32' ? segments.find((segment) => segment.includes(':')) : undefined;
  if (withColon !== undefined) {
    throw new ApiError('E_INVALID_NAME', `Names cannot contain ':' on Windows: ${withColon}`, {
      path: relPath,
      name: withColon,
    });
  }
  // No file system has longer names; realpath would fail with the absolute path in its message.
  const tooLong = segments.find((segment) => Buffer.byteLength(segment, 'utf8') > 255);
  if (tooLong !== undefined) {
    throw new ApiError('E_INVALID_NAME', `A name in ${relPath} is longer than 255 bytes.`, {
      path: relPath,
      bytes: Buffer.byteLength(tooLong, 'utf8'),
    });
  }
  return segments;
}

async function realpathIfExists(absPath: string, relPath: string): Promise<string | null> {
  try {
    return await realpath(absPath);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return null;
    }
    if (code === 'ELOOP') {
      throw linkLoop(relPath);
    }
    throw error;
  }
}

/** The absolute target of a symlink (resolved against its real folder); null when it is none. */
async function linkTarget(absPath: string): Promise<string | null> {
  try {
    if (!(await lstat(absPath)).isSymbolicLink()) {
      return null;
    }
    const folder = await realpath(dirname(absPath));
    return resolve(folder, await readlink(absPath));
  } catch {
    return null;
  }
}

function linkLoop(relPath: string): ApiError {
  return new ApiError('E_NOT_FOUND', `${relPath} is a loop of symbolic links.`, {
    path: relPath,
    reason: 'symlink-loop',
  });
}

function outside(relPath: string): ApiError {
  return new ApiError('E_OUTSIDE_WORKSPACE', `The path is outside the workspace: ${relPath}`, {
    path: relPath,
  });
}
