import { describe, expect, test } from 'vitest';
import { createMarkdownRenderer } from '../../../core/markdown/markdown-renderer';

// A Hugo shortcode opener looked for its closer with indexOf from the opener to the end of the
// post, once per line it tried, though only a closer on the line counts: a post of lines that
// open a shortcode and never close it rendered in quadratic time (80 KB: 2 s; 400 KB: 115 s),
// on the page, in the keystroke's task: the app froze.

const lines = 100_000;

describe('unclosed shortcode openers', () => {
  test.each(['{{%', '{{<', '{{< x'])('%s on every line renders as text', (opener) => {
    const rendered = createMarkdownRenderer().render(`${opener}\n`.repeat(lines));
    const html = rendered.blocks.map((block) => block.html).join('');
    expect(html.split('{{').length - 1).toBe(lines);
  });

  test('a closer later in the post does not make an early opener a shortcode', () => {
    const html = createMarkdownRenderer()
      .render('{{< first\n\ntext\n\nlast >}}\n')
      .blocks.map((block) => block.html)
      .join('');
    expect(html).toContain('{{&lt; first');
    expect(html).toContain('last &gt;}}');
  });
});
