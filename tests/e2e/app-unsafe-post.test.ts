import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('a post full of script payloads', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  async function pwnedAnywhere(): Promise<unknown[]> {
    const { page } = opened;
    const values: unknown[] = [];
    for (const frame of page.frames()) {
      // A frame that runs no script at all cannot evaluate either: that is the safest answer.
      values.push(
        await frame
          .evaluate(() => (window as { __pwned?: unknown }).__pwned)
          .catch(() => undefined),
      );
    }
    return values.filter((value) => value !== undefined);
  }

  it('runs none of them: no dialog, no console trace, no global set', async () => {
    const { app, page } = opened;
    await app.openPost('Unsafe payloads');
    const frame = app.previewFrame();
    await frame.getByText('This post tries to run code').waitFor({ timeout: uiTimeout });
    // The window title and the list show the title as text.
    expect(await page.title()).toBe('Unsafe payloads — Postwright');
    // Clicking what is left of the javascript: links must not run them either.
    const links = frame.getByRole('link');
    for (let index = 0; index < (await links.count()); index += 1) {
      await links
        .nth(index)
        .click({ timeout: uiTimeout })
        .catch(() => undefined);
    }
    await page
      .getByRole('dialog')
      .filter({ hasText: 'javascript' })
      .count()
      .then((count) => expect(count).toBe(0));
    expect(opened.dialogs).toEqual([]);
    expect(await pwnedAnywhere()).toEqual([]);
    expect(
      opened.consoleMessages.filter((message) => /pwned|alert|onerror|anchor/i.test(message)),
    ).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });

  it('asks before opening an external link and shows where it leads', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    await app.previewFrame().getByRole('link', { name: 'link' }).click({ timeout: uiTimeout });
    const dialog = page.getByRole('dialog', { name: 'Open this link?' });
    await dialog.waitFor({ timeout: uiTimeout });
    expect(await dialog.textContent()).toContain('https://example.com');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.context().pages()).toHaveLength(1);
  });

  it('opens a post linked from the preview in the app', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    await app.previewFrame().getByRole('link', { name: 'interview' }).click({ timeout: uiTimeout });
    await app.waitForOpenPost('deepseek创始人的专访');
    expect(opened.page.context().pages()).toHaveLength(1);
  });

  it('shows what is typed in the preview', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    await app.typeAtEnd('\n## A heading typed just now\n');
    await app
      .previewFrame()
      .getByRole('heading', { name: 'A heading typed just now' })
      .waitFor({ timeout: uiTimeout });
  });
});
