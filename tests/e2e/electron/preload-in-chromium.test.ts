// The real preload and desktop host, with the real renderer, in Chromium: the preload bundle runs
// in the page with a stand-in `electron` whose IPC goes to serve mode's HTTP API (the backend is
// the same), so the renderer takes its desktop path (window.postwright) without an Electron binary.
// Commands from the menus, the native folder picker, backend events and saving are checked end to end.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../core/api';
import {
  AppPage,
  launchBrowser,
  projectRoot,
  serveWorkspace,
  uiTimeout,
  type LaunchedBrowser,
  type ServedWorkspace,
} from '../support';

const hello = '_posts/2024-11-03-hello-world.md';

/** Runs in the page before its scripts: the preload, on an `electron` that talks to serve mode. */
function fakeElectronScript(preload: string): string {
  return `(() => {
  if (window.top !== window) return; // Electron runs preloads in the main frame only.
  const listeners = new Map();
  // Serve mode's page key, from the printed URL's fragment (the cookie alone opens nothing).
  const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? '';
  let source = null;
  const emit = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'hidden' }, payload);
  };
  const events = () => {
    if (source !== null) return;
    source = new EventSource('api/events?key=' + encodeURIComponent(key));
    for (const name of ['postsChanged', 'postChangedOnDisk', 'workspaceChanged']) {
      source.addEventListener(name, (message) => emit('postwright:event:' + name, JSON.parse(message.data)));
    }
  };
  const shell = { sent: [], folderAnswer: null, emit };
  Object.defineProperty(window, '__shell', { value: shell });
  const ipcRenderer = {
    invoke(channel, args) {
      if (channel === 'postwright:chooseFolder') return Promise.resolve(shell.folderAnswer);
      const method = channel.slice('postwright:'.length);
      return fetch('api/' + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Postwright-Key': key },
        body: JSON.stringify(args ?? {}),
        credentials: 'same-origin',
      }).then((response) => response.json());
    },
    on(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      if (channel.startsWith('postwright:event:')) events();
    },
    removeListener(channel, listener) {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
    },
    send(channel, ...args) {
      shell.sent.push([channel, ...args]);
    },
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api }) },
    ipcRenderer,
    webUtils: { getPathForFile: (file) => '/dropped/' + file.name },
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })((name) => {
    if (name !== 'electron') throw new Error('the preload required ' + name);
    return electron;
  }, module, module.exports);
})();`;
}

let preload = '';
beforeAll(async () => {
  const result = await build({
    entryPoints: [join(projectRoot, 'electron/preload/preload.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  preload = result.outputFiles[0]?.text ?? '';
});

describe('the preload bridge driving the real renderer', () => {
  let server: ServedWorkspace;
  let browser: LaunchedBrowser;
  let page: Page;
  let app: AppPage;
  const command = (value: AppCommand) =>
    page.evaluate((sent) => {
      (window as unknown as { __shell: { emit: (c: string, p: unknown) => void } }).__shell.emit(
        'postwright:command',
        sent,
      );
    }, value);

  beforeEach(async () => {
    server = await serveWorkspace();
    browser = await launchBrowser();
    page = browser.page;
    await page.addInitScript(fakeElectronScript(preload));
    app = new AppPage(page, server.root);
    await page.goto(server.url);
    await app.waitUntilReady();
  });

  afterEach(async () => {
    await browser.close().catch(() => undefined);
    await server.stop();
  });

  it('opens the post a menu or the OS names, and saves on the Save command', async () => {
    expect(await page.evaluate(() => typeof (window as { postwright?: unknown }).postwright)).toBe(
      'object',
    );
    await command({ id: 'openPost', path: hello });
    await app.waitForOpenPost('Hello World');
    await app.typeAtEnd('\n\n菜单里的保存。');
    await command({ id: 'save' });
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('菜单里的保存。');
    await app.waitSaved();
  });

  it('exports into a repository chosen with the native folder picker', async () => {
    const repo = join(server.home, 'blog');
    await mkdir(join(repo, '_posts'), { recursive: true });
    await writeFile(join(repo, '_config.yml'), 'title: My blog\n');
    await app.openPost('Hello World');
    await page.evaluate((folder) => {
      (window as unknown as { __shell: { folderAnswer: string } }).__shell.folderAnswer = folder;
    }, repo);
    await command({ id: 'export' });
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Add blog repository…' }).click();
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    await expect.poll(() => exportButton.isEnabled(), { timeout: uiTimeout }).toBe(true);
    await exportButton.click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Exported.' })
      .waitFor({ timeout: uiTimeout });
    const exported = await readdir(join(repo, '_posts'));
    expect(exported).toHaveLength(1);
    expect(await readFile(join(repo, '_posts', exported[0] ?? ''), 'utf8')).toContain(
      'title: Hello World',
    );
  });

  it('shows posts another program writes, through the bridge’s events', async () => {
    await writeFile(
      join(server.root, '_posts', '2025-03-01-from-outside.md'),
      '---\ntitle: 外部写入的文章\ndate: 2025-03-01\n---\n正文\n',
    );
    await app.post('外部写入的文章').waitFor({ timeout: uiTimeout });
  });

  it('hands a dropped Markdown file to the main process and leaves dropped images to the page', async () => {
    const drop = async (name: string, type: string) => {
      const dataTransfer = await page.evaluateHandle(
        ([fileName, fileType]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File(['x'], fileName ?? '', { type: fileType }));
          return transfer;
        },
        [name, type],
      );
      await page.dispatchEvent('body', 'drop', { dataTransfer });
    };
    await drop('随笔.md', 'text/markdown');
    await drop('cover.png', 'image/png');
    const sent = await page.evaluate(
      () => (window as unknown as { __shell: { sent: unknown[] } }).__shell.sent,
    );
    expect(sent).toEqual([['postwright:dropPath', '/dropped/随笔.md']]);
  });
});
