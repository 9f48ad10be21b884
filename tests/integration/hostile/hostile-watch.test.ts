import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { makeHostileWorkspace } from '../support/hostile-workspace';
import { openBackend, recordEvents, waitFor, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;
let api: Backend;

beforeAll(async () => {
  workspace = await makeHostileWorkspace();
  api = await openBackend(workspace, { watch: true });
  await api.whenWatching();
}, 60_000);

afterAll(async () => {
  await api.close();
  await workspace.cleanup();
});

describe('watching a hostile workspace', () => {
  it('keeps working, and never lists what links or pipes added later point at', async () => {
    const changes = recordEvents(api, 'postsChanged');
    await symlink('/etc/passwd', join(workspace.root, 'late-passwd.md'));
    await symlink('late-loop-b.md', join(workspace.root, 'late-loop-a.md'));
    await symlink('late-loop-a.md', join(workspace.root, 'late-loop-b.md'));
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(workspace.root, 'late-pipe.md')]);
    }
    await writeFile(join(workspace.root, 'late.md'), '---\ntitle: Late\n---\n');
    await waitFor(
      () =>
        changes.some((change) => change.added.some((entry) => entry.path === 'late.md'))
          ? true
          : undefined,
      'the new post',
    );
    const paths = (await api.listPosts({})).map((post) => post.path);
    expect(paths).toContain('late.md');
    for (const hidden of ['late-passwd.md', 'late-loop-a.md', 'late-pipe.md', 'passwd.md']) {
      expect(paths, hidden).not.toContain(hidden);
    }
    expect((await api.listPosts({})).every((post) => !post.title.startsWith('root:'))).toBe(true);
  });
});
