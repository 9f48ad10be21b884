// The thin wiring of the main process, run for real on a fake `electron` module: startup on a
// fixture workspace, the window, protocols, IPC, menus, drops, second launches, crash and close.
// What only the Electron binary can show is in tests/e2e/electron/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, fakeEvent, findMenuItem } from './fake-electron';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = join(projectRoot, 'tests/fixtures/workspace');
const hello = '_posts/2024-11-03-hello-world.md';

let base: string;
let root: string;
let fake: ReturnType<typeof createFakeElectron>;

type Invoke = (event: unknown, args?: unknown) => Promise<unknown>;

const window = () => {
  const found = fake.record.windows[0];
  if (found === undefined) {
    throw new Error('no window');
  }
  return found;
};
const trusted = () => ({
  sender: { id: window().webContents.id },
  senderFrame: { url: 'app://postwright/index.html', parent: null },
});
const invoke = (method: string, args: unknown = {}) =>
  (fake.record.invokeHandlers.get(`postwright:${method}`) as Invoke)(trusted(), args);
const menuItem = (id: string) => {
  const item = findMenuItem(fake.record.applicationMenu?.template ?? [], id);
  if (item === null) {
    throw new Error(`no menu item ${id}`);
  }
  return item;
};
const sent = () => window().webContents.sent;
const unsavedDialogs = () =>
  fake.record.messageBoxes.filter(
    (box) => (box as { message?: string }).message === 'Postwright could not save your changes.',
  );

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-main-')));
  root = join(base, 'workspace');
  await cp(fixture, root, { recursive: true });
  process.env.POSTWRIGHT_USER_DATA = join(base, 'user-data');
  fake = createFakeElectron({ userData: join(base, 'ignored') });
  const bundle = await build({
    entryPoints: [join(projectRoot, 'electron/main/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const projectRequire = createRequire(join(projectRoot, 'package.json'));
  const savedArgv = process.argv;
  process.argv = ['/usr/bin/electron', 'dist/electron/main.cjs', root];
  Object.assign(process, { defaultApp: true });
  try {
    const module = { exports: {} };
    const run = runInThisContext(Module.wrap(bundle.outputFiles[0]?.text ?? ''), {
      filename: 'main.cjs',
    }) as (...args: unknown[]) => void;
    run(
      module.exports,
      (name: string) => (name === 'electron' ? fake.electron : (projectRequire(name) as unknown)),
      module,
      join(projectRoot, 'dist/electron/main.cjs'),
      join(projectRoot, 'dist/electron'),
    );
    await vi.waitFor(
      () =>
        expect(fake.record.windows[0]?.url ?? fake.record.errors[0]).toBe(
          'app://postwright/index.html',
        ),
      {
        timeout: 15_000,
      },
    );
  } finally {
    process.argv = savedArgv;
  }
}, 30_000);

afterAll(async () => {
  fake.app.emit('before-quit');
  const willQuit = fakeEvent();
  const quitsBefore = fake.app.quitCalls;
  fake.app.emit('will-quit', willQuit);
  if (willQuit.defaultPrevented) {
    await vi.waitFor(() => expect(fake.app.quitCalls).toBeGreaterThan(quitsBefore), {
      timeout: 15_000,
    });
  }
  delete process.env.POSTWRIGHT_USER_DATA;
  await rm(base, { recursive: true, force: true });
}, 30_000);

describe('the main process on a fake electron', () => {
  it('starts without an error, sandboxing every renderer, with both schemes privileged', () => {
    expect(fake.record.errors).toEqual([]);
    expect(fake.app.exitCode).toBeNull();
    expect(fake.record.sandboxEnabled).toBe(true);
    expect(fake.record.privilegedSchemes.map((s) => (s as { scheme: string }).scheme)).toEqual([
      'app',
      'postwright-file',
    ]);
    expect(fake.app.getPath('userData')).toBe(join(base, 'user-data'));
  });

  it('opens one hardened window on the app origin with the built preload', () => {
    expect(fake.record.windows).toHaveLength(1);
    expect(window().url).toBe('app://postwright/index.html');
    expect(window().options.webPreferences).toMatchObject({
      preload: join(projectRoot, 'dist/electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
  });

  it('hardens the window’s navigation and new windows', () => {
    const contents = window().webContents;
    const leave = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', leave);
    expect(leave.defaultPrevented).toBe(true);
    expect(fake.record.openedExternal).toEqual(['https://example.com/']);
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' } as never)).toEqual({
      action: 'deny',
    });
  });

  it('enables the spell-check dictionaries of the system languages, English always', () => {
    expect(fake.record.defaultSession.spellCheckerLanguages).toEqual(
      process.platform === 'darwin' ? [] : ['en-US'],
    );
  });

  it('denies every permission', () => {
    const answers: boolean[] = [];
    fake.record.defaultSession.permissionRequest?.(
      ...([{}, 'media', (granted: boolean) => answers.push(granted)] as never[]),
    );
    expect(answers).toEqual([false]);
  });

  it.skipIf(!existsSync(join(projectRoot, 'dist/renderer/index.html')))(
    'serves the renderer with the CSP',
    async () => {
      const handler = fake.record.protocolHandlers.get('app');
      const response = (await handler?.({ url: 'app://postwright/', method: 'GET' })) as Response;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  it('serves workspace images and nothing else', async () => {
    const handler = fake.record.protocolHandlers.get('postwright-file');
    const image = (await handler?.({
      url: 'postwright-file://workspace/images/logo.png',
      method: 'GET',
    })) as Response;
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    const post = (await handler?.({
      url: `postwright-file://workspace/${hello}`,
      method: 'GET',
    })) as Response;
    expect(post.status).toBe(403);
  });

  it('answers the contract over IPC to its own window only', async () => {
    const posts = (await invoke('listPosts')) as { ok: boolean; value: { path: string }[] };
    expect(posts.ok).toBe(true);
    expect(posts.value.map((post) => post.path)).toContain(hello);
    const handler = fake.record.invokeHandlers.get('postwright:listPosts') as Invoke;
    const stranger = {
      sender: { id: 999 },
      senderFrame: { url: 'app://postwright/', parent: null },
    };
    expect(await handler(stranger, {})).toMatchObject({
      ok: false,
      error: { code: 'E_PERMISSION' },
    });
  });

  it('shows the native folder picker', async () => {
    fake.record.openDialogAnswer = '/home/li/博客';
    expect(
      await (fake.record.invokeHandlers.get('postwright:chooseFolder') as Invoke)(trusted()),
    ).toBe('/home/li/博客');
  });

  it('sends menu commands to the window and reveals the workspace itself', async () => {
    menuItem('save').click?.();
    await vi.waitFor(() => expect(sent()).toContainEqual(['postwright:command', { id: 'save' }]));
    menuItem('revealWorkspace').click?.();
    await vi.waitFor(() => expect(fake.record.opened).toContain(root));
  });

  it('follows the theme setting in native UI (menus, dialogs, prefers-color-scheme)', async () => {
    await invoke('updateUserSettings', { patch: { theme: 'dark' } });
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
    await invoke('updateUserSettings', { patch: { theme: 'system' } });
    expect(fake.electron.nativeTheme.themeSource).toBe('system');
  });

  it('translates the menus when the user switches the language', async () => {
    expect(menuItem('file').label).toBe('File');
    await invoke('updateUserSettings', { patch: { language: 'zh-CN' } });
    expect(menuItem('file').label).toBe('文件');
    await invoke('updateUserSettings', { patch: { language: 'en' } });
    expect(menuItem('file').label).toBe('File');
  });

  it('opens the post of a Markdown file dropped on the window', async () => {
    const onDrop = fake.record.listeners.get('postwright:dropPath') as (...args: unknown[]) => void;
    onDrop(trusted(), join(root, hello));
    await vi.waitFor(() =>
      expect(sent()).toContainEqual(['postwright:command', { id: 'openPost', path: hello }]),
    );
  });

  it('offers a reload when the renderer crashed', async () => {
    fake.record.messageBoxAnswer = 0;
    window().webContents.emit('render-process-gone', fakeEvent(), {
      reason: 'crashed',
      exitCode: 1,
    });
    await vi.waitFor(() => expect(fake.record.reloads).toBe(1));
    window().webContents.emit('render-process-gone', fakeEvent(), {
      reason: 'clean-exit',
      exitCode: 0,
    });
    expect(fake.record.reloads).toBe(1);
  });

  it('offers a reload when the window hangs, and withdraws the offer when it recovers', async () => {
    fake.record.messageBoxAnswer = 1;
    const boxes = fake.record.messageBoxes.length;
    window().emit('unresponsive');
    await vi.waitFor(() => expect(fake.record.crashedRenderers).toBe(1));
    expect(fake.record.reloads).toBe(2);
    expect(fake.record.messageBoxes).toHaveLength(boxes + 1);
    expect(fake.record.messageBoxes.at(-1)).toMatchObject({
      message: 'Postwright is not responding.',
      buttons: ['Wait', 'Reload'],
    });
  });

  it('shows spelling suggestions in the context menu and applies the chosen one', () => {
    window().webContents.emit('context-menu', fakeEvent(), {
      isEditable: true,
      selectionText: '',
      misspelledWord: 'teh',
      dictionarySuggestions: ['the', 'tea'],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    });
    const menu = fake.record.popups.at(-1) ?? [];
    expect(menu.map((item) => item.label)).toEqual([
      'the',
      'tea',
      'Add to Dictionary',
      undefined,
      'Cut',
      'Copy',
      'Paste',
      undefined,
      'Select All',
    ]);
    menu[0]?.click?.();
    expect(fake.record.replacedMisspellings).toEqual(['the']);
  });

  it('opens a folder handed over by a second launch as the workspace, saving first', async () => {
    const before = sent().length;
    const other = join(base, '另一个博客');
    await mkdir(join(other, 'posts'), { recursive: true });
    fake.app.emit('second-instance', fakeEvent(), [], '/', {
      argv: ['/usr/bin/electron', 'dist/electron/main.cjs', other],
      cwd: base,
      isDefaultApp: true,
    });
    await vi.waitFor(
      () =>
        expect(sent()).toContainEqual([
          'postwright:event:workspaceChanged',
          expect.objectContaining({ root: other }),
        ]),
      { timeout: 10_000 },
    );
    const channels = sent()
      .slice(before)
      .map(([channel, payload]) =>
        channel === 'postwright:command' ? (payload as { id: string }).id : channel,
      );
    expect(channels.indexOf('save')).toBeGreaterThanOrEqual(0);
    expect(channels.indexOf('save')).toBeLessThan(
      channels.indexOf('postwright:event:workspaceChanged'),
    );
  });

  it('asks before closing when the save fails, and stays open on Cancel', async () => {
    fake.record.messageBoxAnswer = 0;
    window().close();
    const saved = await invoke('savePost', {
      path: 'missing.md',
      text: 'x',
      baseVersion: { mtimeMs: 1, size: 1, hash: 'stale' },
    });
    expect(saved).toMatchObject({ ok: false });
    await vi.waitFor(() => expect(unsavedDialogs()).toHaveLength(1));
    expect(window().destroyed).toBe(false);
    expect(window().closeCalls).toBe(1);
  });

  it('asks the renderer to save before the window closes, then closes it', async () => {
    window().closeCalls = 0;
    window().close();
    expect(window().destroyed).toBe(false);
    expect(sent().at(-1)).toEqual(['postwright:command', { id: 'save' }]);
    await vi.waitFor(() => expect(window().destroyed).toBe(true), { timeout: 5_000 });
    expect(window().closeCalls).toBe(2);
    await vi.waitFor(async () =>
      expect(
        JSON.parse(await readFile(join(base, 'user-data', 'window-state.json'), 'utf8')),
      ).toEqual({ bounds: { x: 10, y: 20, width: 900, height: 700 }, isMaximized: false }),
    );
    expect(unsavedDialogs()).toHaveLength(1);
  });
});
