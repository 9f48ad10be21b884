// The desktop app end to end, wherever an Electron binary exists: launch the built app on a
// fixture workspace, edit a post through the form and the editor, save, export, check the files.
// Where there is no binary, these report themselves skipped with the reason.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uiTimeout } from '../support';
import {
  clickMenuItem,
  electronSkipReason,
  launchDesktop,
  stubFolderPicker,
  type LaunchedDesktop,
} from './electron-app';

const skipReason = electronSkipReason();
if (skipReason !== null) {
  console.warn(`Electron end-to-end tests skipped: ${skipReason}.`);
}

const hello = '_posts/2024-11-03-hello-world.md';

describe.skipIf(skipReason !== null)('the desktop app', () => {
  let desktop: LaunchedDesktop;

  beforeEach(async () => {
    desktop = await launchDesktop();
  });

  afterEach(async () => {
    await desktop.close();
  });

  it('serves the app from its own origin, isolated, under a CSP without eval, only the bridge exposed', async () => {
    const url = await desktop.electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
    );
    expect(url).toBe('app://postwright/index.html');
    const page = await desktop.window.evaluate(() => {
      const evalRan = (() => {
        try {
          // The CSP forbids eval: this must throw.
          return (0, eval)('true') === true;
        } catch {
          return false;
        }
      })();
      const globals = globalThis as unknown as Record<string, unknown>;
      return {
        evalRan,
        require: typeof globals.require,
        process: typeof globals.process,
        bridge: Object.keys(globals.postwright as object).sort(),
      };
    });
    expect(page).toEqual({
      evalRan: false,
      require: 'undefined',
      process: 'undefined',
      bridge: ['chooseFolder', 'invoke', 'on', 'onCommand', 'workspaceFileUrlBase'],
    });
  });

  it('saves edits made in the form and in the editor', async () => {
    const { app } = desktop;
    await app.openPost('Hello World');
    await app.frontMatter().getByRole('textbox', { name: 'Title' }).fill('Hello from Electron');
    await expect
      .poll(() => app.readFile(hello), { timeout: uiTimeout })
      .toContain('Hello from Electron');
    await app.typeAtEnd('\n\n在桌面应用里写的一段话。');
    await clickMenuItem(desktop.electronApp, 'save');
    await app.waitSaved();
    const text = await app.readFile(hello);
    expect(text).toContain('在桌面应用里写的一段话。');
    expect(text).toMatch(/^---\n/);
  });

  it('exports the post into a blog repository chosen with the native folder picker', async () => {
    const { app, electronApp, window, scratch } = desktop;
    const repo = join(scratch, 'blog');
    await mkdir(join(repo, '_posts'), { recursive: true });
    await writeFile(join(repo, '_config.yml'), 'title: My blog\n');
    await app.openPost('Hello World');
    await stubFolderPicker(electronApp, repo);
    await clickMenuItem(electronApp, 'export');
    const dialog = window.getByRole('dialog', { name: 'Export' });
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
    const text = await readFile(join(repo, '_posts', exported[0] ?? ''), 'utf8');
    expect(text).toContain('Hello World');
  });

  it('saves unsaved text before the window closes', async () => {
    const { app, electronApp, root } = desktop;
    await app.openPost('Hello World');
    await app.typeAtEnd(' Typed just before closing.');
    await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect
      .poll(() => readFile(join(root, hello), 'utf8'), { timeout: uiTimeout })
      .toContain('Typed just before closing.');
  });
});
