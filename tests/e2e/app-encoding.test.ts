import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openApp, uiTimeout, type OpenedApp } from './support';

/** A post saved as Latin-1 (chardet takes it for ISO-8859-2, where è is č and à is ŕ). */
const latin1Post = Buffer.from('---\ntitle: Café crème\n---\nDéjà vu\n', 'latin1');
const utf8Post = '---\ntitle: Café crème\n---\nDéjà vu\n';
const postPath = '_posts/latin1.md';

describe('a post that is not UTF-8', () => {
  let opened: OpenedApp | undefined;

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  /** Serves the fixture with the Latin-1 post added, opens it and returns its encoding panel. */
  async function openLatin1Post(lang: 'en' | 'zh-CN' = 'en'): Promise<Locator> {
    opened = await openApp({ lang });
    const { app, page, server } = opened;
    await writeFile(join(server.root, postPath), latin1Post);
    await app
      .postList()
      .getByRole('option', { name: /latin1/ })
      .click({ timeout: uiTimeout });
    const title = lang === 'en' ? 'This file is not UTF-8' : '此文件不是 UTF-8 编码';
    const panel = page.getByRole('alert').filter({ hasText: title });
    await panel.waitFor({ timeout: uiTimeout });
    return panel;
  }

  it('lets the user pick the encoding, previews it, and converts what the preview showed', async () => {
    const panel = await openLatin1Post();
    const { app, server } = opened as OpenedApp;
    const encoding = panel.getByRole('combobox', { name: 'Encoding' });
    // The guess comes first, with its preview: the wrong letters are there to see.
    expect(await encoding.inputValue()).toBe('ISO-8859-2');
    const guessed = panel.getByRole('region', { name: 'The text read as ISO-8859-2' });
    await guessed.getByText('Café crčme').waitFor({ timeout: uiTimeout });
    await encoding.focus();
    await encoding.selectOption('ISO-8859-1');
    const chosen = panel.getByRole('region', { name: 'The text read as ISO-8859-1' });
    await chosen.getByText('Café crème').waitFor({ timeout: uiTimeout });
    expect(await panel.textContent()).toContain('.postwright/encoding-backups/');
    await panel.getByRole('button', { name: 'Convert to UTF-8' }).click();
    await app.editor().waitFor({ timeout: uiTimeout });
    expect(await app.readFile(postPath)).toBe(utf8Post);
    await app
      .saveStatus()
      .filter({ hasText: 'Converted from ISO-8859-1 to UTF-8' })
      .filter({ hasText: '.postwright/encoding-backups/' })
      .waitFor({ timeout: uiTimeout });
    const backups = join(server.root, '.postwright/encoding-backups/_posts');
    const [backup] = await readdir(backups);
    expect(await readFile(join(backups, backup ?? ''))).toEqual(latin1Post);
    expect((opened as OpenedApp).pageErrors).toEqual([]);
  });

  it('opens the post normally once it was fixed in another program', async () => {
    await openLatin1Post();
    const { app, page } = opened as OpenedApp;
    await app.writeFile(postPath, utf8Post);
    await app.editor().getByText('Déjà vu').waitFor({ timeout: uiTimeout });
    expect(await page.getByRole('alert').filter({ hasText: 'not UTF-8' }).count()).toBe(0);
    expect(await app.readFile(postPath)).toBe(utf8Post);
  });

  it('never converts the file as it was once it was fixed elsewhere, even clicked at once', async () => {
    const panel = await openLatin1Post();
    const { app } = opened as OpenedApp;
    const convert = panel.getByRole('button', { name: 'Convert to UTF-8' });
    await panel.locator('pre').waitFor({ timeout: uiTimeout });
    await app.writeFile(postPath, utf8Post);
    // Before or after the app hears of the change: either the panel is gone (nothing to click)
    // or the conversion of the bytes it previewed is refused.
    await convert.click({ timeout: 1000 }).catch(() => undefined);
    await app.editor().getByText('Déjà vu').waitFor({ timeout: uiTimeout });
    expect(await app.readFile(postPath)).toBe(utf8Post);
  });

  it('shows the new text when the file changes on disk and is still not UTF-8', async () => {
    const panel = await openLatin1Post();
    const { app } = opened as OpenedApp;
    const preview = panel.getByRole('region', { name: 'The text read as ISO-8859-2' });
    await preview.getByText('Café crčme').waitFor({ timeout: uiTimeout });
    await writeFile(join(app.root, postPath), Buffer.from('---\ntitle: Noël\n---\n', 'latin1'));
    await preview.getByText('title: Noël').waitFor({ timeout: uiTimeout });
    expect(await preview.textContent()).not.toContain('crčme');
  });

  it('is translated, with the same roles, in Chinese', async () => {
    const panel = await openLatin1Post('zh-CN');
    const encoding = panel.getByRole('combobox', { name: '编码' });
    expect(await encoding.inputValue()).toBe('ISO-8859-2');
    await encoding.selectOption('GB18030');
    await panel
      .getByRole('region', { name: '按 GB18030 读取的文字' })
      .getByText(/不是有效的 GB18030 编码/)
      .waitFor({ timeout: uiTimeout });
    // Bytes that are not valid in the chosen encoding cannot be converted from it.
    expect(await panel.getByRole('button', { name: '转换为 UTF-8' }).isDisabled()).toBe(true);
    expect(await panel.textContent()).toContain(
      '原始字节的副本保存在 .postwright/encoding-backups/',
    );
  });
});
