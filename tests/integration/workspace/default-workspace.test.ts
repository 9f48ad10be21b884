import { existsSync } from 'node:fs';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/node/backend';
import { resolveStartupWorkspace } from '../../../electron/node/workspace/default-workspace';
import { findAppDir } from '../../../electron/node/cli/cli-io';
import { makeWorkspace, type TempWorkspace } from '../support/temp-workspace';

const appDir = findAppDir(fileURLToPath(new URL('.', import.meta.url)));
let workspace: TempWorkspace;
let backend: Backend | undefined;

afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await workspace.cleanup();
});

describe('the workspace opened when none is given', () => {
  it('is a copy of the sample workspace in the user-data folder, with posts to write in', async () => {
    workspace = await makeWorkspace();
    backend = await createBackend({ userDataDir: workspace.userDataDir, appDir, watch: false });
    expect(backend.root).toBe(join(workspace.userDataDir, 'Sample Workspace'));
    const posts = await backend.listPosts({});
    expect(posts.map((post) => post.title)).toEqual(
      expect.arrayContaining(['Welcome to Postwright', '春节随笔', 'A little math and code']),
    );
    expect(posts.some((post) => post.draft)).toBe(true);
    expect(existsSync(join(backend.root, 'images/sunrise.svg'))).toBe(true);
    // The user's edits stay: the copy is made once.
    await writeFile(join(backend.root, 'posts/mine.md'), '# Mine\n');
    await backend.close();
    backend = await createBackend({ userDataDir: workspace.userDataDir, appDir, watch: false });
    expect((await backend.listPosts({})).map((post) => post.path)).toContain('posts/mine.md');
  });

  it('is the most recent workspace that still exists', async () => {
    workspace = await makeWorkspace({ 'a.md': '# A\n' });
    await mkdir(workspace.userDataDir, { recursive: true });
    await writeFile(
      join(workspace.userDataDir, 'settings.json'),
      JSON.stringify({ recentWorkspaces: [join(workspace.base, 'gone'), workspace.root] }),
    );
    backend = await createBackend({ userDataDir: workspace.userDataDir, appDir, watch: false });
    expect(backend.root).toBe(workspace.root);
    expect((await backend.getUserSettings({})).recentWorkspaces[0]).toBe(workspace.root);
  });

  it('is a copy its owner can write even when the shipped files are read-only', async () => {
    workspace = await makeWorkspace();
    const shipped = join(workspace.base, 'app', 'assets', 'sample-workspace');
    await mkdir(join(shipped, 'posts'), { recursive: true });
    await writeFile(join(shipped, 'posts', 'hello.md'), '# Hello\n');
    await chmod(join(shipped, 'posts', 'hello.md'), 0o444);
    await chmod(join(shipped, 'posts'), 0o555);
    const root = await resolveStartupWorkspace({
      recent: [],
      userDataDir: workspace.userDataDir,
      appDir: join(workspace.base, 'app'),
    });
    expect((await stat(join(root, 'posts', 'hello.md'))).mode & 0o777).toBe(0o644);
    expect((await stat(join(root, 'posts'))).mode & 0o700).toBe(0o700);
    await chmod(join(shipped, 'posts'), 0o755);
  });
});
