import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mayHoldHeading } from '../../../core/markdown/block-scan';
import { createMarkdownIt } from '../../../core/markdown/markdown-engine';

const md = createMarkdownIt(() => null);
const hasHeading = (text: string): boolean =>
  md.parse(text, {}).some((token) => token.type === 'heading_open');

// Pieces of lines that nest containers and headings in every order.
const linePiece = fc.constantFrom(
  '>',
  '> ',
  '-',
  '- ',
  '* ',
  '+\t',
  '1. ',
  '12) ',
  ' ',
  '   ',
  '#',
  '## ',
  '=',
  '---',
  'x',
  '中',
);
const line = fc.array(linePiece, { maxLength: 8 }).map((parts) => parts.join(''));
const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

describe('mayHoldHeading', () => {
  test('is true for every block markdown-it parses a heading in (a superset test)', () => {
    fc.assert(
      fc.property(block, (text) => {
        if (hasHeading(text)) {
          expect(mayHoldHeading(text)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('sees headings inside quotes and list items, and setext underlines', () => {
    for (const text of ['# a', '  ## b', '- # c', '> # d', '> - 1. ### e', 'x\n===', 'x\n  ---']) {
      expect(mayHoldHeading(text), text).toBe(true);
    }
    for (const text of ['-# x', '1.# x', '#x', 'a # b', '- x', '--x', 'plain text']) {
      expect(mayHoldHeading(text), text).toBe(false);
    }
  });

  // These lines made the old pattern try 2^n ways to fail (40 markers: hours). A hang here is
  // the vitest timeout, not a timed assertion.
  test('answers at once on long runs of container markers', () => {
    for (const marker of ['- ', '-  ', '> ', '* ', '1. ', '-\t']) {
      expect(mayHoldHeading(`${marker.repeat(40)}x`), marker).toBe(false);
      expect(mayHoldHeading(`${marker.repeat(20_000)}x`), marker).toBe(false);
    }
    expect(mayHoldHeading(`${'-'.repeat(100_000)}x`)).toBe(false);
  });
});
