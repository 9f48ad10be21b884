import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../../core/api';
import { createBackend, type Backend } from '../../../electron/node/backend';

/** Our fixture folders: repository skeletons and a workspace of posts. */
/** Whether a `git` executable is on PATH (the git tests skip without one). */
export const hasGit = (() => {
  try {
    execFileSync('git', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

export const exportFixtures = fileURLToPath(new URL('../../fixtures/export/', import.meta.url));
/** The shared real repository skeletons, when the project sits beside them. */
export const sharedRepos = fileURLToPath(
  new URL('../../../../shared/fixtures/blog-repos/', import.meta.url),
);

/** A fresh copy of the fixture workspace and one repository, with a backend on the workspace. */
export interface ExportFixture {
  workspace: string;
  repo: string;
  userData: string;
  backend: Backend;
  cleanup(): Promise<void>;
}

/** Copies the fixture workspace and `repoSource` (a folder) into a temp dir and opens a backend. */
export async function makeExportFixture(repoSource: string | null): Promise<ExportFixture> {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-')));
  const workspace = join(base, 'workspace');
  const repo = join(base, 'repo');
  const userData = join(base, 'user-data');
  await cp(join(exportFixtures, 'workspace'), workspace, { recursive: true });
  if (repoSource === null) {
    await cp(join(exportFixtures, 'repos', 'plain'), repo, { recursive: true });
  } else {
    await cp(repoSource, repo, { recursive: true });
  }
  const backend = await createBackend({ root: workspace, userDataDir: userData, watch: false });
  return {
    workspace,
    repo,
    userData,
    backend,
    cleanup: async () => {
      await backend.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** Every file under a folder with its bytes (for "nothing was written" checks). */
export async function treeOf(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        await walk(path);
      } else {
        files[path] = (await readFile(join(root, path))).toString('base64');
      }
    }
  };
  await walk('');
  return files;
}

/** Whether a path exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The `ApiError` a promise rejects with (fails the test when it resolves or throws another error). */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a rejection');
}
