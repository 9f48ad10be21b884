import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import { guardFootnoteReferences } from '../../../core/markdown/footnote-ref-guard';

const plain = new MarkdownIt().use(footnotePlugin);
const guarded = new MarkdownIt().use(footnotePlugin);
guardFootnoteReferences(guarded);

const piece = fc.constantFrom(
  '[',
  '^',
  ']',
  '[^',
  '[^1]',
  '[^a b]',
  '^[x]',
  ' ',
  '\n',
  'a',
  '1',
  '中',
);
const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('the guarded footnote reference rule', () => {
  test('gives the same HTML as markdown-it-footnote alone', () => {
    fc.assert(
      fc.property(body, body, (before, after) => {
        const text = `${before}\n\n[^1]: one\n[^a]: two\n\n${after}`;
        expect(guarded.render(text)).toBe(plain.render(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('still resolves references after a long run of unclosed ones', () => {
    const html = guarded.render(`[^1]: note\n\n${'[^'.repeat(2000)} and [^1]`);
    expect(html).toContain('class="footnote-ref"');
    expect(html).toBe(plain.render(`[^1]: note\n\n${'[^'.repeat(2000)} and [^1]`));
  });
});
