import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, projectRoot, uiTimeout, type OpenedApp } from './support';

const fixture = join(projectRoot, 'tests/fixtures/form-nested');

describe('a refused file name in the Chinese UI', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp({ fixture, lang: 'zh-CN', locale: 'zh-CN' });
  });

  afterEach(async () => {
    await opened.close();
  });

  it.each([
    ['a*b?', '不能使用文件名“a*b?.md”：其中的“*”在 Windows 上不能用于文件名'],
    ['a:b', '不能使用文件名“a:b.md”：其中的“:”在 Windows 上不能用于文件名'],
    ['con', '不能使用文件名“con.md”：“con”是 Windows 保留的设备名。'],
    ['.hidden', '文件名“.hidden.md”以点开头：这样的文件是隐藏文件，不会显示在文章列表中。'],
  ])('says why %j cannot be used, in Chinese', async (name, expected) => {
    const { app, page } = opened;
    await app.openPost('Hexo nested');
    await app.postList().focus();
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: /重命名/ });
    await dialog.getByRole('textbox', { name: '文件名' }).fill(name);
    await dialog.getByRole('button', { name: '重命名' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: uiTimeout });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(expected);
    expect(text).not.toMatch(/Not a usable/);
  });
});
