import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { helpTexts } from '../../../electron/node/cli/help';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { exists, exportFixtures, treeOf } from './export-fixture';

let base = '';
let workspace = '';
let repo = '';
let userData = '';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-cli-')));
  workspace = join(base, 'workspace');
  repo = join(base, 'repo');
  userData = join(base, 'user-data');
  await mkdir(workspace);
  await writeFile(join(workspace, 'ok.md'), '---\ntitle: Fine\ndate: 2024-01-02\n---\n\nText\n');
  await cp(join(exportFixtures, 'repos', 'jekyll'), repo, { recursive: true });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function run(...argv: string[]): Promise<CommandRun> {
  return captureOutput((streams) =>
    runExportCommand(argv, { ...streams, cwd: workspace, env: { POSTWRIGHT_USER_DATA: userData } }),
  );
}

test('a post whose front matter cannot be read is not "up to date": the reason, exit 1', async () => {
  await writeFile(
    join(workspace, 'broken.md'),
    '---\ntitle: [unclosed\ndate: 2024-01-02\n---\n\nx\n',
  );
  const before = await treeOf(repo);
  for (const extra of [[], ['--dry-run']]) {
    const { code, stdout, stderr } = await run('broken.md', '--to', repo, ...extra);
    expect(code).toBe(exitCodes.error);
    expect(stdout).not.toContain('already has this version');
    expect(stdout).toContain('not exported: broken.md');
    expect(stderr).toContain('broken.md is not exported: The front matter cannot be read');
    expect(stderr).toContain('Nothing was written.');
  }
  expect(await treeOf(repo)).toEqual(before);
});

test('a post whose file name would be longer than 255 bytes is refused with the reason, exit 1', async () => {
  const slug = '长'.repeat(84);
  await writeFile(
    join(workspace, 'long.md'),
    `---\ntitle: Long\ndate: 2024-01-02\nslug: ${slug}\n---\n\nx\n`,
  );
  const before = await treeOf(repo);
  const { code, stdout, stderr } = await run('long.md', '--to', repo);
  expect(code).toBe(exitCodes.error);
  expect(stdout).not.toContain('up to date');
  expect(stderr).toContain(`long.md is not exported: _posts/2024-01-02-${slug}.md`);
  const json = await run('long.md', '--to', repo, '--json');
  expect(json.code).toBe(exitCodes.error);
  expect(JSON.parse(json.stdout)).toMatchObject({ plan: { files: [] } });
  expect(await treeOf(repo)).toEqual(before);
});

test('a post already exported is still "up to date", exit 0', async () => {
  expect((await run('ok.md', '--to', repo)).code).toBe(exitCodes.ok);
  const again = await run('ok.md', '--to', repo);
  expect(again.code).toBe(exitCodes.ok);
  expect(again.stdout).toContain('Nothing to do');
});

test('--dry-run writes nothing anywhere: not the workspace, not the user data, not the repository', async () => {
  const workspaceBefore = await treeOf(workspace);
  const repoBefore = await treeOf(repo);
  const { code, stdout } = await run(
    'ok.md',
    '--to',
    repo,
    '--dry-run',
    '--drafts',
    'published-false',
  );
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('create  _posts/2024-01-02-ok.md');
  expect(await treeOf(workspace)).toEqual(workspaceBefore);
  expect(await exists(join(workspace, '.postwright'))).toBe(false);
  expect(await exists(userData)).toBe(false);
  expect(await treeOf(repo)).toEqual(repoBefore);
});

test('--dry-run leaves a target already registered as it is, even with another --drafts', async () => {
  expect((await run('ok.md', '--to', repo)).code).toBe(exitCodes.ok);
  const settings = join(workspace, '.postwright', 'workspace.json');
  const before = await readFile(settings, 'utf8');
  const userDataBefore = await treeOf(userData);
  await writeFile(join(workspace, 'ok.md'), '---\ntitle: Fine\ndate: 2024-01-02\n---\n\nMore\n');
  const { code, stdout } = await run(
    'ok.md',
    '--to',
    repo,
    '--dry-run',
    '--drafts',
    'published-false',
  );
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('update  _posts/2024-01-02-ok.md');
  expect(await readFile(settings, 'utf8')).toBe(before);
  expect(await treeOf(userData)).toEqual(userDataBefore);
});

test('exit code 3 (a file that is not Postwright’s) is what --help says', async () => {
  await writeFile(join(repo, '_posts', '2024-01-02-ok.md'), 'hand-written\n');
  expect((await run('ok.md', '--to', repo)).code).toBe(3);
  expect(exitCodes.refused).toBe(3);
  const help = await run('--help');
  expect(help.stdout).toContain(
    '3 nothing was\nwritten because a file in the repository would be overwritten',
  );
  expect(helpTexts['main']).toContain(
    '3 export wrote nothing because a file in the\nrepository would be overwritten',
  );
});
