// Launching the built desktop app with Playwright's Electron driver, on a fresh copy of a fixture
// workspace and a fresh user-data folder, where an Electron binary exists.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { AppPage, defaultFixture, projectRoot } from '../support';

/**
 * The Electron binary the `electron` package installed, or null. Read from its `path.txt` like
 * the package's index.js, without requiring it: that file starts a download when the binary is missing.
 */
export function electronBinary(): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary =
    override !== undefined && override !== ''
      ? join(override, executable === '' ? 'electron' : executable)
      : executable === ''
        ? null
        : join(packageDir, 'dist', executable);
  return binary !== null && existsSync(binary) ? binary : null;
}

/** Why the Electron tests cannot run here, or null when they can. */
export function electronSkipReason(): string | null {
  if (electronBinary() === null) {
    return 'no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the same UI is tested in Chromium through serve mode';
  }
  if (!existsSync(join(projectRoot, 'dist/electron/main.cjs'))) {
    return 'the app is not built (run `npm run build`)';
  }
  const hasDisplay = [process.env.DISPLAY, process.env.WAYLAND_DISPLAY].some(
    (value) => value !== undefined && value !== '',
  );
  if (process.platform === 'linux' && !hasDisplay) {
    return 'there is no display to open a window on (run the tests under xvfb-run)';
  }
  return null;
}

/** The desktop app, running. */
export interface LaunchedDesktop {
  electronApp: ElectronApplication;
  window: Page;
  app: AppPage;
  /** The temporary workspace copy. */
  root: string;
  /** A temporary folder for anything else the test needs (export targets...). */
  scratch: string;
  /** Quits the app and removes the temporary folders. */
  close: () => Promise<void>;
}

/** Launches `dist/electron/main.cjs` on a copy of the fixture workspace and waits for the post list. */
export async function launchDesktop(fixture = defaultFixture): Promise<LaunchedDesktop> {
  const binary = electronBinary();
  if (binary === null) {
    throw new Error('no Electron binary');
  }
  const base = await mkdtemp(join(tmpdir(), 'postwright-electron-'));
  const root = join(base, 'workspace');
  const scratch = join(base, 'scratch');
  await cp(fixture, root, { recursive: true });
  await mkdir(scratch);
  const rootUser = typeof process.getuid === 'function' && process.getuid() === 0;
  const electronApp = await _electron.launch({
    executablePath: binary,
    // Chromium refuses its sandbox to root (CI containers); everywhere else the sandbox stays on.
    args: [
      ...(rootUser ? ['--no-sandbox'] : []),
      join(projectRoot, 'dist/electron/main.cjs'),
      root,
    ],
    cwd: projectRoot,
    env: { ...process.env, POSTWRIGHT_USER_DATA: join(base, 'user-data'), LANG: 'en_US.UTF-8' },
    timeout: 60_000,
  });
  const close = async () => {
    await electronApp.close().catch(() => undefined);
    await rm(base, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const window = await electronApp.firstWindow();
    const app = new AppPage(window, root);
    await app.waitUntilReady();
    return { electronApp, window, app, root, scratch, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Clicks an item of the application menu by its id, as a person choosing it would. */
export async function clickMenuItem(electronApp: ElectronApplication, id: string): Promise<void> {
  const found = await electronApp.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    item?.click();
    return item !== null && item !== undefined;
  }, id);
  if (!found) {
    throw new Error(`no menu item ${id}`);
  }
}

/** Makes the next native folder pickers answer `folder` (dialogs are stubbed in the main process). */
export async function stubFolderPicker(
  electronApp: ElectronApplication,
  folder: string,
): Promise<void> {
  await electronApp.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [path] });
  }, folder);
}
