import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostEntry } from '../../../core/api';
import { runCapturedCli } from '../support/captured-cli';
import { makeHostileWorkspace } from '../support/hostile-workspace';
import { makeWorkspace, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;

afterEach(async () => {
  await workspace.cleanup();
});

/** Runs the CLI from the workspace's parent folder and captures what it prints. */
function cli(...argv: string[]) {
  return runCapturedCli(workspace, argv);
}

describe('the CLI as a shell user meets it', () => {
  beforeEach(async () => {
    workspace = await makeWorkspace({ '_posts/.keep': '', 'notes.txt': 'a file' });
  });

  it('names the command and the problem when DIR is missing or a file (exit 2)', async () => {
    expect(await cli('list', 'no-such-folder')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "postwright list: no such folder: no-such-folder\nTry 'postwright list --help'.\n",
    });
    const file = await cli('new', 'workspace/notes.txt', 'Title');
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^postwright new: not a folder: workspace\/notes\.txt/);
    expect((await cli('workspace/notes.txt')).stderr).toMatch(/^postwright: not a folder/);
    expect((await cli('lsit')).stderr).toMatch(/^postwright: no such folder or command: lsit/);
    expect(await cli('serve', '--workspace', 'nope')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "postwright serve: no such folder: nope\nTry 'postwright serve --help'.\n",
    });
  });

  it('refuses unknown options and extra arguments with a hint (exit 2)', async () => {
    for (const argv of [
      ['list', 'workspace', '--bogus'],
      ['new', 'workspace', 'A', 'B'],
      ['new', 'workspace', 'A', '--date'],
      ['serve', '--port'],
      ['--bogus'],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(/\nTry 'postwright( \w+)? --help'\.\n$/);
    }
  });

  it('creates _posts/DATE-<pinyin>.md for a Chinese title and never overwrites', async () => {
    const first = await cli('new', 'workspace', '你好世界', '--date', '2025-03-01');
    expect(first).toMatchObject({ code: 0, stdout: '_posts/2025-03-01-ni-hao-shi-jie.md\n' });
    const path = join(workspace.root, '_posts', '2025-03-01-ni-hao-shi-jie.md');
    expect(await readFile(path, 'utf8')).toContain('title: 你好世界\n');
    await writeFile(path, 'my own words\n');
    const second = await cli('new', 'workspace', '你好世界', '--date', '2025-03-01');
    expect(second.code).toBe(0);
    expect(second.stdout).not.toBe(first.stdout);
    expect(second.stdout).toMatch(/^_posts\/2025-03-01-ni-hao-shi-jie-?\d+\.md\n$/);
    expect(await readFile(path, 'utf8')).toBe('my own words\n');
  });

  it('takes a title that starts with a dash after --', async () => {
    const result = await cli('new', 'workspace', '--date', '2025-03-01', '--', '-leading dash');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^_posts\/2025-03-01-leading-dash\.md\n$/);
  });
});

describe('the CLI on a hostile workspace', () => {
  beforeEach(async () => {
    workspace = await makeHostileWorkspace();
  });

  it('lists every post as JSON, broken ones with their error, and exits 0', async () => {
    const result = await cli('list', 'workspace', '--json');
    expect(result.code).toBe(0);
    const posts = JSON.parse(result.stdout) as PostEntry[];
    const paths = posts.map((post) => post.path);
    expect(paths).toEqual(expect.arrayContaining(['ok.md', 'unclosed.md', 'binary.md', 'huge.md']));
    expect(paths).not.toContain('passwd.md');
    expect(posts.find((post) => post.path === 'unclosed.md')?.frontMatterError).not.toBeNull();
  });

  it('marks broken posts in the plain list and can add a post beside them', async () => {
    const list = await cli('list', 'workspace');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/unclosed \[front matter error\]\s+\(unclosed\.md\)/);
    const created = await cli('new', 'workspace', '新文章', '--date', '2025-01-02');
    expect(created).toMatchObject({ code: 0, stdout: '2025-01-02-xin-wen-zhang.md\n' });
  });
});
