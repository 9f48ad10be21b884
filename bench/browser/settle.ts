import type { Page } from 'playwright-core';
import type { AppPage } from '../../tests/e2e/support';

/** Resolves once the page has painted a frame and run the task after it (its main thread is free). */
export async function pageIdle(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(true), 0)),
      ),
    undefined,
    { timeout: timeoutMs },
  );
}

/**
 * Opens a post from the list and waits until the app names it in the window title and the page
 * is idle again, with a generous timeout: a 10 MB post can keep a loaded machine busy for seconds.
 */
export async function openPostAndSettle(
  app: AppPage,
  title: string,
  timeoutMs = 120_000,
): Promise<void> {
  await app.post(title).click({ timeout: timeoutMs });
  await app.page.waitForFunction((expected) => document.title.startsWith(`${expected} — `), title, {
    timeout: timeoutMs,
  });
  await pageIdle(app.page, timeoutMs);
  await app.page.waitForTimeout(500);
  await pageIdle(app.page, timeoutMs);
}

/**
 * Resolves once the preview frame's blocks stopped changing in number for `quietMs` (the worker's
 * first render of a long post and the fill of the frame are over), or after `timeoutMs`.
 */
export async function previewSettled(
  page: Page,
  quietMs = 1000,
  timeoutMs = 60_000,
): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const state = window as unknown as { __pwSettle?: { count: number; since: number } };
      const region = document.querySelector('[aria-label="Preview"]');
      const frame = region?.querySelector('iframe');
      const count = frame?.contentDocument?.querySelectorAll('.pw-block').length ?? -1;
      const now = performance.now();
      if (state.__pwSettle?.count !== count) {
        state.__pwSettle = { count, since: now };
        return false;
      }
      return now - state.__pwSettle.since >= quiet;
    },
    quietMs,
    { timeout: timeoutMs, polling: 100 },
  );
  await pageIdle(page, timeoutMs);
}
