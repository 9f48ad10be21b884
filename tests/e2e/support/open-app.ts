import type { Page } from 'playwright-core';
import { AppPage } from './app-page';
import { launchBrowser, type LaunchOptions } from './launch-browser';
import { serveWorkspace, type ServeOptions, type ServedWorkspace } from './serve-workspace';

/** The app running in Chromium against serve mode on a fresh copy of a fixture workspace. */
export interface OpenedApp {
  app: AppPage;
  page: Page;
  server: ServedWorkspace;
  /** Console messages of the page, `type: text`. */
  consoleMessages: string[];
  /** Messages of every JavaScript dialog (alert/confirm/prompt) the page opened; they are dismissed. */
  dialogs: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
  /** Closes the browser and stops the server (removing the temporary workspace). */
  close: () => Promise<void>;
}

/** Options for `openApp`. */
export interface OpenAppOptions extends ServeOptions, LaunchOptions {
  /** Don't wait for the post list (for tests of what shows before or instead of it). */
  skipWaitUntilReady?: boolean;
}

/** Serves a fixture workspace, opens it in a fresh Chromium and waits for the post list. */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenedApp> {
  const server = await serveWorkspace(options);
  let launched;
  try {
    launched = await launchBrowser(options);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const { page } = launched;
  const consoleMessages: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const close = async (): Promise<void> => {
    await launched.close().catch(() => undefined);
    await server.stop();
  };
  const language = options.lang ?? (options.locale?.startsWith('zh') === true ? 'zh-CN' : 'en');
  const app = new AppPage(page, server.root, language);
  try {
    await page.goto(server.url);
    if (options.skipWaitUntilReady !== true) {
      await app.waitUntilReady();
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { app, page, server, consoleMessages, dialogs, pageErrors, close };
}
