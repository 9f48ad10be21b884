import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { exists } from './export-fixture';

// A workspace opened in the app has no .postwright folder until a workspace setting is saved.
// `postwright export drafts/post.md` then took drafts/ for the workspace: the post's
// ../images/ link was "outside the workspace", left broken in the blog, and the export state
// went into drafts/.postwright. The workspaces the app opened are known: the one holding the
// post is the workspace.

let base = '';
let workspace = '';
let repo = '';
let userData = '';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-guess-')));
  workspace = join(base, 'notes');
  repo = join(base, 'blog');
  userData = join(base, 'user-data');
  await mkdir(join(workspace, 'drafts'), { recursive: true });
  await mkdir(join(workspace, 'images'));
  await writeFile(
    join(workspace, 'drafts', 'post.md'),
    '---\ntitle: Post\ndate: 2024-01-02\n---\n\n![a](../images/a.png)\n',
  );
  await writeFile(join(workspace, 'images', 'a.png'), 'PNG');
  await mkdir(join(repo, '_posts'), { recursive: true });
  await writeFile(join(repo, '_config.yml'), 'title: x\n');
  await mkdir(userData);
  await writeFile(
    join(userData, 'settings.json'),
    JSON.stringify({ recentWorkspaces: [join(base, 'elsewhere'), workspace] }),
  );
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function run(...argv: string[]): Promise<CommandRun> {
  return captureOutput((streams) =>
    runExportCommand(argv, {
      ...streams,
      cwd: join(workspace, 'drafts'),
      env: { POSTWRIGHT_USER_DATA: userData },
    }),
  );
}

test('a post inside a workspace the app opened is exported from that workspace, images and all', async () => {
  const { code, stdout } = await run('post.md', '--to', repo);
  expect(code).toBe(exitCodes.ok);
  expect(stdout).not.toContain('outside the workspace');
  expect(await readFile(join(repo, '_posts/2024-01-02-post.md'), 'utf8')).toContain(
    '![a](/assets/images/post/a.png)',
  );
  expect(await exists(join(repo, 'assets/images/post/a.png'))).toBe(true);
  expect(await exists(join(workspace, 'drafts', '.postwright'))).toBe(false);
});
