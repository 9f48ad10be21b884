import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('creating, renaming, deleting and restoring posts', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('creates a post from the New post dialog and opens it', async () => {
    const { app, page, server } = opened;
    await page.getByRole('button', { name: 'New post' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New post' });
    await dialog.getByRole('textbox', { name: 'Post title' }).fill('春天的第一篇');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await app.post('春天的第一篇').waitFor({ timeout: uiTimeout });
    await app.waitForOpenPost('春天的第一篇');
    expect(await app.frontMatter().getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      '春天的第一篇',
    );
    const posts = (await app.callApi('listPosts', {})) as { path: string; title: string }[];
    const created = posts.find((post) => post.title === '春天的第一篇');
    expect(created?.path).toMatch(/chun-tian/);
    expect(await exists(join(server.root, created?.path ?? ''))).toBe(true);
  });

  it('asks for a new post with Ctrl/Cmd+N', async () => {
    const { page } = opened;
    await page.getByRole('listbox', { name: 'Posts' }).focus();
    await page.keyboard.press('ControlOrMeta+n');
    const dialog = page.getByRole('dialog', { name: 'New post' });
    await dialog.waitFor({ timeout: uiTimeout });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: uiTimeout });
  });

  it('renames a post with F2', async () => {
    const { app, page, server } = opened;
    await app.openPost('Hello World');
    await app.postList().focus();
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: /Rename/ });
    const name = dialog.getByRole('textbox', { name: 'File name' });
    expect(await name.inputValue()).toBe('2024-11-03-hello-world.md');
    await name.fill('2024-11-03-hello-again.md');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.waitFor({ state: 'detached', timeout: uiTimeout });
    await expect
      .poll(() => exists(join(server.root, '_posts/2024-11-03-hello-again.md')), {
        timeout: uiTimeout,
      })
      .toBe(true);
    expect(await exists(join(server.root, '_posts/2024-11-03-hello-world.md'))).toBe(false);
    // The renamed post stays open and keeps saving to its new name.
    await app.typeAtEnd('After the rename.');
    await expect
      .poll(() => app.readFile('_posts/2024-11-03-hello-again.md'), { timeout: uiTimeout })
      .toContain('After the rename.');
  });

  it('deletes a post from the context menu and restores it with Undo', async () => {
    const { app, page, server } = opened;
    const file = join(server.root, '_posts/2024-06-01-crlf-post.md');
    await app.post('Windows line endings').click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Delete' }).click();
    await app.post('Windows line endings').waitFor({ state: 'detached', timeout: uiTimeout });
    expect(await exists(file)).toBe(false);
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await app.post('Windows line endings').waitFor({ timeout: uiTimeout });
    expect(await exists(file)).toBe(true);
  });

  it('deletes the open post with the Delete key', async () => {
    const { app, page, server } = opened;
    await app.openPost('Hello World');
    await app.postList().focus();
    await page.keyboard.press('Delete');
    await app.post('Hello World').waitFor({ state: 'detached', timeout: uiTimeout });
    expect(await exists(join(server.root, '_posts/2024-11-03-hello-world.md'))).toBe(false);
    await app.saveStatus().filter({ hasText: 'No post open' }).waitFor();
  });

  it('opens the context menu from the keyboard (Shift+F10) and runs an action', async () => {
    const { app, page } = opened;
    await app.postList().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for “Hello World”' });
    await menu.waitFor({ timeout: uiTimeout });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /Rename/ }).waitFor({ timeout: uiTimeout });
  });

  it('duplicates a post and opens the copy', async () => {
    const { app, page } = opened;
    await app.post('Hello World').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect
      .poll(
        () =>
          app
            .postList()
            .getByRole('option', { name: /Hello World/ })
            .count(),
        { timeout: uiTimeout },
      )
      .toBe(2);
  });
});
