// Two tabs of one `postwright serve` on the same post: a save in one tab reaches the other, which
// reloads (no unsaved edits) instead of later overwriting the first tab's text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage, openApp, uiTimeout, type OpenedApp } from './support';

const hello = '_posts/2024-11-03-hello-world.md';

describe('serve mode: two tabs on one server', () => {
  let opened: OpenedApp;
  let second: Page;

  beforeEach(async () => {
    opened = await openApp();
    second = await opened.page.context().newPage();
    await second.goto(opened.server.url);
  });

  afterEach(async () => {
    await opened.close();
  });

  it("reloads tab B with tab A's save, so B's next save keeps A's text", async () => {
    const tabA = opened.app;
    const tabB = new AppPage(second, opened.server.root, 'en');
    await tabB.waitUntilReady();
    await tabA.openPost('Hello World');
    await tabB.openPost('Hello World');
    await tabA.typeAtEnd('\nfrom tab A');
    await tabA.waitSaved();
    await expect
      .poll(() => tabB.editor().textContent(), { timeout: uiTimeout })
      .toContain('from tab A');
    await tabB.typeAtEnd('\nfrom tab B');
    await tabB.waitSaved();
    const disk = await readFile(join(opened.server.root, hello), 'utf8');
    expect(disk).toContain('from tab A');
    expect(disk).toContain('from tab B');
    expect(await second.getByRole('dialog').count()).toBe(0);
    // The tab that saved was not told about its own writes: it shows no conflict either.
    expect(await opened.page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => tabA.editor().textContent(), { timeout: uiTimeout })
      .toContain('from tab B');
  });

  it('asks tab B, which has unsaved edits, what to keep when tab A saves', async () => {
    const tabA = opened.app;
    // A long autosave delay keeps B's typing unsaved; A saves with Ctrl+S.
    await tabA.useSettings({ autosaveDelayMs: 60_000 });
    await second.reload();
    const tabB = new AppPage(second, opened.server.root, 'en');
    await tabA.waitUntilReady();
    await tabB.waitUntilReady();
    await tabA.openPost('Hello World');
    await tabB.openPost('Hello World');
    await tabB.typeAtEnd('\nunsaved in tab B');
    await tabB.saveStatus().filter({ hasText: 'Unsaved changes' }).waitFor({ timeout: uiTimeout });
    await tabA.typeAtEnd('\nfrom tab A');
    await tabA.saveNow();
    const dialog = second.getByRole('dialog', { name: 'The file changed on disk' });
    await dialog.waitFor({ timeout: uiTimeout });
    await dialog.getByRole('button', { name: 'Compare' }).click();
    expect(await dialog.getByRole('region', { name: 'Version on disk' }).textContent()).toContain(
      'from tab A',
    );
    await dialog.getByRole('button', { name: 'Take the version on disk' }).click();
    await expect
      .poll(() => tabB.editor().textContent(), { timeout: uiTimeout })
      .toContain('from tab A');
    expect(await opened.page.getByRole('dialog').count()).toBe(0);
    expect(await readFile(join(opened.server.root, hello), 'utf8')).not.toContain('tab B');
  });
});
