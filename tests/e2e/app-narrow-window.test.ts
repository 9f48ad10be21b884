import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type OpenedApp } from './support';

interface Box {
  left: number;
  right: number;
  width: number;
}

/** Boxes of the toolbar's parts, and how wide each select is against its chosen label. */
function measure(opened: OpenedApp): Promise<{
  brandMark: Box;
  workspace: Box;
  controls: Box[];
  selects: { width: number; label: number }[];
  preview: Box;
  pageWidth: number;
}> {
  return opened.page.evaluate(() => {
    const box = (element: Element | null): Box => {
      const rect = element?.getBoundingClientRect();
      return { left: rect?.left ?? 0, right: rect?.right ?? 0, width: rect?.width ?? 0 };
    };
    const canvas = document.createElement('canvas').getContext('2d');
    const selects = [...document.querySelectorAll<HTMLSelectElement>('.toolbar select')].map(
      (select) => {
        if (canvas !== null) {
          canvas.font = getComputedStyle(select).font;
        }
        const text = select.selectedOptions[0]?.textContent ?? '';
        return {
          width: select.clientWidth,
          label: Math.ceil(canvas?.measureText(text).width ?? 0),
        };
      },
    );
    return {
      brandMark: box(document.querySelector('.brand-mark')),
      workspace: box(document.querySelector('.brand-workspace')),
      controls: [...document.querySelectorAll('.toolbar button, .toolbar select')].map(box),
      selects,
      preview: box(document.querySelector('.preview-pane')),
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

describe('the window at 800 × 600', () => {
  let opened: OpenedApp;

  afterEach(async () => {
    await opened.close();
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`keeps the toolbar readable and both panes usable (${lang})`, async () => {
      opened = await openApp({ lang, workspaceName: 'my-blog-workspace' });
      const { app, page } = opened;
      await page.setViewportSize({ width: 800, height: 600 });
      await app.useSettings({ splitRatio: 0.8, viewMode: 'split', showPostList: true });
      await app.postList().getByRole('option').nth(1).click();
      await app.preview().waitFor();
      const sizes = await measure(opened);
      expect(sizes.pageWidth).toBe(800);
      expect(sizes.brandMark.width).toBe(24);
      expect(sizes.workspace.width).toBeGreaterThan(60);
      const sorted = [...sizes.controls].sort((a, b) => a.left - b.left);
      expect(sorted[0]?.left).toBeGreaterThanOrEqual(sizes.workspace.right);
      sorted.forEach((control, index) => {
        const previous = sorted[index - 1];
        expect(previous === undefined || control.left >= previous.right - 0.5).toBe(true);
        expect(control.right).toBeLessThanOrEqual(800);
      });
      for (const select of sizes.selects) {
        // The chosen label plus the arrow: "System theme", not "S" or "En".
        expect(select.width).toBeGreaterThan(select.label + 16);
      }
      expect(sizes.preview.width).toBeGreaterThanOrEqual(236);
      // Icon-only buttons keep their names.
      const names =
        lang === 'en' ? ['New post', 'Open folder', 'Export'] : ['新建文章', '打开文件夹', '导出'];
      for (const name of names) {
        await page.getByRole('button', { name, exact: true }).waitFor();
      }
    });
  }
});
