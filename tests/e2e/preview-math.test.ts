import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const post = [
  '---',
  'title: 质能方程',
  'date: 2024-05-01',
  '---',
  '',
  '爱因斯坦写下 $E=mc^2$，意思是能量与质量等价。',
  '',
  '$$',
  '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
  '$$',
  '',
].join('\n');

// KaTeX is loaded on demand (core/markdown/math-engine.ts): the preview must still show every
// formula rendered, at the first open and as they are typed.
describe('math in the preview', () => {
  let opened: OpenedApp;

  beforeAll(async () => {
    opened = await openApp({ files: { '_posts/2024-05-01-emc2.md': post } });
  });
  afterAll(async () => {
    await opened.close();
  });

  /** The TeX source of each formula KaTeX rendered in the preview, in order. */
  const formulas = (): Promise<string[]> =>
    opened.app
      .previewFrame()
      .locator('.katex annotation')
      .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()));

  it('renders the formulas of a post opened at start with KaTeX', async () => {
    await opened.app.openPost('质能方程');
    await expect
      .poll(formulas, { timeout: uiTimeout })
      .toEqual(['E=mc^2', '\\int_0^1 x^2 \\, dx = \\frac{1}{3}']);
    expect(await opened.app.previewFrame().locator('.math-pending').count()).toBe(0);
    expect(await opened.app.previewFrame().getByText('意思是能量与质量等价').count()).toBe(1);
  });

  it('renders a formula as it is typed', async () => {
    await opened.app.typeAtEnd('\n希腊字母 $\\alpha+\\beta$ 结束');
    await expect.poll(formulas, { timeout: uiTimeout }).toContain('\\alpha+\\beta');
    expect(await opened.app.previewFrame().locator('.math-pending').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
  });
});
