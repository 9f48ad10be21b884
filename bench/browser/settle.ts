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
 * Resolves once the preview frame holds the whole post — one of its last two blocks (the body's
 * last, the footnotes) ends within two lines of `lastLine` (0-based, the post's last line) — and
 * its blocks stopped changing in number for
 * `quietMs` (the fill of the frame is over), or after `timeoutMs`.
 *
 * The count alone settled too early at 10 MB: it stays put while the worker renders the whole
 * post after its first lines (~2 s), so typing started before the post was in the frame, and the
 * first keys measured the fill instead of typing.
 */
export async function previewSettled(
  page: Page,
  lastLine: number,
  quietMs = 1000,
  timeoutMs = 60_000,
): Promise<void> {
  await page.waitForFunction(
    ([last, quiet]) => {
      const state = window as unknown as { __pwSettle?: { count: number; since: number } };
      const region = document.querySelector('[aria-label="Preview"]');
      const frame = region?.querySelector('iframe');
      const blocks = frame?.contentDocument?.querySelectorAll('.pw-block');
      const count = blocks?.length ?? -1;
      // The footnotes section is last in the frame, wherever its definitions are in the post.
      const end = Math.max(
        ...[blocks?.[count - 1], blocks?.[count - 2]].map((block) =>
          Number(block?.getAttribute('data-end-line') ?? -1),
        ),
      );
      const now = performance.now();
      if (state.__pwSettle?.count !== count || end < last - 2) {
        state.__pwSettle = { count, since: now };
        return false;
      }
      return now - state.__pwSettle.since >= quiet;
    },
    [lastLine, quietMs] as const,
    { timeout: timeoutMs, polling: 100 },
  );
  await pageIdle(page, timeoutMs);
}
