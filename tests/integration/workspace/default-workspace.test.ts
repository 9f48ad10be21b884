import { existsSync } from 'node:fs';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveStartupWorkspace } from '../../../electron/node/workspace/default-workspace';
import { findAppDir } from '../../../electron/node/cli/cli-io';
import { tempBackends } from '../support/temp-workspace';

const appDir = findAppDir(fileURLToPath(new URL('.', import.meta.url)));
const temp = tempBackends();
// No root: the backend picks the workspace to start in, as the app does on a first start.
const openStartupWorkspace = () => temp.openBackend({ root: null, appDir });

describe('the workspace opened when none is given', () => {
  it('is a copy of the sample workspace in the user-data folder, with posts to write in', async () => {
    const { userDataDir } = await temp.makeWorkspace();
    const backend = await openStartupWorkspace();
    expect(backend.root).toBe(join(userDataDir, 'Sample Workspace'));
    const posts = await backend.listPosts({});
    expect(posts.map((post) => post.title)).toEqual(
      expect.arrayContaining(['Welcome to Postwright', '春节随笔', 'A little math and code']),
    );
    expect(posts.some((post) => post.draft)).toBe(true);
    expect(existsSync(join(backend.root, 'images/sunrise.svg'))).toBe(true);
    // The user's edits stay: the copy is made once.
    await writeFile(join(backend.root, 'posts/mine.md'), '# Mine\n');
    await temp.close();
    const again = await openStartupWorkspace();
    expect((await again.listPosts({})).map((post) => post.path)).toContain('posts/mine.md');
  });

  it('is the most recent workspace that still exists', async () => {
    const workspace = await temp.makeWorkspace({ 'a.md': '# A\n' });
    await mkdir(workspace.userDataDir, { recursive: true });
    await writeFile(
      join(workspace.userDataDir, 'settings.json'),
      JSON.stringify({ recentWorkspaces: [join(workspace.base, 'gone'), workspace.root] }),
    );
    const backend = await openStartupWorkspace();
    expect(backend.root).toBe(workspace.root);
    expect((await backend.getUserSettings({})).recentWorkspaces[0]).toBe(workspace.root);
  });

  it('is a copy its owner can write even when the shipped files are read-only', async () => {
    const workspace = await temp.makeWorkspace();
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
