import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags every e2e Chromium runs with (see the brief): no sandbox in containers, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Debian's Chromium lives (.ci/run installs it). */
export const chromiumPath = process.env.POSTWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** A Chromium with a fresh temporary profile, one context and one page. */
export interface LaunchedBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Options for `launchBrowser`. */
export interface LaunchOptions {
  /** Value of `navigator.language` (and Accept-Language); default 'en-US'. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** Launches Chromium (fresh profile: playwright's default temporary one) and opens one page. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1400, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    return { browser, context, page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
