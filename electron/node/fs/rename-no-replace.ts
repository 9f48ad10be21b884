import { link, stat, unlink } from 'node:fs/promises';
import { ApiError } from '../../../core/api';
import { errorCode, renameWithRetry } from './atomic-write';

/** Errors of file systems without hard links (FAT, exFAT, some network shares). */
const noLinkCodes = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Moves a file to a path that must stay free: `rename` would silently replace a file another
 * program created there meanwhile. A hard link fails with EEXIST instead, so the check and the
 * move are one step; where links are not supported, it checks and renames.
 */
export async function renameNoReplace(from: string, to: string, shownPath: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') {
      throw new ApiError('E_EXISTS', `Something already exists at ${shownPath}`, {
        path: shownPath,
      });
    }
    if (code === undefined || !noLinkCodes.has(code)) {
      throw error;
    }
    if ((await stat(to).catch(() => null)) !== null) {
      throw new ApiError('E_EXISTS', `Something already exists at ${shownPath}`, {
        path: shownPath,
      });
    }
    await renameWithRetry(from, to);
    return;
  }
  try {
    await unlink(from);
  } catch (error) {
    // The old name could not go (a file held open on Windows): undo, so there are not two.
    await unlink(to).catch(() => undefined);
    throw error;
  }
}
