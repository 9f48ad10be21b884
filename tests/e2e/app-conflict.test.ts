import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const hello = '_posts/2024-11-03-hello-world.md';

describe('changes made on disk while a post is open', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  async function editOnBothSides(): Promise<string> {
    const { app } = opened;
    // A long autosave delay keeps the typed text unsaved while another program edits the file.
    await app.useSettings({ autosaveDelayMs: 60_000 });
    await app.openPost('Hello World');
    await app.typeAtEnd('Typed in Postwright.');
    await app.saveStatus().filter({ hasText: 'Unsaved changes' }).waitFor({ timeout: uiTimeout });
    const onDisk = (await app.readFile(hello)) + '\nWritten by another program.\n';
    await app.writeFile(hello, onDisk);
    return onDisk;
  }

  it('asks which version to keep, can compare them, and keeps mine', async () => {
    const { app, page } = opened;
    await editOnBothSides();
    const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
    await dialog.waitFor({ timeout: uiTimeout });
    await dialog.getByRole('button', { name: 'Compare' }).click();
    const disk = dialog.getByRole('region', { name: 'Version on disk' });
    expect(await disk.textContent()).toContain('Written by another program.');
    expect(await dialog.getByRole('region', { name: 'My version' }).textContent()).toContain(
      'Typed in Postwright.',
    );
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('Typed in Postwright.');
    expect(await app.readFile(hello)).not.toContain('Written by another program.');
    await app.waitSaved();
  });

  it('takes the version on disk', async () => {
    const { app, page } = opened;
    const onDisk = await editOnBothSides();
    const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
    await dialog
      .getByRole('button', { name: 'Take the version on disk' })
      .click({ timeout: uiTimeout });
    await expect
      .poll(() => app.editor().textContent(), { timeout: uiTimeout })
      .toContain('Written by another program.');
    expect(await app.editor().textContent()).not.toContain('Typed in Postwright.');
    expect(await app.readFile(hello)).toBe(onDisk);
    await app.waitSaved();
  });

  it('reloads a post without unsaved changes silently and says so', async () => {
    const { app, page } = opened;
    await app.openPost('Hello World');
    await app.writeFile(
      hello,
      (await app.readFile(hello)).replace('a list:', 'a list, edited elsewhere:'),
    );
    await expect
      .poll(() => app.editor().textContent(), { timeout: uiTimeout })
      .toContain('a list, edited elsewhere:');
    await app.saveStatus().filter({ hasText: 'Reloaded' }).waitFor({ timeout: uiTimeout });
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('shows a post added on disk in the list', async () => {
    const { app } = opened;
    await app.writeFile(
      '_posts/2025-03-01-from-outside.md',
      '---\ntitle: Written outside\n---\nHi.\n',
    );
    await app.post('Written outside').waitFor({ timeout: uiTimeout });
  });
});
