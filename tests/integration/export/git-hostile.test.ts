import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackend, type Backend } from '../../../electron/node/backend';
import { exists, exportFixtures, hasGit, rejection } from './export-fixture';

// A blog repository received as a zip or through a shared folder carries its own .git/config and
// .git/hooks: neither may make Postwright run a program.

let base = '';
let repo = '';
let marker = '';
let backend: Backend;
let targetId = '';

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-git-hostile-')));
  const workspace = join(base, 'workspace');
  repo = join(base, 'repo');
  marker = join(base, 'pwned');
  await mkdir(workspace);
  await writeFile(
    join(workspace, 'post.md'),
    '---\ntitle: Hostile\ndate: 2024-01-02\n---\n\nText\n',
  );
  await cp(join(exportFixtures, 'repos', 'jekyll'), repo, { recursive: true });
  backend = await createBackend({ root: workspace, userDataDir: join(base, 'user'), watch: false });
  targetId = (await backend.addExportTarget({ path: repo })).id;
  if (hasGit) {
    git('init', '-q');
    git('config', 'user.name', 'Tester');
    git('config', 'user.email', 'tester@example.com');
    git('add', '-A');
    git('commit', '-qm', 'init');
  }
});

afterEach(async () => {
  await backend.close();
  await rm(base, { recursive: true, force: true });
});

/** Exports the post; returns the paths written. */
async function exportPost(): Promise<string[]> {
  const plan = await backend.planExport({ targetId, paths: ['post.md'] });
  return (await backend.applyExport({ planId: plan.id })).written;
}

/** Status and commit are both refused, naming `keys`, and the marker program never ran. */
async function expectRefused(keys: string[]): Promise<void> {
  const written = await exportPost();
  const status = await rejection(backend.gitStatus({ targetId }));
  expect(status.code).toBe('E_GIT');
  expect(status.details).toEqual({ reason: 'unsafe-git-config', keys });
  expect(status.message).toContain(keys.join(', '));
  const commit = await rejection(backend.gitCommit({ targetId, message: 'Add', paths: written }));
  expect(commit.details).toMatchObject({ reason: 'unsafe-git-config', keys });
  expect(await exists(marker)).toBe(false);
  expect(git('log', '--format=%s').trim()).toBe('init');
}

describe.skipIf(!hasGit)('a repository whose own settings run programs', () => {
  test('core.fsmonitor: git is not run there, the monitor never runs', async () => {
    git('config', 'core.fsmonitor', `touch ${marker}; false`);
    await expectRefused(['core.fsmonitor']);
  });

  test('a clean filter chosen by .gitattributes never runs', async () => {
    await writeFile(join(repo, '.gitattributes'), '*.md filter=evil\n');
    git('config', 'filter.evil.clean', `touch ${marker}; cat`);
    git('config', 'filter.evil.smudge', 'cat');
    await expectRefused(['filter.evil.clean', 'filter.evil.smudge']);
  });

  test('a filter in a file the repository config includes from the working tree is found', async () => {
    await writeFile(join(repo, '.gitattributes'), '*.md filter=Evil\n');
    await writeFile(join(repo, 'site.cfg'), `[filter "Evil"]\n\tprocess = touch ${marker}\n`);
    git('config', 'include.path', '../site.cfg');
    await expectRefused(['filter.Evil.process']);
  });

  test.skipIf(process.platform === 'win32')(
    'settings that include /dev/stdin do not leave git waiting for input',
    async () => {
      git('config', 'include.path', '/dev/stdin');
      const written = await exportPost();
      expect((await backend.gitStatus({ targetId })).entries).toEqual([
        { path: written[0], status: 'new' },
      ]);
    },
  );

  test.each(['false', 'true'])(
    'core.fsmonitor=%s (off, or git’s own monitor) does not refuse the repository',
    async (value) => {
      git('config', 'core.fsmonitor', value);
      const written = await exportPost();
      expect((await backend.gitStatus({ targetId })).entries).toEqual([
        { path: written[0], status: 'new' },
      ]);
    },
  );

  test('the user’s own monitor is trusted, yet Postwright’s git runs none', async () => {
    const globalConfig = join(base, 'global.gitconfig');
    await writeFile(globalConfig, `[core]\n\tfsmonitor = touch ${marker}; false\n`);
    const saved = process.env.GIT_CONFIG_GLOBAL;
    process.env.GIT_CONFIG_GLOBAL = globalConfig;
    try {
      const written = await exportPost();
      const status = await backend.gitStatus({ targetId });
      expect(status.entries).toEqual([{ path: written[0], status: 'new' }]);
      await backend.gitCommit({ targetId, message: 'Add', paths: written });
    } finally {
      if (saved === undefined) {
        delete process.env.GIT_CONFIG_GLOBAL;
      } else {
        process.env.GIT_CONFIG_GLOBAL = saved;
      }
    }
    expect(await exists(marker)).toBe(false);
    expect(git('log', '-1', '--format=%s').trim()).toBe('Add');
  });
});

describe.skipIf(!hasGit)('committing', () => {
  test('the repository’s hooks do not run on a commit made from Postwright', async () => {
    for (const hook of ['pre-commit', 'commit-msg', 'post-commit']) {
      const file = join(repo, '.git', 'hooks', hook);
      await writeFile(file, `#!/bin/sh\ntouch ${marker}\n`);
      await chmod(file, 0o755);
    }
    const written = await exportPost();
    await backend.gitCommit({ targetId, message: 'Add post', paths: written });
    expect(git('log', '-1', '--format=%s').trim()).toBe('Add post');
    expect(await exists(marker)).toBe(false);
  });

  test('hooks a husky-style core.hooksPath points at do not run either, and do not refuse the repository', async () => {
    await mkdir(join(repo, '.husky'));
    await writeFile(join(repo, '.husky', 'pre-commit'), `#!/bin/sh\ntouch ${marker}\n`);
    await chmod(join(repo, '.husky', 'pre-commit'), 0o755);
    git('config', 'core.hooksPath', '.husky');
    const written = await exportPost();
    expect((await backend.gitStatus({ targetId })).entries).toContainEqual({
      path: written[0],
      status: 'new',
    });
    await backend.gitCommit({ targetId, message: 'Add post', paths: written });
    expect(git('log', '-1', '--format=%s').trim()).toBe('Add post');
    expect(await exists(marker)).toBe(false);
  });

  test('a name with [ ] commits that file only, not the files it would match as a pattern', async () => {
    await mkdir(join(repo, 'assets'));
    await writeFile(join(repo, 'assets', 'k1.png'), 'old');
    git('add', '-A');
    git('commit', '-qm', 'k1');
    await writeFile(join(repo, 'assets', 'k1.png'), 'the user is still editing this');
    await writeFile(join(repo, 'assets', 'k[1].png'), 'exported');
    await backend.gitCommit({ targetId, message: 'Add image', paths: ['assets/k[1].png'] });
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('assets/k[1].png');
    expect(git('status', '--porcelain').trim()).toBe('M assets/k1.png');
  });
});
