import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { resolveInside, splitRelative, toWorkspacePath } from '../../../electron/node/fs/confine';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;
let backend: Backend;
let outside: string;

beforeEach(async () => {
  workspace = await makeWorkspace({ 'inside.md': '# in\n' });
  outside = join(workspace.base, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'secret.md'), 'secret\n');
  await symlink(outside, join(workspace.root, 'link-out'));
  await symlink(join(outside, 'secret.md'), join(workspace.root, 'secret-link.md'));
  await symlink(join(outside, 'missing.md'), join(workspace.root, 'dangling.md'));
  backend = await openBackend(workspace);
});

afterEach(async () => {
  await backend.close();
  await workspace.cleanup();
});

const escapes = [
  '../outside/secret.md',
  'a/../../outside/secret.md',
  '/etc/passwd',
  '\\\\server\\share\\x.md',
  'C:\\Windows\\win.ini',
  'c:/x.md',
  'nul\u0000.md',
  'link-out/secret.md',
  'link-out/new.md',
  'secret-link.md',
  'dangling.md',
];

describe('path confinement', () => {
  it.each(escapes)('refuses %j for every operation', async (path) => {
    const refused = { code: 'E_OUTSIDE_WORKSPACE' };
    await expect(backend.readPost({ path })).rejects.toMatchObject(refused);
    await expect(backend.savePost({ path, text: 'x', baseVersion: null })).rejects.toMatchObject(
      refused,
    );
    await expect(backend.renamePost({ path: 'inside.md', newPath: path })).rejects.toMatchObject(
      refused,
    );
    await expect(backend.renamePost({ path, newPath: 'moved.md' })).rejects.toMatchObject(refused);
    await expect(backend.duplicatePost({ path })).rejects.toMatchObject(refused);
    await expect(backend.deletePost({ path })).rejects.toMatchObject(refused);
    await expect(
      backend.savePostAsset({ postPath: path, fileName: 'a.png', data: 'AAAA' }),
    ).rejects.toMatchObject(refused);
    expect(await readdir(outside)).toEqual(['secret.md']);
  });

  it('refuses a post folder outside the workspace for createPost', async () => {
    for (const folder of ['../outside', 'link-out', '/tmp']) {
      await expect(backend.createPost({ title: 'x', folder })).rejects.toMatchObject({
        code: 'E_OUTSIDE_WORKSPACE',
      });
    }
    expect(await readdir(outside)).toEqual(['secret.md']);
  });

  it('resolves ordinary paths, existing or not, to real paths inside the root', async () => {
    const root = backend.root;
    expect(await resolveInside(root, 'inside.md')).toBe(join(root, 'inside.md'));
    expect(await resolveInside(root, 'new/folder/post.md')).toBe(join(root, 'new/folder/post.md'));
    expect(await resolveInside(root, './a//b.md')).toBe(join(root, 'a/b.md'));
    expect(toWorkspacePath(root, join(root, 'a', '文章.md'))).toBe('a/文章.md');
  });

  it('keeps confining to the opened folder when the workspace is swapped for a link elsewhere', async () => {
    // The open workspace's folder is moved away and a link to another folder takes its name:
    // the posts reached through it are not the workspace's, and are refused, not read.
    await writeFile(join(outside, 'inside.md'), 'not the workspace post\n');
    await rename(workspace.root, `${workspace.root}-moved`);
    await symlink(outside, workspace.root);
    await expect(backend.readPost({ path: 'inside.md' })).rejects.toMatchObject({
      code: 'E_OUTSIDE_WORKSPACE',
    });
    await expect(
      backend.savePost({ path: 'new.md', text: 'x', baseVersion: null }),
    ).rejects.toMatchObject({ code: 'E_OUTSIDE_WORKSPACE' });
    expect((await readdir(outside)).sort()).toEqual(['inside.md', 'secret.md']);
  });
});

describe('a colon after one letter', () => {
  it('is a drive only when a separator or nothing follows it, on every system', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      for (const path of ['C:\\Windows\\win.ini', 'c:/x.md', 'C:']) {
        expect(() => splitRelative(path, platform), `${platform} ${path}`).toThrow(
          expect.objectContaining({ code: 'E_OUTSIDE_WORKSPACE' }),
        );
      }
    }
  });

  it('is part of a name on POSIX, where `a:b.md` is a legal file name', () => {
    expect(splitRelative('a:b.md', 'linux')).toEqual(['a:b.md']);
    expect(splitRelative('posts/a:b.md', 'darwin')).toEqual(['posts', 'a:b.md']);
  });

  it('is an invalid name on Windows, which forbids ":" in names, not a path outside', () => {
    for (const path of ['a:b.md', 'posts/a:b.md', 'post.md:stream']) {
      expect(() => splitRelative(path, 'win32'), path).toThrow(
        expect.objectContaining({ code: 'E_INVALID_NAME' }),
      );
    }
  });

  it.skipIf(process.platform === 'win32')(
    'opens and saves a post named `a:b.md` at the top of the workspace',
    async () => {
      await writeFile(join(workspace.root, 'a:b.md'), 'one\n');
      const document = await backend.readPost({ path: 'a:b.md' });
      expect(document.text).toBe('one\n');
      await backend.savePost({ path: 'a:b.md', text: 'two\n', baseVersion: document.version });
      expect(await readFile(join(workspace.root, 'a:b.md'), 'utf8')).toBe('two\n');
    },
  );

  it('refuses renaming a post to `a:b.md` as a name unsafe on Windows, like `ab:c.md`', async () => {
    for (const newPath of ['a:b.md', 'ab:c.md']) {
      await expect(backend.renamePost({ path: 'inside.md', newPath })).rejects.toMatchObject({
        code: 'E_INVALID_NAME',
      });
    }
    expect(await readFile(join(workspace.root, 'inside.md'), 'utf8')).toBe('# in\n');
  });
});
