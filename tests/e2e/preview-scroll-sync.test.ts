import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

function post(): string {
  const parts = ['---', 'title: 滚动同步', 'date: 2024-06-01', '---', '', '# 开头', ''];
  for (let i = 0; i < 300; i++) {
    parts.push(`## 第 ${i} 节`, '', `段落 ${i}：${'一些用来填满预览的文字，'.repeat(8)}`, '');
  }
  parts.push('最后一段。', '');
  return parts.join('\n');
}

describe('scroll sync between the editor and the preview', () => {
  let opened: OpenedApp;

  beforeAll(async () => {
    opened = await openApp({ files: { '_posts/2024-06-01-scroll.md': post() } });
  });
  afterAll(async () => {
    await opened.close();
  });

  const previewTop = (): Promise<number> =>
    opened.app
      .previewFrame()
      .locator('html')
      .evaluate((html) => html.ownerDocument.defaultView?.scrollY ?? -1);

  it('opens at the top, follows the editor down, and comes back to the top with it', async () => {
    const { app, page } = opened;
    await app.openPost('滚动同步');
    await app.previewFrame().getByRole('heading', { name: '开头' }).waitFor({ timeout: uiTimeout });
    expect(await previewTop()).toBe(0);
    await app.editor().click();
    await page.keyboard.press('ControlOrMeta+End');
    await app
      .previewFrame()
      .getByText('最后一段。')
      .waitFor({ state: 'visible', timeout: uiTimeout });
    await expect.poll(previewTop, { timeout: uiTimeout }).toBeGreaterThan(1000);
    await page.keyboard.press('ControlOrMeta+Home');
    await expect.poll(previewTop, { timeout: uiTimeout }).toBe(0);
    await expect(
      app.previewFrame().getByRole('heading', { name: '开头' }).isVisible(),
    ).resolves.toBe(true);
  });
});
