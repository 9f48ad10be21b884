import type { Stats } from 'node:fs';

/** The user a write happens as: the process's user id and every group it is in. */
export interface Writer {
  uid: number;
  gids: readonly number[];
}

/** The facts of a file its permission bits are judged by. */
export type FileOwnership = Pick<Stats, 'mode' | 'uid' | 'gid'>;

/** The process's own user and groups; null where there are none (Windows). */
export function currentWriter(): Writer | null {
  if (typeof process.getuid !== 'function' || typeof process.getgid !== 'function') {
    return null;
  }
  const gids = new Set([process.getgid(), ...(process.getgroups?.() ?? [])]);
  return { uid: process.getuid(), gids: [...gids] };
}

/**
 * Whether a file's permission bits forbid `writer` to change it (`chmod 444`, the read-only box).
 *
 * An atomic save renames a new file over the old one, which needs write access to the folder only:
 * without this check a read-only post would be replaced silently. The answer comes from the mode
 * bits, not from `access(W_OK)`: root passes every access check, yet a post someone made read-only
 * is still one they do not want changed, so root (and Windows, where Node reports the read-only
 * attribute as a missing owner write bit) is judged by the owner's bit. Everyone else gets the
 * class the kernel would pick: owner, else group, else others.
 */
export function isReadOnlyFor(
  file: FileOwnership,
  writer: Writer | null = currentWriter(),
): boolean {
  if (writer === null || writer.uid === 0 || writer.uid === file.uid) {
    return (file.mode & 0o200) === 0;
  }
  if (writer.gids.includes(file.gid)) {
    return (file.mode & 0o020) === 0;
  }
  return (file.mode & 0o002) === 0;
}

/**
 * The error a plain write to a read-only file gets from the OS (EACCES), so callers that map fs
 * codes (E_PERMISSION) treat a refused atomic write exactly as a refused direct one.
 */
export function readOnlyFileError(absPath: string): NodeJS.ErrnoException {
  return Object.assign(
    new Error(`EACCES: permission denied, the file is read-only: '${absPath}'`),
    {
      code: 'EACCES',
      errno: -13,
      syscall: 'open',
      path: absPath,
    },
  );
}
