// The server of a tab stops while the user types: nothing typed may be lost. It comes back with
// the same token (saving resumes by itself) or restarted with a new one (the tab says so, asks
// before closing, and the new page offers the text kept in the browser).
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/node/backend';
import { startServer, type RunningServer } from '../../electron/node/serve/server';
import {
  AppPage,
  chromiumArgs,
  chromiumPath,
  defaultFixture,
  projectRoot,
  uiTimeout,
} from './support';

const hello = '_posts/2024-11-03-hello-world.md';
const rendererDir = join(projectRoot, 'dist/renderer');

describe('serve mode: the server stops while the user types', () => {
  let base: string;
  let root: string;
  let backend: Backend;
  let server: RunningServer | null;
  let browser: Browser;
  let page: Page;
  let app: AppPage;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'postwright-e2e-restart-'));
    root = join(base, 'workspace');
    await cp(defaultFixture, root, { recursive: true });
    backend = await createBackend({
      root,
      userDataDir: join(base, 'user-data'),
      remember: false,
      log: () => undefined,
    });
    server = await startServer({ backend, rendererDir, port: 0, lang: 'en' });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    await page.goto(server.url);
    app = new AppPage(page, root, 'en');
    await app.waitUntilReady();
    await app.openPost('Hello World');
    await app.typeAtEnd('\nbefore the stop');
    await app.waitSaved();
  });

  afterEach(async () => {
    await browser.close();
    await server?.close();
    await backend.close();
    await rm(base, { recursive: true, force: true, maxRetries: 3 });
  });

  const disk = (): Promise<string> => readFile(join(root, hello), 'utf8');

  async function stopAndTypeWhileDown(): Promise<{ port: number; token: string; apiKey: string }> {
    const running = server;
    if (running === null) {
      throw new Error('no server');
    }
    await running.close();
    server = null;
    await app.typeAtEnd('\nwhile down');
    await app
      .saveStatus()
      .filter({ hasText: 'The Postwright server cannot be reached' })
      .waitFor({ timeout: uiTimeout });
    expect(await app.saveStatus().textContent()).not.toContain('TypeError');
    return { port: running.port, token: running.token, apiKey: running.apiKey };
  }

  it('saves by itself once the server is back with the same token', async () => {
    const { port, token, apiKey } = await stopAndTypeWhileDown();
    server = await startServer({ backend, rendererDir, port, token, apiKey, lang: 'en' });
    await app.waitSaved();
    expect(await disk()).toContain('while down');
    // Nothing unsaved: closing asks nothing.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed(), { timeout: uiTimeout }).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('says the server restarted, asks before closing, and the new page offers the text', async () => {
    const { port } = await stopAndTypeWhileDown();
    const restarted = await startServer({ backend, rendererDir, port, lang: 'en' });
    server = restarted;
    await app
      .saveStatus()
      .filter({ hasText: 'The Postwright server was restarted: open the address it printed' })
      .waitFor({ timeout: 4 * uiTimeout });
    expect(await disk()).not.toContain('while down');

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed(), { timeout: uiTimeout }).toBe(true);
    expect(dialogs).toEqual(['beforeunload']);

    const next = await page.context().newPage();
    await next.goto(restarted.url);
    const dialog = next.getByRole('dialog', { name: 'Recover unsaved changes?' });
    await dialog.getByRole('button', { name: 'Restore' }).click({ timeout: uiTimeout });
    await expect.poll(disk, { timeout: uiTimeout }).toContain('while down');
    const saved = await disk();
    expect(saved).toContain('before the stop');
    // Saved: the copy in the browser is gone, so the next start offers nothing.
    await new AppPage(next, root, 'en').waitSaved();
    await next.reload();
    await new AppPage(next, root, 'en').waitUntilReady();
    expect(await next.getByRole('dialog', { name: 'Recover unsaved changes?' }).count()).toBe(0);
  });
});
