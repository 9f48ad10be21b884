// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { BlockPatcher } from '../../../renderer/preview/block-patcher';
import { createBlockSanitizer } from '../../../renderer/preview/sanitize-block';
import { createMarkdownRenderer } from '../../../core/markdown/markdown-renderer';

// A lazy block's height is estimated from its text without KaTeX's TeX annotations. The
// estimate removed them with /<annotation[\s\S]*?<\/annotation>/g, which from every unclosed
// `<annotation>` of a post's raw HTML scanned to the end of the block: quadratic, so a post of
// 80,000 of them froze the page for tens of seconds before the preview showed anything.

const sanitize = createBlockSanitizer(window, {
  postPath: 'post.md',
  allowRemoteImages: false,
  workspaceFileUrl: (path) => `/files/${path}`,
});

function lazyHeights(markdown: string): string[] {
  const container = document.createElement('div');
  const blocks = createMarkdownRenderer().render(markdown).blocks;
  new BlockPatcher(container, sanitize, 128).patch(blocks, { start: 0, end: blocks.length });
  return [...container.querySelectorAll<HTMLElement>('.pw-block')].map(
    (wrapper) => wrapper.style.minHeight,
  );
}

describe('the estimated height of a block not built yet', () => {
  test('a paragraph of unclosed <annotation> tags is estimated like any text', () => {
    const [height] = lazyHeights(`${'<annotation>x '.repeat(80_000)}\n`);
    expect(Number.parseInt(height ?? '', 10)).toBeGreaterThan(1000);
  });

  test('a closed annotation still does not count, an unclosed one is text', () => {
    const tex = 'x'.repeat(700);
    const [withAnnotation, plain, unclosed] = lazyHeights(
      `a <annotation>${tex}</annotation> b\n\na b\n\na <annotation>${tex}\n`,
    );
    expect(withAnnotation).toBe(plain);
    expect(unclosed).not.toBe(plain);
  });
});
