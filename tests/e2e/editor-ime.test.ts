import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleEditorHarness,
  launchBrowser,
  type LaunchedBrowser,
  openApp,
  type OpenedApp,
} from './support';

/** Types pinyin through the IME the way a Chinese input method does, letter by letter. */
async function composePinyin(cdp: CDPSession, pinyin: string): Promise<void> {
  for (let end = 1; end <= pinyin.length; end++) {
    const text = pinyin.slice(0, end);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: end, selectionEnd: end });
  }
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

interface Harness {
  events: string[];
  getText(): string;
  applyText(text: string): void;
  isComposing(): boolean;
  visibleText(): string;
  setCursor(pos: number): void;
  scrollToLine(line: number): void;
  scrollTop(): number;
  lineAtTop(): number;
}

declare const editorHarness: Harness;

describe('the editor alone in Chromium: IME and scroll sync', () => {
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

  async function openEditor(text: string): Promise<void> {
    page = await browser.context.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.evaluate((initial) => Object.assign(window, { harnessText: initial }), text);
    await page.addScriptTag({ content: bundle, type: 'module' });
    await page.getByRole('textbox', { name: 'Markdown editor' }).click();
    cdp = await page.context().newCDPSession(page);
  }

  afterEach(async () => {
    await page.close();
  });

  it('commits the composed word once, with no pinyin left and the view in step', async () => {
    await openEditor('# 标题\n\n正文(括号)\n');
    await page.evaluate(() => editorHarness.setCursor('# 标题\n\n正文('.length));
    await composePinyin(cdp, "zhong'wen");
    expect(await page.evaluate(() => editorHarness.isComposing())).toBe(true);
    await cdp.send('Input.insertText', { text: '中文' });
    await expect.poll(() => page.evaluate(() => editorHarness.isComposing())).toBe(false);
    expect(await page.evaluate(() => editorHarness.getText())).toBe('# 标题\n\n正文(中文括号)\n');
    // codemirror/dev#1688: what the user sees must match the document after a commit in brackets.
    await expect
      .poll(() => page.evaluate(() => editorHarness.visibleText()))
      .toBe('# 标题\n\n正文(中文括号)\n');
    const events = await page.evaluate(() => editorHarness.events);
    expect(events.at(-1)).toBe('compositionend');
    expect(events.filter((event) => event.startsWith('change'))).toHaveLength(1);
  });

  it('holds back text the app pushes mid-composition, then keeps both', async () => {
    await openEditor('---\ntitle: 旧\n---\n正文\n');
    await page.keyboard.press('ControlOrMeta+End');
    await composePinyin(cdp, 'ceshi');
    // The app syncs the form's title into the text while the user composes, several times.
    for (const title of ['新', '新的', '新的标题']) {
      await page.evaluate(
        (next) => editorHarness.applyText(`---\ntitle: ${next}\n---\n正文\n`),
        title,
      );
    }
    expect(await page.evaluate(() => editorHarness.getText())).toContain('title: 旧');
    await cdp.send('Input.insertText', { text: '测试' });
    await expect
      .poll(() => page.evaluate(() => editorHarness.getText()))
      .toBe('---\ntitle: 新的标题\n---\n正文\n测试');
    await expect
      .poll(() => page.evaluate(() => editorHarness.visibleText()))
      .toBe('---\ntitle: 新的标题\n---\n正文\n测试');
  });

  it('types several words in a row, composing each', async () => {
    await openEditor('');
    for (const [pinyin, hanzi] of [
      ['ni', '你'],
      ['hao', '好'],
      ["shi'jie", '世界'],
    ] as const) {
      await composePinyin(cdp, pinyin);
      await cdp.send('Input.insertText', { text: hanzi });
    }
    await page.keyboard.type('!');
    await expect.poll(() => page.evaluate(() => editorHarness.getText())).toBe('你好世界!');
  });

  it('undoes a committed word in one step, leaving no pinyin behind', async () => {
    await openEditor('正文');
    await page.keyboard.press('ControlOrMeta+End');
    await page.waitForTimeout(600);
    await composePinyin(cdp, "zhong'wen");
    await cdp.send('Input.insertText', { text: '中文' });
    await expect.poll(() => page.evaluate(() => editorHarness.getText())).toBe('正文中文');
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => page.evaluate(() => editorHarness.getText())).toBe('正文');
  });

  it('reports the top line while scrolling and scrolls to a line without echoing it back', async () => {
    const lines = Array.from({ length: 300 }, (_, index) => `第 ${index} 行`).join('\n');
    await openEditor(lines);
    await page.mouse.move(200, 200);
    await page.mouse.wheel(0, 1500);
    await expect
      .poll(() =>
        page.evaluate(() => editorHarness.events.some((event) => event.startsWith('top '))),
      )
      .toBe(true);
    const reported = await page.evaluate(() =>
      editorHarness.events.filter((event) => event.startsWith('top ')).at(-1),
    );
    const atTop = await page.evaluate(() => editorHarness.lineAtTop());
    expect(Math.floor(Number(reported?.slice(4)))).toBe(atTop);

    const before = await page.evaluate(() => editorHarness.events.length);
    await page.evaluate(() => editorHarness.scrollToLine(120.5));
    await expect.poll(() => page.evaluate(() => editorHarness.lineAtTop())).toBe(120);
    // A later user scroll is reported again, but the programmatic one was not.
    await page.mouse.wheel(0, 600);
    await expect
      .poll(() => page.evaluate(() => editorHarness.events.length))
      .toBeGreaterThan(before);
    const after = await page.evaluate((from) => editorHarness.events.slice(from), before);
    expect(after.every((event) => Number(event.slice(4)) > 121)).toBe(true);
  });

  it('runs the writing shortcuts from the keyboard', async () => {
    await openEditor('重点\n条目');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('ControlOrMeta+b');
    // Arrow keys first collapse a selection, then move.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ControlOrMeta+Shift+8');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('下一条');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ControlOrMeta+Alt+2');
    expect(await page.evaluate(() => editorHarness.getText())).toBe(
      '## **重点**\n- 条目\n- 下一条',
    );
  });
});

describe('Chinese input in the app', () => {
  const postPath = '_posts/2025-02-14-deepseek-interview.md';
  const postTitle = 'deepseek创始人的专访';
  let opened: OpenedApp | null = null;

  afterEach(async () => {
    await opened?.close();
    opened = null;
  });

  it('saves composed Chinese exactly once, in place, while autosave runs', async () => {
    opened = await openApp();
    const { app, page } = opened;
    const original = await app.readFile(postPath);
    await app.openPost(postTitle);

    // Put the cursor at the end of the "## 关于创新" heading and start with a plain edit, so an
    // autosave is pending when the composition starts.
    await app.editor().getByText('关于创新').click();
    await page.keyboard.press('End');
    await page.keyboard.type(':');
    const cdp = await page.context().newCDPSession(page);
    await composePinyin(cdp, "zhong'wen");
    // Stay mid-composition past the autosave and journal delays: nothing may touch the pinyin.
    await page.waitForTimeout(2500);
    expect(await app.readFile(postPath)).not.toContain('zhong');
    await cdp.send('Input.insertText', { text: '中文' });
    await page.keyboard.type('!');
    await app.saveNow();

    const saved = await app.readFile(postPath);
    expect(saved).toBe(original.replace('## 关于创新\n', '## 关于创新:中文!\n'));
    expect(count(saved, '中文')).toBe(count(original, '中文') + 1);
    expect(opened.pageErrors).toEqual([]);
  });
});
