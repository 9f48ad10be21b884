import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();
const hook = '#!/bin/sh\necho original\n';
const files = {
  'post.md': '---\ntitle: Post\n---\nBody\n',
  '.git/hooks/pre-commit': hook,
  '.git/config': '[core]\n',
  '.postwright/workspace.json': '{}\n',
  'deploy.sh': 'echo deploy\n',
};

// What the app writes, converts, copies, renames or trashes is a post: no call can change a
// repository's hooks, the workspace's own state or a script beside the posts.
describe('only posts are changed', () => {
  it.each([
    ['.git/hooks/pre-commit', 'hidden-name'],
    ['.postwright/workspace.json', 'hidden-name'],
    ['deploy.sh', 'not-post-extension'],
  ])('refuses to save, convert, duplicate, delete or rename %s', async (path, reason) => {
    const backend = await temp.open(files);
    const refusal = { code: 'E_INVALID_NAME', details: { reason } };
    await expect(backend.savePost({ path, text: 'x', baseVersion: null })).rejects.toMatchObject(
      refusal,
    );
    await expect(backend.convertPostEncoding({ path, from: 'gbk' })).rejects.toMatchObject(refusal);
    await expect(backend.duplicatePost({ path })).rejects.toMatchObject(refusal);
    await expect(backend.deletePost({ path })).rejects.toMatchObject(refusal);
    await expect(backend.renamePost({ path, newPath: 'moved.md' })).rejects.toMatchObject(refusal);
    await expect(
      backend.savePostAsset({ postPath: path, fileName: 'a.png', data: 'iVBORw0KGgo=' }),
    ).rejects.toMatchObject(refusal);
    expect(await readFile(join(temp.workspace.root, path), 'utf8')).toBe(
      files[path as keyof typeof files],
    );
  });

  it('refuses to rename a post into a hidden folder', async () => {
    const backend = await temp.open(files);
    await expect(
      backend.renamePost({ path: 'post.md', newPath: '.git/hooks/post.md' }),
    ).rejects.toMatchObject({ code: 'E_INVALID_NAME', details: { reason: 'hidden-name' } });
    expect(await readFile(join(temp.workspace.root, 'post.md'), 'utf8')).toContain('title: Post');
  });

  it('refuses a post that is a symbolic link to a hook', async () => {
    const backend = await temp.open(files);
    await symlink(
      join(temp.workspace.root, '.git/hooks/pre-commit'),
      join(temp.workspace.root, 'innocent.md'),
    );
    await expect(
      backend.savePost({ path: 'innocent.md', text: '#!/bin/sh\nrm -rf ~\n', baseVersion: null }),
    ).rejects.toMatchObject({ code: 'E_INVALID_NAME', details: { reason: 'hidden-name' } });
    expect(await readFile(join(temp.workspace.root, '.git/hooks/pre-commit'), 'utf8')).toBe(hook);
  });

  it('still saves a post', async () => {
    const backend = await temp.open(files);
    const { version } = await backend.readPost({ path: 'post.md' });
    await backend.savePost({
      path: 'post.md',
      text: '---\ntitle: Post\n---\nNew\n',
      baseVersion: version,
    });
    expect(await readFile(join(temp.workspace.root, 'post.md'), 'utf8')).toContain('New');
  });
});
