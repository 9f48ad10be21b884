import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, type PostVersion } from '../../../core/api';
import type { Backend } from '../../../electron/node/backend';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

const latin1Text = '# Schöne Grüße aus München\n\nÜber die Brücke.\n';
const latin1 = Buffer.from(latin1Text, 'latin1');
const utf8 = Buffer.from('# 新文章\n\nSchöne Grüße.\n', 'utf8');

const bytesOf = (path: string) => readFile(join(temp.workspace.root, path));
const backups = () =>
  readdir(join(temp.workspace.root, '.postwright', 'encoding-backups')).catch(() => []);

/** The version the E_ENCODING refusal of a read carries (what the UI sends back as baseVersion). */
async function refusedVersion(api: Backend, path: string): Promise<PostVersion> {
  const error = await api.readPost({ path }).catch((caught: unknown) => caught);
  if (!(error instanceof ApiError) || error.code !== 'E_ENCODING') {
    throw new Error(`expected E_ENCODING, got ${String(error)}`);
  }
  return error.details?.['version'] as PostVersion;
}

describe('convertPostEncoding', () => {
  it('tells the version of the refused bytes, and converts them when they are still that version', async () => {
    const api = await temp.open({ 'de.md': latin1 });
    const version = await refusedVersion(api, 'de.md');
    expect(version).toMatchObject({ size: latin1.byteLength });
    const converted = await api.convertPostEncoding({
      path: 'de.md',
      from: 'latin1',
      baseVersion: version,
    });
    expect(converted.text).toBe(latin1Text);
    expect((await bytesOf('de.md')).toString('utf8')).toBe(latin1Text);
    expect(await backups()).toEqual(['de.md.latin1']);
  });

  it('refuses with E_CONFLICT when the file changed since it was refused, and leaves it alone', async () => {
    const api = await temp.open({ 'de.md': latin1 });
    const version = await refusedVersion(api, 'de.md');
    // Fixed elsewhere meanwhile: the file is UTF-8 now.
    await writeFile(join(temp.workspace.root, 'de.md'), utf8);
    const failure = api.convertPostEncoding({
      path: 'de.md',
      from: 'latin1',
      baseVersion: version,
    });
    await expect(failure).rejects.toMatchObject({ code: 'E_CONFLICT', details: { path: 'de.md' } });
    expect(await bytesOf('de.md')).toEqual(utf8);
    expect(await backups()).toEqual([]);
  });

  it('refuses to convert a file that already reads as UTF-8, which would garble it', async () => {
    const api = await temp.open({ 'new.md': utf8 });
    const failure = api.convertPostEncoding({ path: 'new.md', from: 'latin1' });
    await expect(failure).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
      details: { path: 'new.md', reason: 'already-utf8' },
    });
    expect(await bytesOf('new.md')).toEqual(utf8);
    expect((await api.readPost({ path: 'new.md' })).text).toContain('新文章');
    expect(await backups()).toEqual([]);
  });

  it('refuses a UTF-8 file with a BOM or only ASCII the same way', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const api = await temp.open({ 'bom.md': bom, 'ascii.md': '# plain\n' });
    for (const path of ['bom.md', 'ascii.md']) {
      await expect(api.convertPostEncoding({ path, from: 'GB18030' })).rejects.toMatchObject({
        details: { reason: 'already-utf8' },
      });
    }
    expect(await bytesOf('bom.md')).toEqual(bom);
    expect(await backups()).toEqual([]);
  });

  it('still converts UTF-16 without a BOM (valid UTF-8 bytes, but not text as UTF-8)', async () => {
    const text = '# Hello, world\n\nSome text in UTF-16.\n';
    const api = await temp.open({ 'u16.md': Buffer.from(text, 'utf16le') });
    const converted = await api.convertPostEncoding({ path: 'u16.md', from: 'UTF-16LE' });
    expect(converted.text).toBe(text);
    expect((await bytesOf('u16.md')).toString('utf8')).toBe(text);
  });
});
