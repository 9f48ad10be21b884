import { chmod, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

const absolute = (path: string) => join(temp.workspace.root, path);
const modeOf = async (path: string) => (await stat(absolute(path))).mode & 0o777;

// These run as whatever user the suite runs as, root included: a post is judged by its permission
// bits (see electron/node/fs/read-only.ts), which root's bypass of permissions does not change.
describe('a read-only post', () => {
  it('is not saved: E_PERMISSION, the bytes and the mode stay as they were', async () => {
    const api = await temp.open({ 'readonly.md': '---\ntitle: Keep\n---\n\nOriginal.\n' });
    await chmod(absolute('readonly.md'), 0o444);
    const document = await api.readPost({ path: 'readonly.md' });
    const failure = api.savePost({
      path: 'readonly.md',
      text: `${document.text}Typed text.\n`,
      baseVersion: document.version,
    });
    await expect(failure).rejects.toMatchObject({
      code: 'E_PERMISSION',
      details: { path: 'readonly.md', reason: 'read-only' },
    });
    expect(await readFile(absolute('readonly.md'), 'utf8')).toBe(
      '---\ntitle: Keep\n---\n\nOriginal.\n',
    );
    expect(await modeOf('readonly.md')).toBe(0o444);
    // No temp file is left beside it either.
    expect(await readdir(temp.workspace.root)).toEqual(['readonly.md']);
  });

  it('is refused for a front-matter edit too (the form saves through savePost)', async () => {
    const api = await temp.open({ 'fm.md': '---\ntitle: Old\n---\n' });
    await chmod(absolute('fm.md'), 0o400);
    const document = await api.readPost({ path: 'fm.md' });
    await expect(
      api.savePost({
        path: 'fm.md',
        text: document.text.replace('Old', 'New'),
        baseVersion: document.version,
      }),
    ).rejects.toMatchObject({ code: 'E_PERMISSION' });
    expect(await readFile(absolute('fm.md'), 'utf8')).toBe('---\ntitle: Old\n---\n');
  });

  it('saves again once it is made writable', async () => {
    const api = await temp.open({ 'a.md': 'one\n' });
    await chmod(absolute('a.md'), 0o444);
    const document = await api.readPost({ path: 'a.md' });
    const save = () => api.savePost({ path: 'a.md', text: 'two\n', baseVersion: document.version });
    await expect(save()).rejects.toMatchObject({ code: 'E_PERMISSION' });
    await chmod(absolute('a.md'), 0o644);
    expect((await save()).written).toBe(true);
    expect(await readFile(absolute('a.md'), 'utf8')).toBe('two\n');
    expect(await modeOf('a.md')).toBe(0o644);
  });

  it('answers an unchanged save without writing and without an error', async () => {
    const api = await temp.open({ 'same.md': 'same\n' });
    await chmod(absolute('same.md'), 0o444);
    const document = await api.readPost({ path: 'same.md' });
    const result = await api.savePost({
      path: 'same.md',
      text: document.text,
      baseVersion: document.version,
    });
    expect(result).toEqual({ version: document.version, written: false });
  });

  it('is not converted to UTF-8 either, and no backup is made', async () => {
    const latin1 = Buffer.from('# Schöne Grüße aus München\n\nÜber die Brücke.\n', 'latin1');
    const api = await temp.open({ 'de.md': latin1 });
    await chmod(absolute('de.md'), 0o444);
    await expect(api.convertPostEncoding({ path: 'de.md', from: 'latin1' })).rejects.toMatchObject({
      code: 'E_PERMISSION',
      details: { path: 'de.md', reason: 'read-only' },
    });
    expect(await readFile(absolute('de.md'))).toEqual(latin1);
    expect(await modeOf('de.md')).toBe(0o444);
    expect(await readdir(temp.workspace.root)).toEqual(['de.md']);
  });
});
