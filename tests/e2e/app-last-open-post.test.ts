import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const hello = '_posts/2024-11-03-hello-world.md';

describe('reopening the last open post', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  async function rememberedPosts(): Promise<Record<string, string>> {
    const settings = (await opened.app.callApi('getUserSettings', {})) as {
      lastOpenPosts?: Record<string, string>;
    };
    return settings.lastOpenPosts ?? {};
  }

  it('opens the post that was open when the page was left', async () => {
    const { app, page } = opened;
    await app.waitUntilReady();
    await app.openPost('Hello World');
    await expect
      .poll(async () => Object.values(await rememberedPosts()), { timeout: uiTimeout })
      .toEqual([hello]);
    await page.reload();
    await app.waitForOpenPost('Hello World');
    await expect(app.editor().textContent()).resolves.toContain('Hello');
  });

  it('opens nothing when the remembered post is gone', async () => {
    const { app, page } = opened;
    await app.waitUntilReady();
    await app.openPost('Hello World');
    await expect
      .poll(async () => Object.values(await rememberedPosts()), { timeout: uiTimeout })
      .toEqual([hello]);
    await app.callApi('deletePost', { path: hello });
    await page.reload();
    await app.waitUntilReady();
    await expect(page.getByRole('button', { name: 'New post' }).first().isVisible()).resolves.toBe(
      true,
    );
    expect(await app.editor().count()).toBe(0);
  });
});
