import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

// Over 1.5 MB: the preview of this post is rendered by the preview worker, fed with edits.
const sections = 8000;

function longPost(): string {
  const parts = ['---', 'title: A long post', 'date: 2024-01-01', '---', '', '# 长文开头', ''];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Section ${i}`,
      '',
      `段落 ${i}：${'some words of the long post, '.repeat(6)}`,
      '',
    );
    if (i % 50 === 0) {
      parts.push(
        '```js',
        `const section = ${i};`,
        '```',
        '',
        `Math $x_${i}$ and a note[^n${i}].`,
        '',
      );
    }
  }
  for (let i = 0; i < sections; i += 50) {
    parts.push(`[^n${i}]: Note ${i}.`);
  }
  parts.push('', 'The last paragraph.');
  return parts.join('\n');
}

describe('the preview of a long post', () => {
  const files = { '_posts/2024-01-01-long.md': longPost() };
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp({ files });
  });
  afterEach(async () => {
    await opened.close();
  });

  it('shows the whole post and what is typed at its end, rendered off the page', async () => {
    const { app, page } = opened;
    expect(longPost().length).toBeGreaterThan(1_500_000);
    await app.openPost('A long post');
    const frame = app.previewFrame();
    await frame.getByRole('heading', { name: '长文开头' }).waitFor({ timeout: uiTimeout });
    await app.typeAtEnd('\n\nTyped at the end');
    await frame.getByText('Typed at the end').waitFor({ state: 'attached', timeout: uiTimeout });
    await frame.getByText('The last paragraph.').waitFor({ state: 'attached', timeout: uiTimeout });
    // Typing near the start (a new line, then text) shows there; what was typed at the end stays.
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('End');
    await page.keyboard.type('\n\n## Heading added');
    await frame
      .getByRole('heading', { name: 'Heading added' })
      .waitFor({ state: 'attached', timeout: uiTimeout });
    // Back at the end: the preview follows, and builds the blocks it scrolls to.
    await page.keyboard.press('ControlOrMeta+End');
    await frame.getByText('Typed at the end').waitFor({ state: 'attached', timeout: uiTimeout });
    expect(page.workers().some((worker) => worker.url().includes('preview-worker'))).toBe(true);
    expect(opened.pageErrors).toEqual([]);
  });

  it('highlights code and renders math with what the worker loads, and keeps scripts out', async () => {
    const { app } = opened;
    await app.openPost('A long post');
    const code = app.previewFrame().locator('code.language-js').first();
    const keyword = code.locator('.hljs-keyword').first();
    await keyword.waitFor({ state: 'attached', timeout: uiTimeout });
    expect(await keyword.textContent()).toBe('const');
    const formula = app.previewFrame().locator('.katex annotation').first();
    await formula.waitFor({ state: 'attached', timeout: uiTimeout });
    expect(await formula.textContent()).toBe('x_0');
    await app.typeAtEnd('\n\n<img src=x onerror="document.title=\'pwned\'"> after');
    await app
      .previewFrame()
      .getByText('after', { exact: true })
      .waitFor({ state: 'attached', timeout: uiTimeout });
    expect(await app.previewFrame().locator('img[onerror]').count()).toBe(0);
    expect(await opened.page.title()).not.toContain('pwned');
    expect(opened.page.workers().some((worker) => worker.url().includes('preview-worker'))).toBe(
      true,
    );
  });
});
