import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { WorkspacePath } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { errorCode, renameWithRetry, writeFileAtomic } from '../fs/atomic-write';
import { toWorkspacePath } from '../fs/confine';
import { renameNoReplace } from '../fs/rename-no-replace';
import type { WorkspaceSession } from '../workspace/workspace-session';

/** The workspace trash folder (hidden, never indexed). */
export const trashDirName = '.trash';

const manifestSchema = z.object({ path: z.string().min(1), deletedAt: z.string() });

/**
 * Moves a post into `<root>/.trash/<id>/<its relative path>` with a small manifest.
 *
 * Why a workspace trash and not the OS one: the app's own undo must restore a deleted post on
 * every platform, and Node has no portable API to take a file back out of the system trash (Linux
 * desktops differ, a headless serve host may have none). The file stays on the same disk, so the
 * move is a rename and cannot fail half-way.
 */
export async function deletePost(
  session: WorkspaceSession,
  path: WorkspacePath,
): Promise<{ trashId: string }> {
  const absPath = await session.resolvePost(path);
  const info = await stat(absPath).catch(() => null);
  if (info === null || !info.isFile()) {
    throw new ApiError('E_NOT_FOUND', `The post does not exist: ${path}`, { path });
  }
  const relPath = toWorkspacePath(session.root, absPath);
  const trashId = `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${randomBytes(4).toString('hex')}`;
  const entryDir = join(session.root, trashDirName, trashId);
  const trashedPath = join(entryDir, 'files', ...relPath.split('/'));
  await mkdir(dirname(trashedPath), { recursive: true });
  await ignoreInGit(join(session.root, trashDirName));
  const manifest = { path: relPath, deletedAt: new Date().toISOString() };
  await writeFileAtomic(join(entryDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  session.ownWrites.record(relPath, null);
  await renameWithRetry(absPath, trashedPath);
  session.commit([relPath]);
  return { trashId };
}

/** Puts a trashed post back at its original path; refused (E_EXISTS) if something is there now. */
export async function restorePost(
  session: WorkspaceSession,
  trashId: string,
): Promise<{ path: WorkspacePath }> {
  if (!/^[A-Za-z0-9-]+$/.test(trashId)) {
    throw new ApiError('E_INVALID_ARGUMENT', `Not a trash id: ${trashId}`, { trashId });
  }
  const entryDir = join(session.root, trashDirName, trashId);
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(entryDir, 'manifest.json'), 'utf8')),
    );
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new ApiError('E_NOT_FOUND', `Nothing in the trash with id ${trashId}`, { trashId });
    }
    throw error;
  }
  const target = await session.resolve(manifest.path);
  if ((await stat(target).catch(() => null)) !== null) {
    throw new ApiError('E_EXISTS', `Something already exists at ${manifest.path}`, {
      path: manifest.path,
    });
  }
  await mkdir(dirname(target), { recursive: true });
  await renameNoReplace(
    join(entryDir, 'files', ...manifest.path.split('/')),
    target,
    manifest.path,
  );
  await rm(entryDir, { recursive: true, force: true });
  const path = toWorkspacePath(session.root, target);
  session.commit([path]);
  return { path };
}

/** A `.gitignore` of `*` in the trash, so deleted posts never end up in the blog's repository. */
async function ignoreInGit(trashDir: string): Promise<void> {
  await writeFile(join(trashDir, '.gitignore'), '*\n', { flag: 'wx' }).catch((error: unknown) => {
    if (errorCode(error) !== 'EEXIST') {
      throw error;
    }
  });
}
