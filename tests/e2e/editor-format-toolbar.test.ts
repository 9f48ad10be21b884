import { afterEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const post = '_posts/2024-11-03-hello-world.md';

describe('the formatting toolbar and the shortcut list', () => {
  let opened: OpenedApp;

  afterEach(async () => {
    await opened.close();
  });

  it('formats the selection from named buttons that show their shortcut', async () => {
    opened = await openApp();
    const { app, page } = opened;
    await app.openPost('Hello World');
    await app.typeAtEnd('\nformat me\n');
    await app.waitSaved();
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    const bold = toolbar.getByRole('button', { name: 'Bold', exact: true });
    expect(await bold.getAttribute('title')).toMatch(/^Bold \((Ctrl\+B|⌘B)\)$/);
    // Select "format me" on the line above the cursor.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await bold.click();
    await expect
      .poll(() => app.readFile(post), { timeout: uiTimeout })
      .toContain('\n**format me**\n');
    await toolbar.getByRole('button', { name: 'Heading 2' }).click();
    await expect
      .poll(() => app.readFile(post), { timeout: uiTimeout })
      .toContain('\n## **format me**\n');
    await toolbar.getByRole('button', { name: 'Quote' }).click();
    await expect
      .poll(() => app.readFile(post), { timeout: uiTimeout })
      .toContain('\n> ## **format me**\n');
    for (const name of ['Italic', 'Link', 'Bulleted list', 'Numbered list', 'Inline code']) {
      await toolbar.getByRole('button', { name, exact: true }).waitFor();
    }
  });

  it('lists the keyboard shortcuts on F1 and from its button, in Chinese too', async () => {
    opened = await openApp({ lang: 'zh-CN' });
    const { app, page } = opened;
    await app.openPost('Hello World');
    await app.editor().click();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
    await dialog.waitFor({ timeout: uiTimeout });
    const rows = await dialog.getByRole('row').allTextContents();
    expect(rows.some((row) => row.includes('加粗') && /Ctrl\+B|⌘B/.test(row))).toBe(true);
    expect(rows.some((row) => row.includes('二级标题') && /Ctrl\+Alt\+2|⌥⌘2/.test(row))).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'detached', timeout: uiTimeout });
    const toolbar = page.getByRole('toolbar', { name: '格式' });
    await toolbar.getByRole('button', { name: '键盘快捷键' }).click();
    await dialog.waitFor({ timeout: uiTimeout });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: uiTimeout });
    await toolbar.getByRole('button', { name: '加粗' }).waitFor();
  });
});
