import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AppPage, launchBrowser, type LaunchedBrowser } from '../../tests/e2e/support';
import { startServer, type BenchServer } from './serve';

/** The app in Chromium against serve mode on a bench workspace. */
export interface BenchApp {
  app: AppPage;
  page: Page;
  server: BenchServer;
  browser: LaunchedBrowser;
  pageErrors: string[];
  close: () => Promise<void>;
}

/** Starts serve mode on `root` (user data under `home`), opens it in a fresh Chromium, waits for the list. */
export async function openBenchApp(
  projectRoot: string,
  root: string,
  home: string,
): Promise<BenchApp> {
  const server = await startServer(projectRoot, root, home);
  let browser: LaunchedBrowser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const pageErrors: string[] = [];
  browser.page.on('pageerror', (error) => pageErrors.push(error.message));
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.stop();
  };
  const app = new AppPage(browser.page, root);
  try {
    await browser.page.goto(server.url);
    // Longer than the e2e page object's wait: a loaded machine can take a while for 10k posts.
    await app.postList().getByRole('option').first().waitFor({ timeout: 120_000 });
  } catch (error) {
    await close();
    throw error;
  }
  return { app, page: browser.page, server, browser, pageErrors, close };
}

/** A home folder for serve mode's user data inside the run's work folder. */
export function benchHome(workDir: string, name: string): string {
  return join(workDir, `home-${name}`);
}
