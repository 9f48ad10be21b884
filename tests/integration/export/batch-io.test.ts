import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ApiError } from '../../../core/api';
import { resolveInside } from '../../../electron/node/fs/confine';
import { writeFilesAtomic, type BatchFile } from '../../../electron/node/export/batch-write';
import { ConfinedPaths } from '../../../electron/node/export/confined-paths';
import { mapInParallel } from '../../../electron/node/export/in-parallel';
import { treeOf } from './export-fixture';

// The export's batched file work (planning and applying a thousand posts) must answer exactly what
// the one-file-at-a-time code answered: the same resolved paths and errors as `resolveInside`, the
// same bytes and permission bits on disk, and nothing left behind when a write fails.

let base = '';
let root = '';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-batch-io-')));
  root = join(base, 'repo');
  await mkdir(join(root, '_posts'), { recursive: true });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function outcome(run: () => Promise<string>): Promise<unknown> {
  try {
    return { path: await run() };
  } catch (error) {
    return error instanceof ApiError
      ? { code: error.code, message: error.message, details: error.details }
      : { error: String(error) };
  }
}

test('ConfinedPaths resolves every kind of path exactly as resolveInside does', async () => {
  const outside = join(base, 'outside');
  await mkdir(join(outside, 'deep'), { recursive: true });
  await writeFile(join(outside, 'secret.md'), 'secret');
  await mkdir(join(root, 'real', 'sub'), { recursive: true });
  await writeFile(join(root, 'real', 'file.md'), 'x');
  await writeFile(join(root, '_posts', 'café.md'), 'nfc');
  await writeFile(join(root, 'a-file'), 'not a folder');
  await symlink(join(root, 'real'), join(root, 'inside-link'));
  await symlink(outside, join(root, 'outside-link'));
  await symlink(join(outside, 'secret.md'), join(root, '_posts', 'leak.md'));
  await symlink(join(root, 'nowhere', 'yet'), join(root, 'dangling-in'));
  await symlink(join(outside, 'nothing'), join(root, 'dangling-out'));
  await symlink(join(root, 'loop-b'), join(root, 'loop-a'));
  await symlink(join(root, 'loop-a'), join(root, 'loop-b'));
  await symlink('../real/file.md', join(root, '_posts', 'relative.md'));
  const long = 'n'.repeat(256);
  const paths = [
    '_posts/new.md',
    '_posts/café.md',
    '_posts/cafe\u0301.md',
    '_posts/leak.md',
    '_posts/relative.md',
    '_posts',
    'real/file.md',
    'real/sub/x.md',
    'real/file.md/below.md',
    'a-file/x.md',
    'inside-link/file.md',
    'inside-link/sub/new.md',
    'outside-link/secret.md',
    'outside-link/deep/new.md',
    'dangling-in/x.md',
    'dangling-in',
    'dangling-out/x.md',
    'dangling-out',
    'loop-a/x.md',
    'loop-a',
    'missing/one/two/x.md',
    'assets/images/post/figure.png',
    `${long}/x.md`,
    `_posts/${long}.md`,
    '../escape.md',
    '_posts/../../escape.md',
    '/etc/passwd',
    './_posts/./dot.md',
    '_posts//double.md',
    '_posts/trailing/',
    'C:/drive.md',
    '_posts\\back.md',
    'nul\0.md',
    '',
  ];
  const paths2 = new ConfinedPaths(root);
  for (const path of paths) {
    // Asked twice: the second answer comes from the operation's memo.
    for (let ask = 0; ask < 2; ask++) {
      expect({ path, ...((await outcome(() => paths2.resolve(path))) as object) }).toEqual({
        path,
        ...((await outcome(() => resolveInside(root, path))) as object),
      });
    }
  }
  // A fresh instance asked in another order gives the same answers.
  const reversed = new ConfinedPaths(root);
  for (const path of [...paths].reverse()) {
    expect(await outcome(() => reversed.resolve(path))).toEqual(
      await outcome(() => resolveInside(root, path)),
    );
  }
});

test('a batch writes every file whole, keeps permission bits and lets a later write to a file win', async () => {
  await writeFile(join(root, '_posts', 'old.md'), 'old');
  await chmod(join(root, '_posts', 'old.md'), 0o600);
  const file = (path: string, data: string, mode?: number): BatchFile => ({
    absolute: join(root, ...path.split('/')),
    data,
    path,
    mode,
  });
  await writeFilesAtomic(
    [
      [file('assets/images/a/figure.png', 'png-a'), file('assets/images/b/figure.png', 'png-b')],
      [
        file('_posts/new.md', 'first'),
        file('_posts/old.md', 'replaced', 0o600),
        file('_posts/new.md', 'second'),
      ],
    ],
    (error) => error,
  );
  expect(await treeOf(root)).toEqual({
    '_posts/new.md': Buffer.from('second').toString('base64'),
    '_posts/old.md': Buffer.from('replaced').toString('base64'),
    'assets/images/a/figure.png': Buffer.from('png-a').toString('base64'),
    'assets/images/b/figure.png': Buffer.from('png-b').toString('base64'),
  });
  expect((await stat(join(root, '_posts', 'old.md'))).mode & 0o777).toBe(0o600);
});

test('a batch whose write fails leaves the repository as it was, without temp files', async () => {
  await writeFile(join(root, '_posts', 'kept.md'), 'kept');
  const before = await treeOf(root);
  // A valid name whose temp file name is too long: the write fails after other temps exist.
  const long = `${'x'.repeat(240)}.md`;
  const files: BatchFile[] = ['a.md', 'kept.md', long, 'z.md'].map((name) => ({
    absolute: join(root, '_posts', name),
    data: `new ${name}`,
    path: `_posts/${name}`,
    mode: undefined,
  }));
  const seen: string[] = [];
  await expect(
    writeFilesAtomic([files], (error, path) => {
      seen.push(path);
      return new Error(`could not write ${path}`);
    }),
  ).rejects.toThrow(`could not write _posts/${long}`);
  expect(seen).toEqual([`_posts/${long}`]);
  expect(await treeOf(root)).toEqual(before);
  expect((await readdir(join(root, '_posts'))).filter((name) => name.endsWith('.pw-tmp'))).toEqual(
    [],
  );
  expect(await readFile(join(root, '_posts', 'kept.md'), 'utf8')).toBe('kept');
});

test('mapInParallel keeps order, runs every item, and throws the first failing item in order', async () => {
  const started: number[] = [];
  const delays = [30, 0, 20, 0, 10, 0];
  const run = mapInParallel(
    delays,
    async (delay, index) => {
      started.push(index);
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (index === 2 || index === 4) {
        throw new Error(`item ${index}`);
      }
      return index * 10;
    },
    3,
  );
  await expect(run).rejects.toThrow('item 2');
  expect([...started].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  expect(await mapInParallel(delays, (delay) => Promise.resolve(delay + 1), 2)).toEqual([
    31, 1, 21, 1, 11, 1,
  ]);
});
