import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { treeOf } from './export-fixture';

// A GBK post (common on older Chinese Windows setups) exported from the terminal: the refusal
// said what the file is, not what to do about it.

let base = '';
let workspace = '';
let repo = '';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-gbk-')));
  workspace = join(base, 'workspace');
  repo = join(base, 'repo');
  await mkdir(workspace);
  await mkdir(join(repo, '_posts'), { recursive: true });
  await writeFile(join(repo, '_config.yml'), 'title: x\n');
  // "---\ntitle: 中文标题\ndate: 2024-01-02\n---\n\n这是 GBK 编码的正文。\n" in GBK.
  const gbk = new Uint8Array([
    ...Buffer.from('---\ntitle: '),
    0xd6,
    0xd0,
    0xce,
    0xc4,
    0xb1,
    0xea,
    0xcc,
    0xe2,
    ...Buffer.from('\ndate: 2024-01-02\n---\n\n'),
    0xd5,
    0xe2,
    0xca,
    0xc7,
    0x20,
    0x47,
    0x42,
    0x4b,
    0x20,
    0xb1,
    0xe0,
    0xc2,
    0xeb,
    0xb5,
    0xc4,
    0xd5,
    0xfd,
    0xce,
    0xc4,
    0xa1,
    0xa3,
    0x0a,
  ]);
  await writeFile(join(workspace, 'gbk.md'), gbk);
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function run(...argv: string[]): Promise<CommandRun> {
  return captureOutput((streams) =>
    runExportCommand(argv, {
      ...streams,
      cwd: workspace,
      env: { POSTWRIGHT_USER_DATA: join(base, 'user-data') },
    }),
  );
}

test('a GB18030 post is refused with what to do: convert it to UTF-8 in Postwright; nothing written', async () => {
  const before = await treeOf(repo);
  const { code, stderr } = await run('gbk.md', '--to', repo);
  expect(code).toBe(exitCodes.error);
  expect(stderr).toContain('gbk.md is not UTF-8 text (it looks like GB18030)');
  expect(stderr).toContain('open it in Postwright and convert it to UTF-8');
  expect(await treeOf(repo)).toEqual(before);
});
