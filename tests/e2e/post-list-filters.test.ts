import { afterEach, describe, expect, it } from 'vitest';
import { openApp, projectRoot, uiTimeout, type OpenedApp } from './support';

const fixture = `${projectRoot}tests/fixtures/post-list`;

/** The title and meta line of every listed row, in order. */
function rows(opened: OpenedApp): Promise<string[]> {
  return opened.app
    .postList()
    .getByRole('option')
    .evaluateAll((options) =>
      options.map((row) => {
        const title = document.getElementById(row.getAttribute('aria-labelledby') ?? '');
        const meta = document.getElementById(row.getAttribute('aria-describedby') ?? '');
        return `${title?.textContent ?? ''} | ${meta?.textContent ?? ''}`;
      }),
    );
}

describe('the post list: status filter, folders', () => {
  let opened: OpenedApp;

  afterEach(async () => {
    await opened.close();
  });

  it('filters drafts and published posts, finds a folder by pinyin, and tells twins apart', async () => {
    opened = await openApp({ fixture });
    const { app, page } = opened;
    await app.waitUntilReady();
    const status = page.getByRole('combobox', { name: 'Filter by status' });
    await status.selectOption({ label: 'Drafts only' });
    await expect
      .poll(() => rows(opened))
      .toEqual([expect.stringMatching(/^Notes \| Draft.*notes\/b\.md/)]);
    await status.selectOption({ label: 'Published only' });
    await expect.poll(async () => (await rows(opened)).length).toBe(3);
    expect((await rows(opened)).join('\n')).not.toContain('notes/b.md');
    await status.selectOption({ label: 'All posts' });

    const filter = page.getByRole('searchbox', { name: 'Filter posts' });
    await filter.fill('riben');
    await expect
      .poll(() => rows(opened))
      .toEqual([expect.stringMatching(/^京都之秋 \| .*travel\/日本/)]);
    await filter.fill('notes');
    await expect
      .poll(() => rows(opened))
      .toEqual([
        expect.stringMatching(/^Notes \| Draft.*notes\/b\.md/),
        expect.stringMatching(/^Notes \| .*notes\/a\.md/),
      ]);
    await page.getByRole('option', { name: 'Notes' }).first().waitFor({ timeout: uiTimeout });
  });

  it('names the status filter and its choices in Chinese', async () => {
    opened = await openApp({ fixture, lang: 'zh-CN' });
    const { app, page } = opened;
    await app.waitUntilReady();
    const status = page.getByRole('combobox', { name: '按状态筛选' });
    await status.selectOption({ label: '仅草稿' });
    await expect.poll(async () => (await rows(opened)).length).toBe(1);
    await page.getByRole('searchbox', { name: '筛选文章' }).fill('rb');
    await expect.poll(async () => (await rows(opened)).length).toBe(0);
    await status.selectOption({ label: '全部文章' });
    await expect.poll(() => rows(opened)).toEqual([expect.stringMatching(/^京都之秋/)]);
  });
});
