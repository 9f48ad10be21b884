import { mkdir } from 'node:fs/promises';
import { posix } from 'node:path';
import type { ApiArgs, ApiResults } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { safeFileName } from '../../../core/workspace/safe-name';
import { toWorkspacePath } from '../fs/confine';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { uniqueFreePath, writeNewFile } from './free-name';

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Stores an image for a post in the workspace's asset folder (`{post}` = the post's file name
 * without extension) under a safe, unique name, and returns the relative Markdown link to it.
 */
export async function savePostAsset(
  session: WorkspaceSession,
  { postPath, fileName, data }: ApiArgs<'savePostAsset'>,
): Promise<ApiResults['savePostAsset']> {
  const postAbs = await session.resolvePost(postPath);
  const post = toWorkspacePath(session.root, postAbs);
  const postStem = safeFileName(posix.basename(post).replace(/\.[^.]+$/, ''));
  const folderPattern = session.settings.get().assetFolder;
  const folderAbs = await session.resolve(folderPattern.replaceAll('{post}', postStem));
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !base64.test(compact)) {
    throw new ApiError('E_INVALID_ARGUMENT', 'The image data is not base64.', {});
  }
  await mkdir(folderAbs, { recursive: true });
  const absPath = await uniqueFreePath(folderAbs, posix.basename(fileName.replace(/\\/g, '/')));
  await writeNewFile(absPath, Buffer.from(compact, 'base64'));
  const path = toWorkspacePath(session.root, absPath);
  return { path, link: markdownLink(posix.relative(posix.dirname(post), path)) };
}

/**
 * A link destination Markdown reads without angle brackets: characters that end or confuse a
 * destination are percent-encoded; letters of any script stay readable.
 */
export function markdownLink(relativePath: string): string {
  return relativePath.replace(/[\s()<>[\]%#?\\"']/gu, (char) =>
    [...new TextEncoder().encode(char)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}
