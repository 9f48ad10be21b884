import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;
let api: Backend;

afterEach(async () => {
  await api.close();
  await workspace.cleanup();
});

async function open(files: Record<string, string>): Promise<Backend> {
  workspace = await makeWorkspace(files);
  api = await openBackend(workspace);
  return api;
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('names built to hurt', () => {
  it('gives every hostile title a safe, short, unique file name and never overwrites', async () => {
    await open({ 'posts/.keep': '' });
    const titles = [
      '../../etc/passwd',
      'CON',
      'nul.txt',
      '#?%*:|"<>',
      '🎉🎉🎉',
      'Cafe\u0301 NFD',
      '-rf --no-preserve-root',
      '中'.repeat(300),
      'a\u0000b',
      '.hidden',
    ];
    const created = new Set<string>();
    for (const title of titles) {
      const { path } = await api.createPost({ title, date: '2025-01-02', folder: 'posts' });
      expect(path, title).toMatch(/^posts\/2025-01-02-[^/\\:*?"<>|]+\.md$/);
      expect(utf8Bytes(path.slice('posts/'.length)), title).toBeLessThanOrEqual(255);
      expect(path, title).toBe(path.normalize('NFC'));
      expect(created.has(path.toLowerCase()), title).toBe(false);
      created.add(path.toLowerCase());
    }
    // A blank title is refused, as the UI's disabled Create button and the CLI refuse it.
    for (const title of ['', '   ']) {
      await expect(api.createPost({ title, folder: 'posts' }), title).rejects.toMatchObject({
        code: 'E_INVALID_ARGUMENT',
      });
    }
    expect((await readdir(join(workspace.root, 'posts'))).length).toBe(titles.length + 1);
  });

  it('never renames onto a case-only twin or out of the workspace', async () => {
    await open({ 'A.md': 'upper\n', 'a.md': 'lower\n', 'b.md': 'bee\n' });
    await expect(api.renamePost({ path: 'A.md', newPath: 'a.md' })).rejects.toMatchObject({
      code: 'E_EXISTS',
    });
    await expect(api.renamePost({ path: 'b.md', newPath: 'B.md' })).resolves.toBeDefined();
    await expect(api.renamePost({ path: 'B.md', newPath: '../b.md' })).rejects.toMatchObject({
      code: 'E_OUTSIDE_WORKSPACE',
    });
    expect(await readFile(join(workspace.root, 'A.md'), 'utf8')).toBe('upper\n');
    expect(await readFile(join(workspace.root, 'a.md'), 'utf8')).toBe('lower\n');
  });

  it('refuses a rename to a name over 255 bytes with the reason, not a system error', async () => {
    await open({ 'a.md': 'a\n' });
    for (const [newPath, bytes] of [
      [`${'长'.repeat(90)}.md`, 273],
      [`${'文'.repeat(90)}/a.md`, 270],
    ] as const) {
      const error: unknown = await api
        .renamePost({ path: 'a.md', newPath })
        .catch((e: unknown) => e);
      expect(error, newPath).toMatchObject({ code: 'E_INVALID_NAME', details: { bytes } });
      expect((error as Error).message).not.toContain(workspace.root);
    }
    expect(await readFile(join(workspace.root, 'a.md'), 'utf8')).toBe('a\n');
    const read: unknown = await api
      .readPost({ path: `${'长'.repeat(90)}.md` })
      .catch((e: unknown) => e);
    expect(read).toMatchObject({ code: 'E_INVALID_NAME' });
    expect((read as Error).message).not.toContain(workspace.root);
  });

  it('duplicates, deletes and restores posts with odd names', async () => {
    const names = ['#1 100% sure?.md', '-dash.md', 'emoji 🎉.md', `${'长'.repeat(80)}.md`];
    await open(Object.fromEntries(names.map((name) => [name, `${name}\n`])));
    for (const name of names) {
      const copy = await api.duplicatePost({ path: name });
      expect(utf8Bytes(copy.path), name).toBeLessThanOrEqual(255);
      expect(await readFile(join(workspace.root, copy.path), 'utf8')).toBe(`${name}\n`);
      const { trashId } = await api.deletePost({ path: name });
      await api.restorePost({ trashId });
      expect(await readFile(join(workspace.root, name), 'utf8')).toBe(`${name}\n`);
    }
  });

  it('stores a hostile image name safely beside the post', async () => {
    await open({ 'post.md': '# P\n' });
    const data = Buffer.from('png bytes').toString('base64');
    for (const fileName of [
      '../../evil.png',
      'CON.png',
      'a/b\\c.png',
      '.htaccess',
      'x.png\u0000.md',
    ]) {
      const result = await api.savePostAsset({ postPath: 'post.md', fileName, data });
      expect(result.path, fileName).not.toMatch(/\.\.|\\|\0/);
      expect(await readFile(join(workspace.root, result.path), 'utf8')).toBe('png bytes');
    }
    expect(await readdir(workspace.base)).not.toContain('evil.png');
  });

  it('refuses to save a text larger than it could open again, writing nothing', async () => {
    await open({ 'a.md': 'small\n' });
    const document = await api.readPost({ path: 'a.md' });
    await expect(
      api.savePost({
        path: 'a.md',
        text: 'x'.repeat(17 * 1024 * 1024),
        baseVersion: document.version,
      }),
    ).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
    expect(await readFile(join(workspace.root, 'a.md'), 'utf8')).toBe('small\n');
  });

  it('refuses a text with half a surrogate pair instead of writing U+FFFD', async () => {
    await open({ 'a.md': 'emoji 🎉\n' });
    const document = await api.readPost({ path: 'a.md' });
    await expect(
      api.savePost({ path: 'a.md', text: 'emoji \ud83c\n', baseVersion: document.version }),
    ).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT', details: { offset: 6 } });
    expect(await readFile(join(workspace.root, 'a.md'), 'utf8')).toBe('emoji 🎉\n');
    await api.savePost({ path: 'a.md', text: 'emoji 🎉🎉\n', baseVersion: document.version });
    expect(await readFile(join(workspace.root, 'a.md'), 'utf8')).toBe('emoji 🎉🎉\n');
  });
});
