import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, realpath, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackend, type Backend } from '../../../electron/node/backend';
import { exists, exportFixtures, hasGit } from './export-fixture';

// The repository's own settings are checked before git runs, but a submodule has its own
// settings (`.git/modules/<name>/config`) that `git status` reads when it looks inside the
// submodule: a clean filter named there ran on the Export dialog's status.

let base = '';
let repo = '';
let marker = '';
let backend: Backend;
let targetId = '';

const gitIn = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Tester',
      GIT_AUTHOR_EMAIL: 'tester@example.com',
      GIT_COMMITTER_NAME: 'Tester',
      GIT_COMMITTER_EMAIL: 'tester@example.com',
    },
  });

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-git-submodule-')));
  const workspace = join(base, 'workspace');
  const theme = join(base, 'theme');
  repo = join(base, 'repo');
  marker = join(base, 'pwned');
  await mkdir(workspace);
  await writeFile(
    join(workspace, 'post.md'),
    '---\ntitle: Hostile\ndate: 2024-01-02\n---\n\nText\n',
  );
  if (hasGit) {
    await mkdir(theme);
    await writeFile(join(theme, 'layout.html'), '<main></main>\n');
    await writeFile(join(theme, '.gitattributes'), '* filter=evil\n');
    gitIn(theme, 'init', '-q');
    gitIn(theme, 'add', '-A');
    gitIn(theme, 'commit', '-qm', 'theme');
    await cp(join(exportFixtures, 'repos', 'jekyll'), repo, { recursive: true });
    gitIn(repo, 'init', '-q');
    gitIn(repo, 'submodule', 'add', '-q', theme, 'theme');
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-qm', 'init');
    // What a repository received as a folder can carry: a filter in the submodule's own settings.
    gitIn(
      repo,
      'config',
      '-f',
      join(repo, '.git', 'modules', 'theme', 'config'),
      'filter.evil.clean',
      `touch ${marker}; cat`,
    );
    // A changed time makes git read the file again, through the filter.
    const later = new Date(Date.now() + 5000);
    await utimes(join(repo, 'theme', 'layout.html'), later, later);
  }
  backend = await createBackend({ root: workspace, userDataDir: join(base, 'user'), watch: false });
  targetId = (await backend.addExportTarget({ path: repo })).id;
});

afterEach(async () => {
  await backend.close();
  await rm(base, { recursive: true, force: true });
});

describe.skipIf(!hasGit)('a repository with a submodule whose settings run programs', () => {
  test('status and commit never look inside the submodule, so its filter never runs', async () => {
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    const { written } = await backend.applyExport({ planId: plan.id });
    const status = await backend.gitStatus({ targetId });
    expect(status.entries).toEqual([{ path: written[0], status: 'new' }]);
    await backend.gitCommit({ targetId, message: 'Add post', paths: written });
    expect(await exists(marker)).toBe(false);
    expect(gitIn(repo, 'log', '-1', '--format=%s').trim()).toBe('Add post');
  });
});
