import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, projectRoot, uiTimeout, type OpenedApp } from './support';

/** Posts with nested values, Python-style booleans, `published:` and broken front matter. */
const fixture = join(projectRoot, 'tests/fixtures/form-nested');
const hexoPath = '_posts/hexo-nested.md';
const hexo =
  '---\ntitle: Hexo nested\ncategories:\n  - [Diary, Life]\n  - Travel\ntags: [a]\n---\nBody\n';

describe('the front-matter form with nested values and drafts', () => {
  let opened: OpenedApp | undefined;

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it("edits Hexo's hierarchical categories item by item, one line per edit", async () => {
    opened = await openApp({ fixture });
    const { app, page } = opened;
    await app.openPost('Hexo nested');
    const form = app.frontMatter();
    await form.getByRole('button', { name: 'Remove Diary › Life' }).waitFor({ timeout: uiTimeout });
    await form.getByRole('button', { name: 'Remove Travel' }).waitFor();

    await form.getByRole('combobox', { name: 'Categories' }).fill('Food');
    await page.keyboard.press('Enter');
    const added = hexo.replace('  - Travel\n', '  - Travel\n  - Food\n');
    await expect.poll(() => app.readFile(hexoPath), { timeout: uiTimeout }).toBe(added);
    await form.getByRole('button', { name: 'Remove Food' }).waitFor({ timeout: uiTimeout });

    await form.getByRole('button', { name: 'Remove Diary › Life' }).click();
    const removed = added.replace('  - [Diary, Life]\n', '');
    await expect.poll(() => app.readFile(hexoPath), { timeout: uiTimeout }).toBe(removed);
    await form
      .getByRole('button', { name: 'Remove Diary › Life' })
      .waitFor({ state: 'detached', timeout: uiTimeout });
    expect(await form.getByRole('button', { name: /^Remove / }).count()).toBe(3);
  });

  it('shows a title holding a mapping read-only and offers no field that would replace it', async () => {
    opened = await openApp({ fixture });
    const { app } = opened;
    await app.post('map-title').click();
    const form = app.frontMatter();
    const title = form.getByRole('group', { name: 'Title' });
    await title.waitFor({ timeout: uiTimeout });
    expect(await title.getByRole('listitem').allTextContents()).toEqual([
      'en: Two languages',
      'zh: 两种语言',
    ]);
    expect(await title.textContent()).toContain('edit it in the Markdown editor');
    expect(await form.getByRole('textbox', { name: 'Title' }).count()).toBe(0);
  });

  it('shows the Draft switch as the list does and flips the key the post uses', async () => {
    opened = await openApp({ fixture });
    const { app } = opened;
    await app.openPost('Python style draft');
    const draft = app.frontMatter().getByRole('switch', { name: 'Draft' });
    await expect
      .poll(() => draft.getAttribute('aria-checked'), { timeout: uiTimeout })
      .toBe('true');
    await draft.click();
    await expect
      .poll(() => app.readFile('_posts/python-draft.md'), { timeout: uiTimeout })
      .toBe('---\ntitle: Python style draft\ndraft: False\n---\nBody\n');

    await app.openPost('Jekyll unpublished');
    const switchOn = app.frontMatter().getByRole('switch', { name: 'Draft' });
    await expect
      .poll(() => switchOn.getAttribute('aria-checked'), { timeout: uiTimeout })
      .toBe('true');
    await switchOn.click();
    await expect
      .poll(() => app.readFile('_posts/jekyll-unpublished.md'), { timeout: uiTimeout })
      .toBe('---\ntitle: Jekyll unpublished\npublished: true\n---\nBody\n');
  });

  it('says front matter errors in Chinese in the list and the form, and shows nested categories', async () => {
    opened = await openApp({ fixture, lang: 'zh-CN', locale: 'zh-CN' });
    const { app, page } = opened;
    const warning = app.post('unclosed').getByRole('img');
    expect(await warning.getAttribute('aria-label')).toBe(
      '文章属性有误：第 1 行，第 1 列：此处开始的文章属性没有以“---”行结束。',
    );
    await app.post('duplicate').click();
    const alert = app.frontMatter().getByRole('alert');
    await alert.waitFor({ timeout: uiTimeout });
    expect(await alert.textContent()).toContain(
      '第 3 行，第 1 列：键“title”在同一层级中重复出现。',
    );
    expect(await alert.textContent()).not.toContain('Map keys must be unique');

    await app.openPost('Hexo nested');
    const form = app.frontMatter();
    await form.getByRole('button', { name: '移除 Diary › Life' }).waitFor({ timeout: uiTimeout });
    await form.getByRole('combobox', { name: '分类' }).waitFor();
    const shots = process.env.POSTWRIGHT_SCREENSHOTS;
    if (shots !== undefined) {
      await page.screenshot({ path: join(shots, 'form-nested-zh.png') });
    }
    await app.post('map-title').click();
    const title = form.getByRole('group', { name: '标题' });
    await title.waitFor({ timeout: uiTimeout });
    expect(await title.textContent()).toContain('此字段包含嵌套的值，请在 Markdown 编辑器中编辑。');
    if (shots !== undefined) {
      await page.screenshot({ path: join(shots, 'form-map-title-zh.png') });
      await app.post('duplicate').click();
      await alert.waitFor({ timeout: uiTimeout });
      await page.screenshot({ path: join(shots, 'form-error-zh.png') });
    }
  });
});
