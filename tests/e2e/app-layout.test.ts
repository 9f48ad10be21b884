import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('layout, theme and settings', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('switches view modes and remembers the choice after a reload', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    const view = page.getByRole('group', { name: 'View' });
    await view.getByRole('button', { name: 'Editor only' }).click();
    await app.preview().waitFor({ state: 'detached', timeout: uiTimeout });
    await view.getByRole('button', { name: 'Preview only' }).click();
    await app.editor().waitFor({ state: 'hidden', timeout: uiTimeout });
    expect(
      await view.getByRole('button', { name: 'Preview only' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await expect
      .poll(
        async () => ((await app.callApi('getUserSettings', {})) as { viewMode: string }).viewMode,
        {
          timeout: uiTimeout,
        },
      )
      .toBe('preview');
    await page.reload();
    await app.waitUntilReady();
    expect(
      await view.getByRole('button', { name: 'Preview only' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('follows the OS theme and can be switched to dark', async () => {
    const { page } = opened;
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => page.locator('html').getAttribute('data-theme'), { timeout: uiTimeout })
      .toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect
      .poll(() => page.locator('html').getAttribute('data-theme'), { timeout: uiTimeout })
      .toBe('dark');
  });

  it('hides the post list and folds the front matter away', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    await page.getByRole('button', { name: 'Show post list' }).click();
    await app.postList().waitFor({ state: 'detached', timeout: uiTimeout });
    await page.getByRole('button', { name: /^Front matter/ }).click();
    await app.frontMatter().waitFor({ state: 'detached', timeout: uiTimeout });
    await page.getByRole('button', { name: /^Front matter/ }).click();
    await app.frontMatter().waitFor({ timeout: uiTimeout });
  });

  it('resizes the post list with the keyboard', async () => {
    const { page } = opened;
    const sidebar = page.getByRole('complementary', { name: 'Post list' });
    const before = (await sidebar.boundingBox())?.width ?? 0;
    await page.getByRole('separator', { name: 'Resize post list' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await sidebar.boundingBox())?.width ?? 0, { timeout: uiTimeout })
      .toBe(before + 40);
  });
});

describe('opening another folder', () => {
  it('asks for its path in the browser and lists its posts', async () => {
    const other = await mkdtemp(join(tmpdir(), 'postwright-other-'));
    await writeFile(join(other, 'elsewhere.md'), '---\ntitle: A post elsewhere\n---\nHi.\n');
    const opened = await openApp();
    try {
      const { app, page } = opened;
      await page.getByRole('button', { name: 'Open folder' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open a folder of posts' });
      await dialog.getByRole('textbox', { name: 'Folder path' }).fill(other);
      await dialog.getByRole('button', { name: 'Open' }).click();
      await app.post('A post elsewhere').waitFor({ timeout: uiTimeout });
      expect(await app.postList().getByRole('option').count()).toBe(1);
    } finally {
      await opened.close();
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('a post that is not UTF-8', () => {
  it('says so, and converts it to UTF-8 on request', async () => {
    const opened = await openApp();
    try {
      const { app, page } = opened;
      // "中文测试" in GBK, repeated: clearly GB18030/GBK to a detector, invalid as UTF-8.
      const gbk = Buffer.from('d6d0cec4b2e2cad4'.repeat(40), 'hex');
      const text = Buffer.concat([Buffer.from('---\ntitle: gbk\n---\n'), gbk, Buffer.from('\n')]);
      await import('node:fs/promises').then((fs) =>
        fs.writeFile(`${opened.server.root}/_posts/2024-03-01-gbk.md`, text),
      );
      await app.postList().getByRole('option', { name: /gbk/ }).click({ timeout: uiTimeout });
      const alert = page.getByRole('alert').filter({ hasText: 'not UTF-8' });
      await alert.waitFor({ timeout: uiTimeout });
      expect(await alert.textContent()).toMatch(/GB|gb/);
      await alert.getByRole('button', { name: 'Convert to UTF-8' }).click();
      await app.editor().waitFor({ timeout: uiTimeout });
      await expect
        .poll(() => app.readFile('_posts/2024-03-01-gbk.md'), { timeout: uiTimeout })
        .toContain('中文测试中文测试');
    } finally {
      await opened.close();
    }
  });
});
