import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleEditorHarness, launchBrowser, type LaunchedBrowser } from './support';

interface Harness {
  getText(): string;
  isComposing(): boolean;
}

declare const editorHarness: Harness;

describe('full-width brackets in Chromium: typed marks close, composed ones do not double', () => {
  let browser: LaunchedBrowser;
  let bundle: string;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    bundle = await bundleEditorHarness();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  afterEach(async () => {
    await page.close();
  });

  async function openEditor(): Promise<void> {
    page = await browser.context.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.evaluate(() => Object.assign(window, { harnessText: '' }));
    await page.addScriptTag({ content: bundle, type: 'module' });
    await page.getByRole('textbox', { name: 'Markdown editor' }).click();
    cdp = await page.context().newCDPSession(page);
  }

  const text = (): Promise<string> => page.evaluate(() => editorHarness.getText());

  it('closes （ “ 《 【 typed directly, and steps over the closer', async () => {
    await openEditor();
    await page.keyboard.insertText('（');
    await expect.poll(text).toBe('（）');
    await page.keyboard.insertText('注');
    await page.keyboard.insertText('）');
    await page.keyboard.insertText('“');
    await page.keyboard.insertText('《');
    await page.keyboard.insertText('【');
    await expect.poll(text).toBe('（注）“《【】》”');
  });

  it('adds no closer to marks and words an IME composition commits', async () => {
    await openEditor();
    await cdp.send('Input.imeSetComposition', { text: '（', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '（' });
    await expect.poll(() => page.evaluate(() => editorHarness.isComposing())).toBe(false);
    for (const [pinyin, hanzi] of [
      ['zhu', '注'],
      ['shuming', '《书名》'],
    ] as const) {
      for (let end = 1; end <= pinyin.length; end++) {
        await cdp.send('Input.imeSetComposition', {
          text: pinyin.slice(0, end),
          selectionStart: end,
          selectionEnd: end,
        });
      }
      await cdp.send('Input.insertText', { text: hanzi });
    }
    await expect.poll(text).toBe('（注《书名》');
  });
});
