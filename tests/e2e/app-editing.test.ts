import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const hello = '_posts/2024-11-03-hello-world.md';

/** The lines of `after` that differ from `before` (same line count expected). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  return after.split('\n').filter((line, index) => line !== old[index]);
}

describe('writing a post', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('autosaves what is typed, and says so in the status line', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    await app.typeAtEnd('\nTyped in the editor.');
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('![logo](/images/logo.png)\n\nTyped in the editor.');
    await app.waitSaved();
  });

  it('saves at once with Ctrl+S', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    await app.typeAtEnd(' Saved by hand.');
    await app.saveNow();
    expect(await app.readFile(hello)).toContain('Saved by hand.');
  });

  it('changes only the title line on disk when Title is edited in the form', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    const before = await app.readFile(hello);
    await app.frontMatter().getByRole('textbox', { name: 'Title' }).fill('Hello, Postwright');
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('Hello, Postwright');
    const after = await app.readFile(hello);
    expect(after.split('\n')).toHaveLength(before.split('\n').length);
    expect(changedLines(before, after)).toEqual([
      expect.stringMatching(/^title: .*Hello, Postwright/),
    ]);
    // The editor shows the change at once.
    expect(await app.editor().textContent()).toContain('Hello, Postwright');
  });

  it('writes a Chinese title composed with an input method once, without the pinyin', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    const title = app.frontMatter().getByRole('textbox', { name: 'Title' });
    await title.click();
    await page.keyboard.press('ControlOrMeta+a');
    const cdp = await page.context().newCDPSession(page);
    const pinyin = 'chuntian';
    for (let end = 1; end <= pinyin.length; end += 1) {
      await cdp.send('Input.imeSetComposition', {
        text: pinyin.slice(0, end),
        selectionStart: end,
        selectionEnd: end,
      });
    }
    // Mid-composition the post still has its old title: the pinyin is only in the input.
    expect(await title.inputValue()).toBe('chuntian');
    expect(await app.editor().textContent()).toContain('title: Hello World');
    expect(await app.editor().textContent()).not.toContain('chun');
    await cdp.send('Input.insertText', { text: '春天' });
    await expect.poll(() => app.readFile(hello), { timeout: uiTimeout }).toContain('title: 春天\n');
    expect(await app.readFile(hello)).not.toContain('chun');
  });

  it('adds a tag picked from the autocomplete of the workspace tags', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    const before = await app.readFile(hello);
    const tags = app.frontMatter().getByRole('combobox', { name: 'Tags' });
    await tags.click();
    await tags.pressSequentially('win');
    await page
      .getByRole('listbox', { name: 'Suggestions for Tags' })
      .getByRole('option', { name: 'windows' })
      .click();
    await expect.poll(() => app.readFile(hello), { timeout: uiTimeout }).toContain('windows');
    expect(changedLines(before, await app.readFile(hello))).toEqual([
      'tags: [intro, meta, windows]',
    ]);
    await app.frontMatter().getByRole('button', { name: 'Remove windows' }).waitFor();
  });

  it('writes a date back in the format the file uses, and turns Draft on', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    const form = app.frontMatter();
    await form.getByLabel('Date').fill('2024-11-04T09:15:00');
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('date: 2024-11-04 09:15:00\n');
    await form.getByRole('switch', { name: 'Draft' }).click();
    await expect.poll(() => app.readFile(hello), { timeout: uiTimeout }).toContain('draft: true\n');
    expect(await form.getByRole('switch', { name: 'Draft' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });

  it('suggests a permalink from the date and the file name', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    await app.frontMatter().getByRole('button', { name: 'Suggest' }).click();
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('permalink: /posts/2024/11/hello-world/\n');
  });

  it('adds a field, edits an extra field and removes one', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    const form = app.frontMatter();
    await form.getByRole('button', { name: 'Add field' }).click();
    await form.getByRole('textbox', { name: 'Key' }).fill('subtitle');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => app.readFile(hello), { timeout: uiTimeout }).toMatch(/^subtitle:/m);
    await form.getByRole('textbox', { name: 'subtitle' }).fill('A second line');
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('subtitle: "A second line"\n');
    await form.getByRole('button', { name: 'Remove author' }).click();
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .not.toContain('author: Lin');
    expect(await app.readFile(hello)).toContain('rating: 4\n');
  });

  it('follows typing in the editor front matter in the form', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    await app.editor().click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' Again');
    await expect
      .poll(() => app.frontMatter().getByRole('textbox', { name: 'Title' }).inputValue(), {
        timeout: uiTimeout,
      })
      .toBe('Hello World Again');
  });

  it('keeps CRLF line endings when a CRLF post is edited', async () => {
    const { app } = opened;
    await app.openPost('Windows line endings');
    await app.typeAtEnd('One more line.');
    const file = '_posts/2024-06-01-crlf-post.md';
    await expect.poll(() => app.readFile(file), { timeout: uiTimeout }).toContain('One more line.');
    const text = await app.readFile(file);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.startsWith('---\r\ntitle: Windows line endings\r\n')).toBe(true);
  });

  it('edits TOML front matter through the same form', async () => {
    const { app } = opened;
    await app.openPost('A Hugo post with TOML');
    await app.frontMatter().getByRole('textbox', { name: 'Title' }).fill('Hugo and TOML');
    const file = 'content/posts/hugo-toml.md';
    await expect
      .poll(() => app.readFile(file), { timeout: uiTimeout })
      .toContain('title = "Hugo and TOML"\n');
    expect(await app.readFile(file)).toContain('date = 2024-09-20T08:00:00+08:00\n');
  });

  it('shows broken front matter with its line and makes the form read-only', async () => {
    const { app } = opened;
    await app.openPost('2024-05-05-broken-front-matter');
    const form = app.frontMatter();
    const alert = form.getByRole('alert');
    await alert.waitFor({ timeout: uiTimeout });
    expect(await alert.textContent()).toMatch(/Line \d+/);
    expect(await form.getByRole('textbox', { name: 'Title' }).count()).toBe(0);
    // Fixing the text in the editor brings the form back.
    await app.editor().click();
    await opened.page.keyboard.press('ControlOrMeta+Home');
    await opened.page.keyboard.press('ArrowDown');
    await opened.page.keyboard.press('End');
    await opened.page.keyboard.type('"');
    await opened.page.keyboard.press('ArrowDown');
    await opened.page.keyboard.press('ArrowDown');
    await opened.page.keyboard.press('End');
    await opened.page.keyboard.type(']');
    await form.getByRole('textbox', { name: 'Title' }).waitFor({ timeout: uiTimeout });
    expect(await form.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      'Broken front matter',
    );
  });
});
