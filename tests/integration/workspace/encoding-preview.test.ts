import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../support/gb18030';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

const latin1 = Buffer.from('---\ntitle: Café crème\n---\nDéjà vu\n', 'latin1');

describe('previewing a non-UTF-8 post in an encoding', () => {
  it('shows the text each encoding gives, the one converting then writes', async () => {
    const api = await temp.open({ 'posts/l.md': latin1 });
    const wrong = await api.previewPostEncoding({ path: 'posts/l.md', encoding: 'ISO-8859-2' });
    expect(wrong.text).toBe('---\ntitle: Café crčme\n---\nDéjŕ vu\n');
    const right = await api.previewPostEncoding({ path: 'posts/l.md', encoding: 'windows-1252' });
    expect(right).toMatchObject({
      text: '---\ntitle: Café crème\n---\nDéjà vu\n',
      isTruncated: false,
      isUtf8: false,
    });
    const converted = await api.convertPostEncoding({
      path: 'posts/l.md',
      from: 'windows-1252',
      baseVersion: right.version,
    });
    expect(converted.text).toBe(right.text);
    // The backup lands in the folder the preview named.
    const backups = await readdir(join(temp.workspace.root, right.backupFolder));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(temp.workspace.root, right.backupFolder, backups[0] ?? ''))).toEqual(
      latin1,
    );
    expect(right.backupFolder).toBe('.postwright/encoding-backups/posts/');
  });

  it('shows the first lines only, and says the text goes on', async () => {
    const lines = Array.from({ length: 200 }, (_, index) => `第 ${index} 行`).join('\n');
    const api = await temp.open({ 'long.md': Buffer.from(encodeGb18030(lines)) });
    const preview = await api.previewPostEncoding({ path: 'long.md', encoding: 'GB18030' });
    expect(preview.isTruncated).toBe(true);
    expect(preview.text?.startsWith('第 0 行\n第 1 行\n')).toBe(true);
    expect(preview.text?.split('\n').length).toBeLessThan(200);
    expect(preview.backupFolder).toBe('.postwright/encoding-backups/');
  });

  it('says when the bytes are not valid in the encoding, or already UTF-8', async () => {
    const api = await temp.open({ 'l.md': latin1, 'u.md': 'Déjà vu\n' });
    const invalid = await api.previewPostEncoding({ path: 'l.md', encoding: 'GB18030' });
    expect(invalid).toMatchObject({ text: null, isUtf8: false });
    const utf8 = await api.previewPostEncoding({ path: 'u.md', encoding: 'ISO-8859-2' });
    expect(utf8).toMatchObject({ text: null, isUtf8: true });
  });

  it('refuses an encoding it does not know and a post that is not there', async () => {
    const api = await temp.open({ 'l.md': latin1 });
    await expect(
      api.previewPostEncoding({ path: 'l.md', encoding: 'klingon' }),
    ).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    await expect(
      api.previewPostEncoding({ path: 'gone.md', encoding: 'GB18030' }),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });
});
