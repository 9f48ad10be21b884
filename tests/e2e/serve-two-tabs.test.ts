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
});
