import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const hello = '_posts/2024-11-03-hello-world.md';

describe('crash recovery', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  async function journalUnsavedText(beforeReload?: () => Promise<void>): Promise<string> {
    const { app } = opened;
    const post = (await app.callApi('readPost', { path: hello })) as {
      text: string;
      version: unknown;
    };
    const text = `${post.text}\nTyped just before the crash.\n`;
    await app.callApi('writeJournal', { path: hello, text, baseVersion: post.version });
    await beforeReload?.();
    await app.page.reload();
    return text;
  }

  it('offers unsaved text from the journal on start and restores it', async () => {
    const { app, page } = opened;
    const text = await journalUnsavedText();
    const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
    await dialog.getByRole('button', { name: 'Restore' }).click({ timeout: uiTimeout });
    await app.waitForOpenPost('Hello World');
    await expect.poll(() => app.readFile(hello), { timeout: uiTimeout }).toBe(text);
    await app.waitSaved();
    expect(await app.callApi('listJournal', {})).toEqual([]);
  });

  it('discards the journal when asked', async () => {
    const { app, page } = opened;
    await journalUnsavedText();
    const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
    await dialog.getByRole('button', { name: 'Discard' }).click({ timeout: uiTimeout });
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.callApi('listJournal', {}), { timeout: uiTimeout }).toEqual([]);
    expect(await app.readFile(hello)).not.toContain('Typed just before the crash.');
  });

  it('says so when the post cannot be opened, and keeps the text in the journal', async () => {
    const { app, page } = opened;
    // Over the 16 MB a post may have: the backend refuses to open it.
    const tooLarge = `---\ntitle: Hello World\n---\n${`${'word '.repeat(20)}\n`.repeat(170_000)}`;
    const text = await journalUnsavedText(() => app.writeFile(hello, tooLarge));
    const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
    await dialog.getByRole('button', { name: 'Restore' }).click({ timeout: uiTimeout });
    const notifications = page.getByRole('region', { name: 'Notifications' });
    const message = notifications.getByText(/could not be opened to restore its unsaved text/);
    await message.waitFor({ timeout: uiTimeout });
    expect(await message.textContent()).toMatch(/too large.*stays in the recovery journal/s);
    const journal = (await app.callApi('listJournal', {})) as { path: string; text: string }[];
    expect(journal.map((entry) => [entry.path, entry.text])).toEqual([[hello, text]]);
    expect(await app.readFile(hello)).toBe(tooLarge);
  });
});
