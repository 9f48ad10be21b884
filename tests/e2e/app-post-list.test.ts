import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('the post list', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('lists the workspace posts, newest first, with date, tags, a draft badge and a warning', async () => {
    const { app } = opened;
    const titles = await app
      .postList()
      .getByRole('option')
      .evaluateAll((rows) =>
        rows
          .map((row) => row.getAttribute('aria-labelledby'))
          .map((id) => document.getElementById(id ?? '')?.textContent),
      );
    expect(titles).toEqual([
      'deepseek创始人的专访',
      'Hello World',
      'A Hugo post with TOML',
      'Windows line endings',
      '2024-05-05-broken-front-matter',
      'Unsafe payloads',
    ]);
    await expect.poll(() => app.post('Hello World').textContent()).toContain('Nov 3, 2024');
    expect(await app.post('Hello World').textContent()).toContain('intro');
    expect(await app.post('A Hugo post with TOML').textContent()).toContain('Draft');
    const warning = app.post('2024-05-05-broken-front-matter').getByRole('img');
    expect(await warning.getAttribute('aria-label')).toMatch(/front matter is broken/);
  });

  it('finds a Chinese title by pinyin initials and by full pinyin', async () => {
    const { app, page } = opened;
    const filter = page.getByRole('searchbox', { name: 'Filter posts' });
    await filter.fill('dsk');
    await expect
      .poll(() => app.postList().getByRole('option').count(), { timeout: uiTimeout })
      .toBe(1);
    await app.post('deepseek创始人的专访').waitFor();
    await filter.fill('zhuanfang');
    await app.post('deepseek创始人的专访').waitFor();
    await filter.fill('windows');
    await expect
      .poll(() => app.postList().getByRole('option').count(), { timeout: uiTimeout })
      .toBe(1);
    await app.post('Windows line endings').waitFor();
    await filter.fill('zzzz');
    await page.getByText('No post matches the filter.').waitFor({ timeout: uiTimeout });
    await filter.press('Escape');
    await expect
      .poll(() => app.postList().getByRole('option').count(), { timeout: uiTimeout })
      .toBe(6);
  });

  it('filters by tag', async () => {
    const { app, page } = opened;
    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('toml');
    await expect
      .poll(() => app.postList().getByRole('option').count(), { timeout: uiTimeout })
      .toBe(1);
    await app.post('A Hugo post with TOML').waitFor();
  });

  it('moves through the list with the keyboard and opens a post with Enter', async () => {
    const { app, page } = opened;
    await app.postList().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await app.waitForOpenPost('Hello World');
    expect(await app.post('Hello World').getAttribute('aria-selected')).toBe('true');
  });

  it('switches to Simplified Chinese and shows the translated UI', async () => {
    const { page } = opened;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('listbox', { name: '文章' }).waitFor({ timeout: uiTimeout });
    await page.getByRole('button', { name: '新建文章' }).first().waitFor();
    await page.getByRole('searchbox', { name: '筛选文章' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});

describe('the UI language', () => {
  it('follows serve mode --lang', async () => {
    const opened = await openApp({ lang: 'zh-CN' });
    try {
      await opened.page.getByRole('listbox', { name: '文章' }).waitFor({ timeout: uiTimeout });
      await opened.app.openPost('Hello World');
      await opened.page.getByRole('form', { name: '文章属性' }).waitFor();
      await opened.page.getByRole('textbox', { name: '标题' }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it('follows the browser language', async () => {
    const opened = await openApp({ locale: 'zh-CN' });
    try {
      await opened.page.getByRole('listbox', { name: '文章' }).waitFor({ timeout: uiTimeout });
    } finally {
      await opened.close();
    }
  });
});
