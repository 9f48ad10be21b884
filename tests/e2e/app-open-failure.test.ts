import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('a post that cannot be opened while another one is open', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('says which post and why, and leaves the open one as it was', async () => {
    const { app, page, server } = opened;
    // Over the 16 MB a post may have: the backend refuses it with E_TOO_LARGE.
    const body = `${'word '.repeat(20)}\n`.repeat(170_000);
    await writeFile(join(server.root, '_posts/big.md'), `---\ntitle: Too big\n---\n${body}`);
    await app.openPost('Hello World');
    await app.typeAtEnd('\nkept while the other post fails');
    await app.postList().getByRole('option', { name: /big/i }).click({ timeout: uiTimeout });
    const notifications = page.getByRole('region', { name: 'Notifications' });
    const message = notifications.getByText(/_posts\/big\.md could not be opened/);
    await message.waitFor({ timeout: uiTimeout });
    expect(await message.textContent()).toMatch(/too large to open \(17 MB; .* up to 16 MB\)/);
    // The post that was open is still open, with what was typed, and still the selected row.
    expect(await page.title()).toBe('Hello World — Postwright');
    expect(await app.editor().textContent()).toContain('kept while the other post fails');
    expect(await app.post('Hello World').getAttribute('aria-selected')).toBe('true');
    await app.saveNow();
    expect(await app.readFile('_posts/2024-11-03-hello-world.md')).toContain(
      'kept while the other post fails',
    );
  });
});
