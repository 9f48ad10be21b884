import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../core/post/word-count';

describe('countWords', () => {
  it('counts each Chinese character and each English word', () => {
    expect(countWords('你好，世界！Hello world.')).toEqual({
      cjkCharacters: 4,
      words: 2,
      total: 6,
    });
  });

  it('counts Japanese kana as characters and Korean by words', () => {
    expect(countWords('ひらがなカタカナ')).toMatchObject({ cjkCharacters: 8, words: 0 });
    expect(countWords('안녕하세요 세계')).toMatchObject({ cjkCharacters: 0, words: 2 });
  });

  it('keeps apostrophes, hyphens and number separators inside one word', () => {
    expect(countWords("Don't use state-of-the-art 3.14 or 1,000 things.").words).toBe(7);
  });

  it('ignores front matter', () => {
    const text = '---\ntitle: 一个很长的标题 with words\ntags: [a, b]\n---\n正文 text';
    expect(countWords(text)).toEqual({ cjkCharacters: 2, words: 1, total: 3 });
  });

  it('counts a body that starts like front matter when told it is a body', () => {
    const body = '---\ntitle words\n---\nmore';
    expect(countWords(body).words).toBe(1);
    expect(countWords(body, { skipFrontMatter: false }).words).toBe(3);
  });

  it('ignores a TOML block too, but not a leading thematic break', () => {
    expect(countWords('+++\ntitle = "x y z"\n+++\nbody').words).toBe(1);
    expect(countWords('---\n\nfirst\n\n---\n\nsecond').words).toBe(2);
  });

  it('counts link text but not URLs, images, tags or markup', () => {
    const text = [
      '# Title here',
      '',
      '> A [link text](https://example.com/a/b "title") and ![an image](img.png).',
      '',
      '- **bold** _item_ `code`',
      '| a | b |',
      '<div class="x">in html</div> <!-- a comment -->',
      '[ref]: https://example.com/ref',
      'See https://example.com/long/path now[^1].',
    ].join('\n');
    // Title here | A link text and | bold item code | a b | in html | See link now
    expect(countWords(text).words).toBe(16);
  });

  it('does not count fenced code blocks', () => {
    const text = 'Before\n\n```js\nconst a = 1;\n```\n\n~~~\nmore code\n~~~\nAfter';
    expect(countWords(text).words).toBe(2);
  });

  it('ignores Liquid tags and Hugo shortcodes', () => {
    expect(countWords('{% include x.html %} words {{< youtube id >}} here').words).toBe(2);
  });

  it('counts nothing in an empty post', () => {
    expect(countWords('')).toEqual({ cjkCharacters: 0, words: 0, total: 0 });
    expect(countWords('---\ntitle: x\n---\n\n   \n')).toEqual({
      cjkCharacters: 0,
      words: 0,
      total: 0,
    });
  });
});

describe('readingMinutes', () => {
  it('is 0 for nothing and at least 1 otherwise', () => {
    expect(readingMinutes(countWords(''))).toBe(0);
    expect(readingMinutes(countWords('one'))).toBe(1);
  });

  it('reads 300 Chinese characters or 200 words a minute', () => {
    expect(readingMinutes({ cjkCharacters: 600, words: 0, total: 600 })).toBe(2);
    expect(readingMinutes({ cjkCharacters: 0, words: 401, total: 401 })).toBe(3);
    expect(readingMinutes({ cjkCharacters: 300, words: 200, total: 500 })).toBe(2);
    expect(
      readingMinutes(
        { cjkCharacters: 0, words: 100, total: 100 },
        { cjkCharactersPerMinute: 1, wordsPerMinute: 10 },
      ),
    ).toBe(10);
  });
});
