import type { ElementHandle, Page } from 'playwright-core';

/** What the in-page probe measured for one keystroke (ms from keydown; null: not seen in time). */
export interface KeystrokeTiming {
  editor: number | null;
  preview: number | null;
  /** Whether the preview showed the expected text (true when no preview is watched). */
  reflected: boolean;
}

/**
 * The in-page probe, as plain JavaScript (it is injected as source, not bundled).
 *
 * Keystroke → painted = from the keydown event's timestamp to the first task after the next frame
 * (a MessageChannel message posted from requestAnimationFrame runs after that frame is painted)
 * following the first DOM change of the editor (or of the preview, once the preview shows the
 * expected text). A preview frame whose document is replaced is caught by checking every frame.
 */
const probeSource = String.raw`(() => {
  if (window.__pwProbe) { return; }
  const afterPaint = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
  let keyTime = null;
  window.addEventListener('keydown', (event) => { if (keyTime === null) { keyTime = event.timeStamp; } }, true);
  let pending = Promise.resolve(null);
  const includes = (node, expected) => node !== null && (node.textContent || '').includes(expected);
  function watchEditor(editor, result, timeoutMs) {
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        afterPaint().then((t) => { result.editor = t - keyTime; resolve(); });
      });
      observer.observe(editor, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(); }, timeoutMs);
    });
  }
  function watchPreview(frame, expected, result, timeoutMs) {
    return new Promise((resolve) => {
      let finished = false;
      let doc = frame.contentDocument;
      const seen = () => {
        if (finished) { return; }
        finished = true;
        observer.disconnect();
        frame.removeEventListener('load', reattach);
        result.reflected = true;
        afterPaint().then((t) => { result.preview = t - keyTime; resolve(); });
      };
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') {
            const parent = record.target.parentElement;
            if (includes(parent && (parent.closest('[data-line]') || parent), expected)) { seen(); return; }
          } else {
            for (const node of record.addedNodes) { if (includes(node, expected)) { seen(); return; } }
            if (record.target.closest && record.target.closest('[data-line]') && includes(record.target, expected)) { seen(); return; }
          }
        }
      });
      const attach = () => { if (doc) { observer.observe(doc, { childList: true, subtree: true, characterData: true }); } };
      attach();
      // A replaced frame document (the frame reloaded) fires the frame's load event. Not a
      // requestAnimationFrame loop: that keeps the page producing a frame every vsync, so every
      // key would wait for the next one, a cost the app itself does not have.
      const reattach = () => {
        if (finished || frame.contentDocument === doc) { return; }
        observer.disconnect();
        doc = frame.contentDocument;
        attach();
        if (doc && includes(doc.body, expected)) { seen(); }
      };
      frame.addEventListener('load', reattach);
      setTimeout(() => {
        if (finished) { return; }
        finished = true;
        observer.disconnect();
        frame.removeEventListener('load', reattach);
        result.reflected = includes(frame.contentDocument && frame.contentDocument.body, expected);
        resolve();
      }, timeoutMs);
    });
  }
  window.__pwProbe = {
    arm(editor, frame, expected, timeoutMs) {
      keyTime = null;
      const result = { editor: null, preview: null, reflected: frame === null };
      const watches = [watchEditor(editor, result, timeoutMs)];
      if (frame !== null) { watches.push(watchPreview(frame, expected, result, timeoutMs)); }
      pending = Promise.all(watches).then(() => result);
    },
    result() { return pending; },
  };
})();`;

interface ProbeWindow {
  __pwProbe: {
    arm: (editor: Element, frame: Element | null, expected: string, timeoutMs: number) => void;
    result: () => Promise<KeystrokeTiming>;
  };
}

/** Installs the probe in the page (idempotent). */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(probeSource);
}

/**
 * Types one character through CDP `Input.dispatchKeyEvent` (playwright's keyboard) and returns
 * how long the editor, and the preview frame if given, took to paint it.
 */
export async function timeKeystroke(
  page: Page,
  editor: ElementHandle,
  frame: ElementHandle | null,
  char: string,
  expected: string,
  timeoutMs = 3000,
): Promise<KeystrokeTiming> {
  await page.evaluate(
    ([e, f, x, t]) =>
      (window as unknown as ProbeWindow).__pwProbe.arm(e as Element, f as Element | null, x, t),
    [editor, frame, expected, timeoutMs] as const,
  );
  await page.keyboard.type(char);
  return page.evaluate(() => (window as unknown as ProbeWindow).__pwProbe.result());
}
