import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { startServer, type RunningServer } from '../../../electron/node/serve/server';
import { chromiumArgs, chromiumPath } from '../../e2e/support/launch-browser';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;
let backend: Backend;
let server: RunningServer;
let browser: Browser;
let attacker: Server;
let attackerOrigin: string;

/** A page on another port of 127.0.0.1 (same site, other origin) that tries to use the app's API. */
const attackerPage = (target: string) => `<!doctype html><html><body><script>
window.results = {};
fetch('${target}/api/listPosts', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' })
  .then((r) => r.status, () => 'blocked').then((s) => { window.results.api = s; });
const img = new Image();
img.onload = () => { window.results.image = 'loaded'; };
img.onerror = () => { window.results.image = 'blocked'; };
img.src = '${target}/files/images/pic.svg';
</script></body></html>`;

describe.runIf(existsSync(chromiumPath))('serve mode in a real browser', () => {
  beforeAll(async () => {
    workspace = await makeWorkspace({
      'posts/a.md': '---\ntitle: A\n---\n',
      'images/pic.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
    });
    const rendererDir = join(workspace.base, 'renderer');
    await mkdir(rendererDir);
    await writeFile(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head><title>App</title></head><body>app</body></html>',
    );
    backend = await openBackend(workspace);
    server = await startServer({ backend, rendererDir, port: 0, lang: null });
    attacker = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(attackerPage(`http://127.0.0.1:${server.port}`));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await server?.close();
    await backend?.close();
    await workspace?.cleanup();
  });

  it('logs in with the printed URL, keeps the cookie from scripts, and serves the app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.textContent('body')).toBe('app');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // The key survives the redirect in the fragment (no server ever saw it); the page sends it.
    expect(new URL(page.url()).hash).toBe(`#key=${server.apiKey}`);
    const answer = await page.evaluate(async () => {
      const response = await fetch('api/listPosts', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Postwright-Key': new URLSearchParams(location.hash.slice(1)).get('key') ?? '',
        },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean; value: { path: string }[] };
    });
    expect(answer).toMatchObject({ ok: true, value: [{ path: 'posts/a.md' }] });
    // The same browser (cookie set) on another origin of the same site gets nothing.
    const other = await context.newPage();
    await other.goto(attackerOrigin);
    await other.waitForFunction(() => {
      const results = (window as unknown as { results: Record<string, unknown> }).results;
      return results.api !== undefined && results.image !== undefined;
    });
    const results = await other.evaluate(
      () => (window as unknown as { results: Record<string, unknown> }).results,
    );
    expect(results).toEqual({ api: 'blocked', image: 'blocked' });
    await context.close();
  }, 60_000);

  it('refuses a browser that has not opened the printed URL', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://127.0.0.1:${server.port}/`);
    expect(response?.status()).toBe(401);
    await page.context().close();
  }, 60_000);
});
