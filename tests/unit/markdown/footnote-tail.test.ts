import MarkdownIt from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { useLinearFootnoteTail } from '../../../core/markdown/footnote-tail';

const stock = new MarkdownIt().use(footnotePlugin);
const linear = new MarkdownIt().use(footnotePlugin);
useLinearFootnoteTail(linear);

const pieces = [
  'Text with a note[^a].',
  'Again the same note[^a] and another[^b].',
  'An inline note^[with *emphasis*] here.',
  'A note that is never defined[^missing].',
  '[^a]: The first definition.',
  '[^b]: A definition\n\n    with a second paragraph\n\n    - and a list',
  '[^c]: Defined but never used.',
  '[^a]: A duplicate definition of a.',
  '# Heading[^b]',
  '> Quote with note[^c]',
  '- item[^a]\n- item^[inline in a list]',
  'Plain paragraph.',
];

describe('linear footnote tail', () => {
  test('renders exactly what markdown-it-footnote renders', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (chosen) => {
        const text = chosen.join('\n\n');
        expect(linear.render(text)).toBe(stock.render(text));
      }),
      { numRuns: 300 },
    );
  });

  test('renders a post with thousands of footnotes', () => {
    const text = Array.from(
      { length: 3000 },
      (_, i) => `Paragraph ${i} cites[^n${i}].\n\n[^n${i}]: Note ${i}.`,
    ).join('\n\n');
    const html = linear.render(text);
    expect(html).toBe(stock.render(text));
    expect(html).toContain('<li id="fn3000" class="footnote-item"><p>Note 2999.');
  });
});
