import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

interface SavedSettings {
  editorFontSize: number;
  lineWrapping: boolean;
}

describe('the Settings dialog', () => {
  let opened: OpenedApp | undefined;

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it('changes the editor font size and line wrapping, and they survive a reload', async () => {
    opened = await openApp();
    const { app, page } = opened;
    await app.openPost('Hello World');
    const settingsButton = page.getByRole('button', { name: 'Settings', exact: true });
    await settingsButton.click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor({ timeout: uiTimeout });

    await dialog.getByRole('spinbutton', { name: 'Editor font size' }).fill('20');
    await dialog.getByRole('switch', { name: 'Wrap long lines in the editor' }).click();

    const scroller = page.locator('.cm-scroller');
    await expect
      .poll(() => scroller.evaluate((node) => getComputedStyle(node).fontSize), {
        timeout: uiTimeout,
      })
      .toBe('20px');
    await expect
      .poll(() => app.editor().getAttribute('class'), { timeout: uiTimeout })
      .not.toMatch(/\bcm-lineWrapping\b/);
    await expect
      .poll(async () => (await app.callApi('getUserSettings', {})) as SavedSettings, {
        timeout: uiTimeout,
      })
      .toMatchObject({ editorFontSize: 20, lineWrapping: false });

    // Escape closes the dialog and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: uiTimeout });
    expect(await settingsButton.evaluate((node) => node === document.activeElement)).toBe(true);

    await page.reload();
    await app.waitUntilReady();
    await app.openPost('Hello World');
    expect(await scroller.evaluate((node) => getComputedStyle(node).fontSize)).toBe('20px');
    expect(await app.editor().getAttribute('class')).not.toMatch(/\bcm-lineWrapping\b/);
    await settingsButton.click();
    expect(await dialog.getByRole('spinbutton', { name: 'Editor font size' }).inputValue()).toBe(
      '20',
    );
    expect(
      await dialog
        .getByRole('switch', { name: 'Wrap long lines in the editor' })
        .getAttribute('aria-checked'),
    ).toBe('false');
  });

  it('clamps a font size beyond the valid range when the field is left', async () => {
    opened = await openApp();
    const { app, page } = opened;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const size = page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('spinbutton', { name: 'Editor font size' });
    await size.fill('99');
    await size.press('Tab');
    expect(await size.inputValue()).toBe('48');
    await expect
      .poll(
        async () => ((await app.callApi('getUserSettings', {})) as SavedSettings).editorFontSize,
        { timeout: uiTimeout },
      )
      .toBe(48);
  });

  it('is labelled in Chinese', async () => {
    opened = await openApp({ lang: 'zh-CN', locale: 'zh-CN' });
    const { page } = opened;
    await page.getByRole('button', { name: '设置', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '设置' });
    await dialog.waitFor({ timeout: uiTimeout });
    await dialog.getByRole('spinbutton', { name: '编辑器字号' }).waitFor();
    await dialog.getByRole('switch', { name: '编辑器自动换行' }).waitFor();
    await dialog.getByRole('switch', { name: '在预览中显示远程（https）图片' }).waitFor();
    await dialog.getByRole('spinbutton', { name: '自动保存延迟' }).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).waitFor();
    const shots = process.env.POSTWRIGHT_SCREENSHOTS;
    if (shots !== undefined) {
      await page.screenshot({ path: join(shots, 'settings-dialog-zh.png') });
    }
  });
});
