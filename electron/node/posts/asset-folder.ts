import { cp, lstat, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { renameWithRetry } from '../fs/atomic-write';
import { isPostFileName } from '../index/scan';

/** `{% asset_img x %}`, `{% asset_link %}`, `{% asset_path %}`: Hexo tags that find files by name. */
const assetTag = /\{%-?\s*asset_(?:img|link|path)\s/;

/**
 * Moves a post's Hexo asset folder (`post/` beside `post.md`) along with the post, after the
 * post was renamed in its folder: `{% asset_img pic.png %}` finds `pic.png` in the folder named
 * like the post, so a folder left behind broke every tag (in Hexo, the preview and the export).
 * Returns whether it moved (see `assetFolderFor` for when it does).
 */
export async function moveAssetFolder(from: string, to: string): Promise<boolean> {
  const folders = await assetFolderFor(from, to);
  if (folders === null) {
    return false;
  }
  await renameWithRetry(folders.from, folders.to);
  return true;
}

/**
 * Copies a post's Hexo asset folder for its duplicate (`post.md` → `post-2.md`: `post-2/`), so
 * the copy's asset tags find their files. Returns whether it copied.
 */
export async function copyAssetFolder(from: string, to: string): Promise<boolean> {
  const folders = await assetFolderFor(from, to);
  if (folders === null) {
    return false;
  }
  await cp(folders.from, folders.to, { recursive: true, errorOnExist: true, force: false });
  return true;
}

/**
 * The asset folder of the post at `from` and the one the post at `to` (same folder, already
 * written) needs; null unless it is plainly the post's asset folder: the post uses asset tags and
 * links nothing into the folder by path (those links would break instead), the folder is a real
 * folder with no posts in it, and nothing has the new name yet.
 */
async function assetFolderFor(
  from: string,
  to: string,
): Promise<{ from: string; to: string } | null> {
  const oldStem = stemOf(basename(from));
  const newStem = stemOf(basename(to));
  if (dirname(from) !== dirname(to) || oldStem === newStem || oldStem === '' || newStem === '') {
    return null;
  }
  const oldFolder = join(dirname(from), oldStem);
  const newFolder = join(dirname(to), newStem);
  const folder = await lstat(oldFolder).catch(() => null);
  if (folder === null || !folder.isDirectory() || (await lstat(newFolder).catch(() => null))) {
    return null;
  }
  const text = await readFile(to, 'utf8').catch(() => '');
  if (!assetTag.test(text) || text.includes(`${oldStem}/`) || (await holdsPosts(oldFolder))) {
    return null;
  }
  return { from: oldFolder, to: newFolder };
}

function stemOf(name: string): string {
  return name.replace(/\.[^.]*$/, '');
}

/** Whether a folder (or one below it) holds a post: moving it would move posts unseen. */
async function holdsPosts(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => null);
  return entries === null || entries.some((entry) => entry.isFile() && isPostFileName(entry.name));
}
