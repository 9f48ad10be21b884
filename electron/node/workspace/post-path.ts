import { ApiError, type WorkspacePath } from '../../../core/api';
import { isPostFileName } from '../index/scan';

/**
 * Refuses (E_INVALID_NAME) a workspace path that is not a post's: a Markdown file name
 * (`isPostFileName`) in folders none of which is hidden. `asked` is the path the caller gave, for
 * the message (`path` may be where a symlink led).
 *
 * What the app writes, converts, copies or trashes is always a post: no call, and no symlinked
 * post, can make it change `.git/hooks/…`, `.postwright/…` or a script beside the posts.
 */
export function assertPostPath(path: WorkspacePath, asked: WorkspacePath = path): void {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  const hidden = parts.find((folder) => folder.startsWith('.'));
  if (hidden !== undefined) {
    throw new ApiError(
      'E_INVALID_NAME',
      `Not a post: ${asked} is in the hidden folder ${hidden}.`,
      {
        path: asked,
        name: hidden,
        reason: 'hidden-name',
      },
    );
  }
  if (!isPostFileName(name)) {
    throw new ApiError('E_INVALID_NAME', `Not a post (a .md or .markdown file): ${asked}`, {
      path: asked,
      name,
      reason: 'not-post-extension',
    });
  }
}
