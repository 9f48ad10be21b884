import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { exportFixtures, makeExportFixture, treeOf, type ExportFixture } from './export-fixture';

let fixture: ExportFixture;

beforeEach(async () => {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'hexo'));
});

afterEach(async () => {
  await fixture.cleanup();
});

function run(...argv: string[]): Promise<CommandRun> {
  return captureOutput((streams) =>
    runExportCommand(argv, {
      ...streams,
      cwd: fixture.workspace,
      env: { POSTWRIGHT_USER_DATA: fixture.userData },
    }),
  );
}

const target = 'source/_posts/math-and-images.md';

test('--dry-run prints the plan and writes nothing', async () => {
  const before = await treeOf(fixture.repo);
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo, '--dry-run');
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain(`Export to ${fixture.repo} (hexo)`);
  expect(stdout).toContain(`create  ${target}`);
  expect(stdout).toContain(
    'source/_posts/math-and-images/diagram.png <- images/diagram.png (create)',
  );
  expect(await treeOf(fixture.repo)).toEqual(before);
});

test('exports the post and its images, then reports nothing to do', async () => {
  const first = await run('math-and-images.md', '--to', fixture.repo);
  expect(first.code).toBe(exitCodes.ok);
  expect(first.stdout).toContain(`wrote   ${target}`);
  expect(await readFile(join(fixture.repo, target), 'utf8')).toContain('date: 2024-05-01 00:00:00');
  expect(await readFile(join(fixture.repo, 'source/_posts/math-and-images/diagram.png'))).toEqual(
    await readFile(join(fixture.workspace, 'images/diagram.png')),
  );
  const second = await run('math-and-images.md', '--to', fixture.repo);
  expect(second.code).toBe(exitCodes.ok);
  expect(second.stdout).toContain('Nothing to do');
});

test('--json prints the plan and the result as JSON', async () => {
  const { code, stdout } = await run(
    'math-and-images.md',
    '--to',
    fixture.repo,
    '--json',
    '--preset',
    'plain',
  );
  expect(code).toBe(exitCodes.ok);
  const output = JSON.parse(stdout) as {
    plan: { target: { preset: string } };
    result: { written: string[] };
  };
  expect(output.plan.target.preset).toBe('plain');
  expect(output.result.written).toEqual(['math-and-images.md']);
});

test('a foreign file at the target exits 3 and names --replace; --replace overwrites it', async () => {
  await writeFile(join(fixture.repo, target), 'hand-written\n');
  const refused = await run('math-and-images.md', '--to', fixture.repo);
  expect(refused.code).toBe(exitCodes.refused);
  expect(refused.stderr).toContain('--replace');
  expect(await readFile(join(fixture.repo, target), 'utf8')).toBe('hand-written\n');
  const replaced = await run('math-and-images.md', '--to', fixture.repo, '--replace');
  expect(replaced.code).toBe(exitCodes.ok);
  expect(await readFile(join(fixture.repo, target), 'utf8')).toContain('title: 数学与图片');
});

test('mistakes in the command line exit 2 with the usage; a missing post or repository exits 1', async () => {
  expect((await run('math-and-images.md')).code).toBe(exitCodes.usage);
  expect((await run('--to', fixture.repo)).code).toBe(exitCodes.usage);
  const badPreset = await run('math-and-images.md', '--to', fixture.repo, '--preset', 'wordpress');
  expect([badPreset.code, badPreset.stderr]).toEqual([
    exitCodes.usage,
    expect.stringContaining('Unknown preset "wordpress"'),
  ]);
  const missing = await run('nope.md', '--to', fixture.repo);
  expect([missing.code, missing.stderr]).toEqual([
    exitCodes.error,
    expect.stringContaining('is not a file'),
  ]);
  const noRepo = await run('math-and-images.md', '--to', join(fixture.repo, 'nope'));
  expect([noRepo.code, noRepo.stderr]).toEqual([
    exitCodes.error,
    expect.stringContaining('does not exist'),
  ]);
  expect((await run('--help')).code).toBe(exitCodes.ok);
});

test('an empty option value is a usage error, and --to=REPO works like --to REPO', async () => {
  for (const argv of [
    ['math-and-images.md', '--to', fixture.repo, '--workspace', ''],
    ['math-and-images.md', '--to', fixture.repo, '--workspace='],
    ['math-and-images.md', '--to', '  '],
  ]) {
    const { code, stderr } = await run(...argv);
    expect([code, stderr]).toEqual([exitCodes.usage, expect.stringContaining('needs a value')]);
  }
  const flagWithValue = await run('math-and-images.md', '--to', fixture.repo, '--json=yes');
  expect([flagWithValue.code, flagWithValue.stderr]).toEqual([
    exitCodes.usage,
    expect.stringContaining('--json takes no value'),
  ]);
  const inline = await run('math-and-images.md', `--to=${fixture.repo}`, '--dry-run');
  expect([inline.code, inline.stdout]).toEqual([
    exitCodes.ok,
    expect.stringContaining(`create  ${target}`),
  ]);
});

test('a repository inside the workspace, or a _posts that is a file, exits 1 saying what to do, and writes nothing', async () => {
  const inside = await run('math-and-images.md', '--to', join(fixture.workspace, 'images'));
  expect([inside.code, inside.stderr]).toEqual([
    exitCodes.error,
    expect.stringContaining('Move the blog repository out of the workspace'),
  ]);
  await rm(join(fixture.repo, 'source', '_posts'), { recursive: true });
  await writeFile(join(fixture.repo, 'source', '_posts'), 'a file');
  const before = await treeOf(fixture.repo);
  const blocked = await run('math-and-images.md', '--to', fixture.repo);
  expect([blocked.code, blocked.stderr]).toEqual([
    exitCodes.error,
    expect.stringContaining('source/_posts is a file in the repository where a folder is needed'),
  ]);
  expect(await treeOf(fixture.repo)).toEqual(before);
});

test('the dry run prints each post address on the blog', async () => {
  const { stdout } = await run('math-and-images.md', '--to', fixture.repo, '--dry-run');
  expect(stdout).toMatch(/address on the blog: \/\d{4}\/\d{2}\/\d{2}\/math-and-images\/\n/);
});

test('--drafts published-false puts a draft in _posts with published: false; a wrong style is a usage error', async () => {
  await writeFile(
    join(fixture.workspace, 'later.md'),
    '---\ntitle: Later\ndate: 2024-01-02\ndraft: true\n---\nx\n',
  );
  const wrong = await run('later.md', '--to', fixture.repo, '--drafts', 'hidden');
  expect([wrong.code, wrong.stderr]).toEqual([
    exitCodes.usage,
    expect.stringContaining('--drafts is drafts-folder or published-false'),
  ]);
  const { code } = await run('later.md', '--to', fixture.repo, '--drafts', 'published-false');
  expect(code).toBe(exitCodes.ok);
  const written = await readFile(join(fixture.repo, 'source/_posts/later.md'), 'utf8');
  expect(written).toContain('published: false');
});
