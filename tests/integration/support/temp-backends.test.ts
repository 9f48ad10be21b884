import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackends, type TempWorkspace } from './temp-workspace';

// The helper most integration tests stand on: a workspace it leaves behind fills the disk of
// every run, one it removes too early breaks the test using it.

const temp = tempBackends();
let previousTest: TempWorkspace[] = [];

describe('tempBackends', () => {
  it('has no workspace before the test makes one', () => {
    expect(() => temp.workspace).toThrow('No temp workspace yet');
  });

  it('opens a backend on a new workspace holding the given files', async () => {
    const backend = await temp.open({ 'posts/文章.md': '# 你好\n' });
    expect((await backend.listPosts({})).map((post) => post.title)).toEqual(['你好']);
    expect(await readFile(join(temp.workspace.root, 'posts/文章.md'), 'utf8')).toBe('# 你好\n');
    const first = temp.workspace;
    const second = await temp.makeWorkspace();
    expect(temp.workspace).toBe(second);
    previousTest = [first, second];
    expect(previousTest.every((workspace) => existsSync(workspace.root))).toBe(true);
  });

  it('removed every workspace of the test before, and starts again without one', () => {
    expect(previousTest.map((workspace) => existsSync(workspace.base))).toEqual([false, false]);
    expect(() => temp.workspace).toThrow('No temp workspace yet');
  });

  it('reopens a workspace after a close, seeing what changed on disk meanwhile', async () => {
    await temp.open({ 'a.md': '# A\n' });
    await temp.close();
    await temp.workspace.write('b.md', '# B\n');
    const again = await temp.openBackend();
    expect((await again.listPosts({})).map((post) => post.path)).toEqual(['a.md', 'b.md']);
  });
});
