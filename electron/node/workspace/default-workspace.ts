import { cp, stat } from 'node:fs/promises';
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
  return target;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
