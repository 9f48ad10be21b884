import { chmod, cp, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ApiError } from '../../../core/api';

/** Name of the sample workspace's copy in the user-data folder. */
export const sampleWorkspaceName = 'Sample Workspace';

/** What decides the workspace a start opens. */
export interface StartupChoice {
  /** A folder the user named (command line); wins when given. */
  requested?: string | null;
  /** Recent workspaces, most recent first: the first that still exists is reopened. */
  recent: readonly string[];
  userDataDir: string;
  /** The app's folder (where `assets/sample-workspace/` is). */
  appDir?: string;
}

/**
 * The folder to open at start: the one asked for, else the most recent one that still exists,
 * else a copy of the sample workspace in the user-data folder (made once, so the user's edits stay).
 */
export async function resolveStartupWorkspace(choice: StartupChoice): Promise<string> {
  if (choice.requested !== undefined && choice.requested !== null && choice.requested !== '') {
    return resolve(choice.requested);
  }
  for (const root of choice.recent) {
    if (await isFolder(root)) {
      return root;
    }
  }
  const target = join(choice.userDataDir, sampleWorkspaceName);
  if (await isFolder(target)) {
    return target;
  }
  if (choice.appDir === undefined) {
    throw new ApiError(
      'E_NO_WORKSPACE',
      'No workspace was given and the sample workspace was not found.',
    );
  }
  const source = join(choice.appDir, 'assets', 'sample-workspace');
  if (!(await isFolder(source))) {
    throw new ApiError('E_NO_WORKSPACE', `The sample workspace is missing: ${source}`, {
      path: source,
    });
  }
  await cp(source, target, { recursive: true, errorOnExist: false, force: false });
  await makeOwnerWritable(target);
  return target;
}

/**
 * Gives the owner write access to the copy: `cp` keeps modes, and an installed app's files may be
 * read-only, which would make every sample post refuse to save (read-only posts are never
 * replaced).
 */
async function makeOwnerWritable(root: string): Promise<void> {
  await chmod(root, (await stat(root)).mode | 0o700);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory() || entry.isFile()) {
      await chmod(path, (await stat(path)).mode | (entry.isDirectory() ? 0o700 : 0o600));
    }
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
