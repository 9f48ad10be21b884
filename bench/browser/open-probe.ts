import type { Page } from 'playwright-core';

/** What "a post is open and painted" means, checked once per frame in the page. */
export interface PaintedPost {
  /** The window title starts with `<title> — ` (the app sets it once the editor has the post). */
  title: string;
  /** Text of the post's first heading: the editor and the preview frame must both show it. */
  heading: string;
  /** Also require the post list to show at least one row. */
  withList: boolean;
  /** Also require the preview frame to show the heading (default true). */
  withPreview?: boolean;
  /** Only the list (for the first start, when no post is open yet). */
  listOnly?: boolean;
}

/**
 * In-page source of `__pwOpen`: `arm(spec)` notes the next pointerdown's timestamp (or the
 * navigation start when `fromNavigation`), then checks every frame whether the post is painted;
 * `result()` resolves with the milliseconds until the first frame that shows it was painted, or -1.
 */
export const openProbeSource = String.raw`(() => {
  if (window.__pwOpen) { return; }
  // Called from a requestAnimationFrame callback, which runs before that frame's paint: a message
  // posted now is handled once the frame is painted. (Asking for another frame first, as the
  // keystroke probe does from an ordinary task, would count one frame too many.)
  const afterThisFrame = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });
  let start = null;
  let pending = Promise.resolve(-1);
  window.addEventListener('pointerdown', (event) => { if (start === null) { start = event.timeStamp; } }, true);
  const listPainted = () => {
    const list = document.querySelector('[role="listbox"][aria-label="Posts"]');
    return Boolean(list && list.querySelector('[role="option"]'));
  };
  // The post's heading is among the frame's first headings; reading the whole body's text every
  // frame would cost the page tens of milliseconds per frame on a long post while it opens.
  const showsHeading = (doc, heading) => {
    if (heading === '') { return true; }
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => (/^H[1-6]$/.test(node.tagName) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    for (let seen = 0; seen < 8 && walker.nextNode(); seen++) {
      if ((walker.currentNode.textContent || '').includes(heading)) { return true; }
    }
    return false;
  };
  const isPainted = (spec) => {
    if (spec.listOnly) { return listPainted(); }
    if (!document.title.startsWith(spec.title + ' — ')) { return false; }
    const editor = document.querySelector('[aria-label="Markdown editor"]');
    if (!editor || !(editor.textContent || '').includes(spec.heading)) { return false; }
    if (spec.withPreview === false) { return !spec.withList || listPainted(); }
    const region = document.querySelector('[aria-label="Preview"]');
    const frame = region && (region.tagName === 'IFRAME' ? region : region.querySelector('iframe'));
    const doc = frame && frame.contentDocument;
    if (!doc || !doc.body || !showsHeading(doc, spec.heading)) { return false; }
    return !spec.withList || listPainted();
  };
  window.__pwOpen = {
    arm(spec, fromNavigation, timeoutMs) {
      start = fromNavigation ? 0 : null;
      pending = new Promise((resolve) => {
        const deadline = performance.now() + timeoutMs;
        const check = () => {
          if (start !== null && isPainted(spec)) { afterThisFrame().then((t) => resolve(t - start)); return; }
          if (performance.now() > deadline) { resolve(-1); return; }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    result() { return pending; },
  };
})();`;

interface OpenWindow {
  __pwOpen: {
    arm: (spec: PaintedPost, fromNavigation: boolean, timeoutMs: number) => void;
    result: () => Promise<number>;
  };
}

/** Source that arms the probe at document start of every navigation (for `addInitScript`). */
export function armAtNavigationSource(spec: PaintedPost, timeoutMs = 30_000): string {
  return `${openProbeSource}\nwindow.__pwOpen.arm(${JSON.stringify(spec)}, true, ${timeoutMs});`;
}

/** Arms the probe in the current document. */
export async function armOpenProbe(
  page: Page,
  spec: PaintedPost,
  fromNavigation: boolean,
  timeoutMs = 20_000,
): Promise<void> {
  await page.evaluate(openProbeSource);
  await page.evaluate(([s, f, t]) => (window as unknown as OpenWindow).__pwOpen.arm(s, f, t), [
    spec,
    fromNavigation,
    timeoutMs,
  ] as const);
}

/** Milliseconds the armed probe measured, or -1 when the post was not painted in time. */
export function openProbeResult(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as OpenWindow).__pwOpen.result());
}

/** The first `# heading` of a Markdown text (what both editor and preview must show). */
export function firstHeading(text: string): string {
  const match = /^# (.+)$/m.exec(text);
  return match?.[1]?.trim() ?? '';
}
