import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxSlugLength, slugifyTitle } from '../../../core/post/slug';

describe('slugifyTitle', () => {
  it.each([
    ['deepseek创始人的专访', 'deepseek-chuang-shi-ren-de-zhuan-fang'],
    ['重庆火锅', 'chong-qing-huo-guo'],
    ['2024年总结 & 展望', '2024-nian-zong-jie-zhan-wang'],
    ['中文測試', 'zhong-wen-ce-shi'],
    ['女儿的绿色', 'nv-er-de-lv-se'],
  ])('turns the Chinese title %s into pinyin words', (title, slug) => {
    expect(slugifyTitle(title, 'pinyin')).toBe(slug);
  });

  it.each([
    ['deepseek创始人的专访', 'deepseek创始人的专访'],
    ['2024年 总结：展望？', '2024年-总结-展望'],
  ])('keeps Chinese characters with the keep style: %s', (title, slug) => {
    expect(slugifyTitle(title, 'keep')).toBe(slug);
  });

  it.each([
    ['Hello, World!', 'hello-world'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ["Don't panic: a guide", 'dont-panic-a-guide'],
    ['C# and .NET', 'c-and-net'],
    ['  Leading   and trailing  ', 'leading-and-trailing'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
  ])('makes a lowercase hyphenated slug of %s', (title, slug) => {
    expect(slugifyTitle(title, 'pinyin')).toBe(slug);
  });

  it('keeps kana voicing marks and Hangul intact', () => {
    expect(slugifyTitle('ガギグ 한국어', 'pinyin')).toBe('ガギグ-한국어');
  });

  it.each(['', '   ', '!!!', '👍🎉', '——'])('never returns an empty slug (%j)', (title) => {
    expect(slugifyTitle(title, 'pinyin')).toBe('post');
    expect(slugifyTitle(title, 'keep')).toBe('post');
  });

  it.each(['CON', 'nul', 'Com1', 'LPT9'])('never returns a Windows reserved name (%s)', (title) => {
    expect(slugifyTitle(title, 'keep')).toBe(`${title.toLowerCase()}-post`);
  });

  it('stays within the length limit, cutting at a word boundary', () => {
    const slug = slugifyTitle('word '.repeat(40), 'pinyin');
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug).toMatch(/^(word-)*word$/);
    const chinese = slugifyTitle('长'.repeat(200), 'keep');
    expect(Array.from(chinese)).toHaveLength(maxSlugLength);
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(255);
  });

  it('returns NFC text', () => {
    const decomposed = 'Cafe\u0301 한국어'.normalize('NFD');
    const slug = slugifyTitle(decomposed, 'keep');
    expect(slug).toBe(slug.normalize('NFC'));
    expect(slug).toBe('cafe-한국어');
  });
});

describe('slugifyTitle on any title', () => {
  it('is always a non-empty, short, lowercase, NFC name safe on every file system', () => {
    const title = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9 ,.:!?/\\|<>*"'-]{0,60}$/),
    );
    fc.assert(
      fc.property(title, fc.constantFrom<'pinyin' | 'keep'>('pinyin', 'keep'), (input, style) => {
        const slug = slugifyTitle(input, style);
        expect(slug).not.toBe('');
        expect(Array.from(slug).length).toBeLessThanOrEqual(maxSlugLength);
        expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(255);
        expect(slug).toBe(slug.normalize('NFC'));
        expect(slug).toBe(slug.toLowerCase());
        expect(slug).not.toMatch(/[<>:"/\\|?*\s]|^-|-$|--/);
        expect(Array.from(slug).every((c) => (c.codePointAt(0) ?? 0) >= 0x20)).toBe(true);
        expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
      }),
      { numRuns: 300 },
    );
  });
});
