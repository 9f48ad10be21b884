// Folders and posts handed to the app from outside: command lines, second launches, the OS, drops.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyPath,
  findLaunchTarget,
  pathsFromArgv,
  planOpen,
} from '../../../electron/main/launch-target';

let base: string;
beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-launch-')));
  await mkdir(join(base, '博客', '_posts'), { recursive: true });
  await writeFile(join(base, '博客', '_posts', '你好.md'), '# 你好');
  await writeFile(join(base, '博客', 'notes.markdown'), '# notes');
  await writeFile(join(base, '博客', 'cover.png'), 'png');
  await symlink(join(base, '博客'), join(base, 'blog-link'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('pathsFromArgv', () => {
  it('skips the executable and switches of a packaged app', () => {
    expect(pathsFromArgv(['/opt/Postwright/postwright', '--no-sandbox', '/w/a.md'], false)).toEqual(
      ['/w/a.md'],
    );
    expect(pathsFromArgv(['C:\\Postwright.exe', 'C:\\博客\\a.md'], false)).toEqual([
      'C:\\博客\\a.md',
    ]);
  });

  it('also skips the app path when Electron runs the unpackaged app', () => {
    expect(
      pathsFromArgv(
        [
          '/usr/bin/electron',
          '--inspect=0',
          '--remote-debugging-port=0',
          'dist/electron/main.cjs',
          '/w',
        ],
        true,
      ),
    ).toEqual(['/w']);
    expect(pathsFromArgv(['/usr/bin/electron', '.'], true)).toEqual([]);
  });
});

describe('classifyPath and findLaunchTarget', () => {
  it('takes a folder as the workspace, by its real path', async () => {
    expect(await classifyPath(join(base, 'blog-link'))).toEqual({
      kind: 'folder',
      root: join(base, '博客'),
    });
  });

  it('takes .md and .markdown files as posts in their folder', async () => {
    expect(await classifyPath(join(base, '博客', '_posts', '你好.md'))).toEqual({
      kind: 'post',
      file: join(base, '博客', '_posts', '你好.md'),
      folder: join(base, '博客', '_posts'),
    });
    expect(await classifyPath(join(base, '博客', 'notes.markdown'))).toMatchObject({
      kind: 'post',
    });
  });

  it('ignores other files and missing paths', async () => {
    expect(await classifyPath(join(base, '博客', 'cover.png'))).toBeNull();
    expect(await classifyPath(join(base, 'missing'))).toBeNull();
  });

  it('resolves relative paths against the launch folder and uses the first usable one', async () => {
    expect(await findLaunchTarget(['missing', '博客/cover.png', '博客'], base)).toEqual({
      kind: 'folder',
      root: join(base, '博客'),
    });
    expect(await findLaunchTarget([], base)).toBeNull();
  });
});

describe('planOpen', () => {
  const root = '/home/li/博客';

  it('selects a post that is inside the open workspace, without switching', () => {
    expect(
      planOpen({ kind: 'post', file: `${root}/_posts/你好.md`, folder: `${root}/_posts` }, root),
    ).toEqual({ openRoot: null, postPath: '_posts/你好.md' });
  });

  it('opens the folder of a post from elsewhere', () => {
    expect(planOpen({ kind: 'post', file: '/tmp/draft/a.md', folder: '/tmp/draft' }, root)).toEqual(
      { openRoot: '/tmp/draft', postPath: 'a.md' },
    );
  });

  it('does not reopen the workspace that is open', () => {
    expect(planOpen({ kind: 'folder', root }, root)).toEqual({ openRoot: null, postPath: null });
    expect(planOpen({ kind: 'folder', root: '/other' }, root)).toEqual({
      openRoot: '/other',
      postPath: null,
    });
  });

  it('does not mistake a sibling folder with the same prefix for the workspace', () => {
    expect(
      planOpen({ kind: 'post', file: `${root}-old/a.md`, folder: `${root}-old` }, root),
    ).toEqual({ openRoot: `${root}-old`, postPath: 'a.md' });
  });
});
