import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

// "Export changed posts" must be reachable where there is no native menu (serve mode).
describe('export changed posts from the toolbar', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('opens the export dialog for every changed post', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Export changed posts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export changed posts' });
    await dialog.waitFor({ timeout: uiTimeout });
    expect(await dialog.isVisible()).toBe(true);
  });
});
