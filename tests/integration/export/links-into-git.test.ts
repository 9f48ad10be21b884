import { cp, mkdir, mkdtemp, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createBackend, type Backend } from '../../../electron/node/backend';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput } from '../support/captured-cli';
import { exportFixtures, rejection, treeOf } from './export-fixture';

// A hostile repository links a folder export writes into to its own `.git`: `_posts -> .git/hooks`
// would have export write a hook, `assets/images/x -> ../../.git` files next to .git/config.

let base = '';
let workspace = '';
let repo = '';
let backend: Backend | null = null;
// Named: a linked _posts does not count when the preset is detected.
const preset = 'jekyll-minimal-mistakes';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-links-git-')));
  workspace = join(base, 'workspace');
  repo = join(base, 'repo');
  await mkdir(workspace);
  await writeFile(
    join(workspace, 'hostile.md'),
    '---\ntitle: Hostile\ndate: 2024-01-02\n---\n\nText ![a](a.png)\n',
  );
  await writeFile(join(workspace, 'a.png'), 'PNG');
  await cp(join(exportFixtures, 'repos', 'jekyll-minimal-mistakes'), repo, { recursive: true });
  await mkdir(join(repo, '.git', 'hooks'), { recursive: true });
  await writeFile(join(repo, '.git', 'config'), '[core]\n');
});

afterEach(async () => {
  await backend?.close();
  backend = null;
  await rm(base, { recursive: true, force: true });
});

async function open(): Promise<{ backend: Backend; targetId: string }> {
  backend = await createBackend({ root: workspace, userDataDir: join(base, 'user'), watch: false });
  return { backend, targetId: (await backend.addExportTarget({ path: repo, preset })).id };
}

async function linkPostsToHooks(): Promise<void> {
  await rm(join(repo, '_posts'), { recursive: true, force: true });
  await symlink('.git/hooks', join(repo, '_posts'));
}

test('a _posts linked into .git is refused while planning, naming .git; nothing is written', async () => {
  await linkPostsToHooks();
  const { backend, targetId } = await open();
  const before = await treeOf(join(repo, '.git'));
  const error = await rejection(backend.planExport({ targetId, paths: ['hostile.md'] }));
  expect(error.code).toBe('E_OUTSIDE_WORKSPACE');
  expect(error.details).toMatchObject({
    path: '_posts/2024-01-02-hostile.md',
    folder: '.git',
    reason: 'into-forbidden-folder',
  });
  expect(error.message).toContain('leads into .git through a symbolic link');
  expect(await treeOf(join(repo, '.git'))).toEqual(before);
});

test('an image folder linked to .git is not written through: the plan warns and copies nothing there', async () => {
  await mkdir(join(repo, 'assets', 'images'), { recursive: true });
  await symlink('../../.git', join(repo, 'assets', 'images', 'hostile'));
  const { backend, targetId } = await open();
  const plan = await backend.planExport({ targetId, paths: ['hostile.md'] });
  expect(plan.assets.map((asset) => asset.targetPath)).not.toContain('assets/images/hostile/a.png');
  expect(plan.warnings.map((warning) => warning.code)).toContain('unsafe-path');
  await backend.applyExport({ planId: plan.id });
  expect((await readdir(join(repo, '.git'))).sort()).toEqual(['config', 'hooks']);
});

test('a link to a sub-folder of .git, or to node_modules, is refused too; a real folder is not', async () => {
  await rm(join(repo, '_posts'), { recursive: true, force: true });
  await mkdir(join(repo, '.git', 'refs', 'heads'), { recursive: true });
  await symlink('.git/refs/heads', join(repo, '_posts'));
  const { backend, targetId } = await open();
  const intoRefs = await rejection(backend.planExport({ targetId, paths: ['hostile.md'] }));
  expect(intoRefs.details).toMatchObject({ folder: '.git', reason: 'into-forbidden-folder' });

  await rm(join(repo, '_posts'));
  await mkdir(join(repo, 'node_modules', 'x'), { recursive: true });
  await symlink('node_modules/x', join(repo, '_posts'));
  const intoModules = await rejection(backend.planExport({ targetId, paths: ['hostile.md'] }));
  expect(intoModules.details).toMatchObject({
    folder: 'node_modules',
    reason: 'into-forbidden-folder',
  });

  await rm(join(repo, '_posts'));
  await mkdir(join(repo, 'real-posts'));
  await symlink('real-posts', join(repo, '_posts'));
  const plan = await backend.planExport({ targetId, paths: ['hostile.md'] });
  expect(plan.files.map((file) => file.targetPath)).toEqual(['_posts/2024-01-02-hostile.md']);
});

test('the CLI refuses before writing and exits 1 with the reason', async () => {
  await linkPostsToHooks();
  const before = await treeOf(join(repo, '.git'));
  const run = await captureOutput((streams) =>
    runExportCommand(['hostile.md', '--to', repo, '--preset', preset], {
      ...streams,
      cwd: workspace,
      env: { POSTWRIGHT_USER_DATA: join(base, 'user') },
    }),
  );
  expect(run.code).toBe(exitCodes.error);
  expect(run.stderr).toContain('_posts/2024-01-02-hostile.md leads into .git');
  expect(await treeOf(join(repo, '.git'))).toEqual(before);
});
