import { describe, expect, it } from 'vitest';
import { countWords } from '../../../core/post/word-count';

// Each of these took time quadratic in its length before (100,000 `[` took 8 s; 2,000,000 never
// finished), so a pasted dump froze the status bar. They must count at once and count right.
const hostile: [string, string, number][] = [
  ['unclosed brackets', '['.repeat(2_000_000), 0],
  ['unclosed link destinations', '[a]('.repeat(500_000), 500_000],
  ['unclosed image destinations', '![a]('.repeat(500_000), 500_000],
  ['unclosed comments', '<!--'.repeat(500_000), 0],
  ['unclosed Liquid tags', '{%'.repeat(1_000_000), 0],
  ['unclosed HTML tags', '<a'.repeat(1_000_000), 1_000_000],
  ['unclosed footnotes', '[^'.repeat(1_000_000), 0],
];

describe('word count on text built to be slow', () => {
  it.each(hostile)('%s', (_name, text, words) => {
    expect(countWords(text, { skipFrontMatter: false }).words).toBe(words);
  });

  it('still drops closed comments, shortcodes and Liquid tags, and keeps link text', () => {
    const text =
      'one <!-- hidden words --> two {{< figure src="x" >}} three {{% note %}} four {% raw %} five [six](http://x.y/z) ![img](a.png) seven';
    expect(countWords(text, { skipFrontMatter: false }).words).toBe(7);
  });
});
