import { describe, expect, test } from 'vitest';
import { registerKatex } from '../../../core/markdown/katex-math';
import { createMarkdownRenderer, renderMarkdown } from '../../../core/markdown/markdown-renderer';

// The math engine registry is per module instance, and each test file has its own: here it starts
// empty, as in the app before KaTeX's chunk has loaded. The tests run in order.
describe('math before and after the engine is registered', () => {
  test('before: formulas show their source, escaped, and the render says math is pending', () => {
    const text = 'Inline $a<b$ here.\n\n$$\n\\frac{1}{2}\n$$\n\n```math\nx^2\n```\n';
    const renderer = createMarkdownRenderer();
    const document = renderer.render(text);
    const html = document.blocks.map((block) => block.html).join('');
    expect(html).toContain('<span class="math-pending">a&#60;b</span>');
    expect(html).toContain('<span class="math-pending">\\frac{1}{2}\n</span>');
    expect(html).toContain('<span class="math-pending">x^2\n</span>');
    expect(html).not.toContain('katex-html');
    expect(document.mathPending).toBe(true);
  });

  test('before: a post without math is complete', () => {
    const document = createMarkdownRenderer().render('# Title\n\nUS$ 5 and 6 dollars.\n');
    expect(document.mathPending).toBe(false);
  });

  test('a block not rendered yet reports its pending math too', () => {
    // Blocks without a heading are rendered when their HTML is first read: the render must not
    // wait for that to know the post needs KaTeX.
    const document = createMarkdownRenderer().render('A paragraph with $x$.\n');
    expect(document.mathPending).toBe(true);
  });

  test('after: only the blocks that had math render again, as a whole render does', () => {
    const text = '# Title\n\nNo math here.\n\nEuler: $e^{i\\pi}+1=0$.\n\nThe end.\n';
    const renderer = createMarkdownRenderer();
    const before = renderer.render(text);
    const beforeHtml = before.blocks.map((block) => block.html);
    expect(before.mathPending).toBe(true);
    registerKatex();
    renderer.forgetIncompleteBlocks();
    const after = renderer.render(text);
    expect(after.mathPending).toBe(false);
    expect(after.blocks.map((block, index) => block.key === before.blocks[index]?.key)).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(after.blocks[2]?.html).toContain('class="katex"');
    expect(after.blocks[1]?.html).toBe(beforeHtml[1]);
    expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
  });
});
