import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../support/gb18030';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

const bytesOf = (path: string) => readFile(join(temp.workspace.root, path));

describe('reading and saving posts', () => {
  it('saves atomically and returns the new version', async () => {
    const api = await temp.open({ 'a.md': '# A\n' });
    const document = await api.readPost({ path: 'a.md' });
    expect(document).toMatchObject({ text: '# A\n', hasBom: false, lineEnding: 'lf' });
    const result = await api.savePost({
      path: 'a.md',
      text: '# A2\n',
      baseVersion: document.version,
    });
    expect(result.written).toBe(true);
    expect((await bytesOf('a.md')).toString()).toBe('# A2\n');
    expect((await api.readPost({ path: 'a.md' })).version).toEqual(result.version);
  });

  it('refuses with E_CONFLICT when the file changed on disk since it was read', async () => {
    const api = await temp.open({ 'a.md': 'one\n' });
    const document = await api.readPost({ path: 'a.md' });
    await writeFile(join(temp.workspace.root, 'a.md'), 'changed elsewhere\n');
    await expect(
      api.savePost({ path: 'a.md', text: 'mine\n', baseVersion: document.version }),
    ).rejects.toMatchObject({ code: 'E_CONFLICT' });
    expect((await bytesOf('a.md')).toString()).toBe('changed elsewhere\n');
  });

  it('refuses to save over an existing file without a base version (a failed read never writes)', async () => {
    const api = await temp.open({ 'a.md': 'precious\n' });
    await expect(api.savePost({ path: 'a.md', text: '', baseVersion: null })).rejects.toMatchObject(
      {
        code: 'E_CONFLICT',
      },
    );
    expect((await bytesOf('a.md')).toString()).toBe('precious\n');
  });

  it('writes nothing when the text did not change', async () => {
    const api = await temp.open({ 'a.md': 'same\n' });
    const document = await api.readPost({ path: 'a.md' });
    const before = await stat(join(temp.workspace.root, 'a.md'));
    const result = await api.savePost({
      path: 'a.md',
      text: 'same\n',
      baseVersion: document.version,
    });
    expect(result).toEqual({ version: document.version, written: false });
    expect((await stat(join(temp.workspace.root, 'a.md'))).ino).toBe(before.ino);
  });

  it('saves through a symlink inside the workspace into the real post, keeping the link', async () => {
    const api = await temp.open({ 'real.md': 'one\n' });
    const { lstat, symlink } = await import('node:fs/promises');
    await symlink('real.md', join(temp.workspace.root, 'alias.md'));
    const document = await api.readPost({ path: 'alias.md' });
    await api.savePost({ path: 'alias.md', text: 'two\n', baseVersion: document.version });
    expect((await bytesOf('real.md')).toString()).toBe('two\n');
    expect((await lstat(join(temp.workspace.root, 'alias.md'))).isSymbolicLink()).toBe(true);
    expect((await api.listPosts({})).map((post) => post.path)).toEqual(['real.md']);
  });

  it('keeps permissions of the file', async () => {
    const api = await temp.open({ 'a.md': 'x\n' });
    const { chmod } = await import('node:fs/promises');
    await chmod(join(temp.workspace.root, 'a.md'), 0o640);
    const document = await api.readPost({ path: 'a.md' });
    await api.savePost({ path: 'a.md', text: 'y\n', baseVersion: document.version });
    expect((await stat(join(temp.workspace.root, 'a.md'))).mode & 0o777).toBe(0o640);
  });
});

describe('encodings and line endings', () => {
  it('keeps a UTF-8 BOM (the text has none, the file keeps it)', async () => {
    const api = await temp.open({ 'bom.md': Buffer.from('\uFEFF---\ntitle: 标题\n---\n', 'utf8') });
    const document = await api.readPost({ path: 'bom.md' });
    expect(document.hasBom).toBe(true);
    expect(document.text.startsWith('---')).toBe(true);
    await api.savePost({
      path: 'bom.md',
      text: `${document.text}more\n`,
      baseVersion: document.version,
    });
    expect((await bytesOf('bom.md')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await bytesOf('bom.md')).toString('utf8')).toBe('\uFEFF---\ntitle: 标题\n---\nmore\n');
  });

  it('keeps CRLF, mixed endings and NUL bytes exactly', async () => {
    const crlf = 'a\r\nb\r\n';
    const mixed = 'a\r\nb\nc\r\n';
    const nul = 'a\u0000b\n';
    const api = await temp.open({ 'crlf.md': crlf, 'mixed.md': mixed, 'nul.md': nul });
    for (const [path, text, ending] of [
      ['crlf.md', crlf, 'crlf'],
      ['mixed.md', mixed, 'mixed'],
      ['nul.md', nul, 'lf'],
    ] as const) {
      const document = await api.readPost({ path });
      expect(document.text).toBe(text);
      expect(document.lineEnding).toBe(ending);
      await api.savePost({ path, text: `${document.text}x`, baseVersion: document.version });
      expect((await bytesOf(path)).toString('utf8')).toBe(`${text}x`);
    }
  });

  it('detects GB18030, refuses it, writes nothing, and converts only when asked', async () => {
    const text =
      '---\ntitle: 中文标题\n---\n\n这是一篇用简体中文写的文章，保存为 GB18030 编码。我们希望编辑器能认出它，而不是把它变成乱码。\n';
    const original = Buffer.from(encodeGb18030(text));
    const api = await temp.open({ 'gbk.md': original });
    const failure = await api.readPost({ path: 'gbk.md' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'E_ENCODING', details: { encoding: 'GB18030' } });
    await expect(
      api.savePost({ path: 'gbk.md', text: 'x', baseVersion: null }),
    ).rejects.toMatchObject({ code: 'E_CONFLICT' });
    expect(await bytesOf('gbk.md')).toEqual(original);
    const converted = await api.convertPostEncoding({ path: 'gbk.md', from: 'GB18030' });
    expect(converted.text).toBe(text);
    expect((await bytesOf('gbk.md')).toString('utf8')).toBe(text);
    const backup = await readFile(
      join(temp.workspace.root, '.postwright/encoding-backups/gbk.md.gb18030'),
    );
    expect(backup).toEqual(original);
  });

  it('recognises even a short GBK post (where statistics guess a Latin code page)', async () => {
    const api = await temp.open({ 'short.md': Buffer.from(encodeGb18030('# 你好，世界\n')) });
    await expect(api.readPost({ path: 'short.md' })).rejects.toMatchObject({
      code: 'E_ENCODING',
      details: { encoding: 'GB18030' },
    });
  });

  it('does not take a Latin-1 post for Chinese', async () => {
    const latin1 = Buffer.from('# Schöne Grüße aus München\n\nÜber die Brücke.\n', 'latin1');
    const api = await temp.open({ 'de.md': latin1 });
    await expect(api.readPost({ path: 'de.md' })).rejects.toMatchObject({
      code: 'E_ENCODING',
      details: { encoding: 'ISO-8859-1' },
    });
  });

  it('detects UTF-16 with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi\n', 'utf16le')]);
    const api = await temp.open({ 'u16.md': utf16 });
    await expect(api.readPost({ path: 'u16.md' })).rejects.toMatchObject({
      code: 'E_ENCODING',
      details: { encoding: 'UTF-16LE' },
    });
  });
});
