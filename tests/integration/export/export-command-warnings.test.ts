import { appendFile, cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ExportPlan } from '../../../core/api';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { exportFixtures, treeOf } from './export-fixture';

let base = '';
let workspace = '';
let repo = '';
let userData = '';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-warn-')));
  workspace = join(base, 'workspace');
  repo = join(base, 'repo');
  userData = join(base, 'user-data');
  await mkdir(workspace);
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

test('a post blocked by an invalid date exits 1 naming the field and value; nothing is written', async () => {
  await writeFile(join(workspace, 'bad.md'), '---\ntitle: Bad\ndate: 2024-02-30\n---\n\nx\n');
  const before = await treeOf(repo);
  for (const extra of [[], ['--dry-run']]) {
    const { code, stdout, stderr } = await run('bad.md', '--to', repo, ...extra);
    expect(code).toBe(exitCodes.error);
    expect(stdout).toContain('not exported: bad.md');
    expect(stdout).toContain(
      'invalid-date: bad.md: date 2024-02-30 is not a valid date. Fix it in the front matter; until then the post is not exported.',
    );
    expect(stderr).toBe(
      'postwright export: bad.md is not exported: date 2024-02-30 is not a valid date. Fix it in the front matter; until then the post is not exported.\nNothing was written.\n',
    );
  }
  expect(await treeOf(repo)).toEqual(before);
});

test('missing date and converted front matter each print one plain English line', async () => {
  await writeFile(join(workspace, 'undated.md'), '---\ntitle: Undated\n---\n\nx\n');
  await writeFile(
    join(workspace, 'from-hugo.md'),
    '+++\n# why\ntitle = "From Hugo"\ndate = 2024-01-02\n+++\n\nx\n',
  );
  const undated = await run('undated.md', '--to', repo, '--dry-run');
  expect(undated.code).toBe(exitCodes.ok);
  expect(undated.stdout).toMatch(
    /\n {2}missing-date: undated\.md: The post has no date in its front matter; the export dates it today, \d{4}-\d{2}-\d{2}\.\n/,
  );
  const converted = await run('from-hugo.md', '--to', repo, '--dry-run');
  expect(converted.code).toBe(exitCodes.ok);
  const line = converted.stdout.split('\n').find((text) => text.includes('front-matter-converted'));
  expect(line).toMatch(/^ {2}front-matter-converted: from-hugo\.md: .*YAML.*1 comment/);
});

test('a dry run on a project site (baseurl /sub) shows image links with the base path', async () => {
  await appendFile(join(repo, '_config.yml'), 'baseurl: /sub\n');
  await writeFile(
    join(workspace, 'renamed.md'),
    '---\ntitle: Renamed\ndate: 2024-01-05\n---\n\n![x](x.png)\n',
  );
  await writeFile(join(workspace, 'x.png'), 'PNG bytes');
  const before = await treeOf(repo);
  const { code, stdout } = await run('renamed.md', '--to', repo, '--dry-run', '--json');
  expect(code).toBe(exitCodes.ok);
  const { plan } = JSON.parse(stdout) as { plan: ExportPlan };
  const file = plan.files[0];
  expect(file?.url).toBe('/sub/2024/01/05/renamed.html');
  expect(file?.content).toContain('![x](/sub/assets/images/renamed/x.png)');
  expect(plan.assets.map((asset) => asset.targetPath)).toEqual(['assets/images/renamed/x.png']);
  expect(await treeOf(repo)).toEqual(before);
});
