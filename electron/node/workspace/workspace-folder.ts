import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { ApiError } from '../../../core/api';

/**
 * Refuses a folder the user typed in "Open folder" that cannot be a workspace, with a `reason` in
 * the details (`not-absolute`, `folder-missing`, `not-a-folder`) so the UI says it in its language
 * instead of showing the English message.
 */
export async function checkWorkspaceFolder(root: string): Promise<void> {
  if (!isAbsolute(root)) {
    throw new ApiError('E_INVALID_ARGUMENT', `Not an absolute path: ${root}`, {
      path: root,
      reason: 'not-absolute',
    });
  }
  // stat follows links: a link to a folder is a folder, a dangling one is missing.
  const info = await stat(root).catch(() => null);
  if (info === null) {
    throw new ApiError('E_NOT_FOUND', `The folder does not exist: ${root}`, {
      path: root,
      reason: 'folder-missing',
    });
  }
  if (!info.isDirectory()) {
    throw new ApiError('E_INVALID_ARGUMENT', `Not a folder: ${root}`, {
      path: root,
      reason: 'not-a-folder',
    });
  }
}
