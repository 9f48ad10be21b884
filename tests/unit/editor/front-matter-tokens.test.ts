import { describe, expect, it } from 'vitest';
import {
  type FrontMatterToken,
  tomlLineTokens,
  yamlLineTokens,
  type YamlLineState,
} from '../../../renderer/editor/front-matter-tokens';

/** Each token as `Type:text`, for readable expectations. */
function show(text: string, tokens: FrontMatterToken[]): string[] {
  return tokens.map(
    (token) => `${token.type.replace('FrontMatter', '')}:${text.slice(token.from, token.to)}`,
  );
}

function yaml(lines: string[]): string[][] {
  const state: YamlLineState = { blockScalarIndent: null };
  return lines.map((line) => show(line, yamlLineTokens(line, state)));
}

describe('yamlLineTokens', () => {
  it('finds keys, quoted strings, scalars and comments', () => {
    expect(
      yaml(['title: "你好 # 不是注释"', 'date: 2025-02-14', 'draft: true # 草稿', 'tags: [a, b]']),
    ).toEqual([
      ['Key:title', 'Punctuation::', 'String:"你好 # 不是注释"'],
      ['Key:date', 'Punctuation::', 'Atom:2025-02-14'],
      ['Key:draft', 'Punctuation::', 'Atom:true', 'Comment:# 草稿'],
      ['Key:tags', 'Punctuation::'],
    ]);
  });

  it('finds list dashes, also before a key', () => {
    expect(yaml(['tags:', '  - 访谈', '  - name: x'])).toEqual([
      ['Key:tags', 'Punctuation::'],
      ['Punctuation:-'],
      ['Punctuation:-', 'Key:name', 'Punctuation::'],
    ]);
  });

  it('leaves a URL value alone and reads a comment line', () => {
    expect(yaml(['permalink: https://example.com/a:b', '# 注释'])).toEqual([
      ['Key:permalink', 'Punctuation::'],
      ['Comment:# 注释'],
    ]);
  });

  it('treats the lines of a block scalar as text', () => {
    expect(yaml(['excerpt: |', '  key: not a key', '  more', 'next: 1'])).toEqual([
      ['Key:excerpt', 'Punctuation::'],
      [],
      [],
      ['Key:next', 'Punctuation::', 'Atom:1'],
    ]);
  });

  it('keeps blanks before the colon out of the key', () => {
    expect(yaml(['title  : x', '- my key\t: 1'])).toEqual([
      ['Key:title', 'Punctuation::'],
      ['Punctuation:-', 'Key:my key', 'Punctuation::', 'Atom:1'],
    ]);
  });

  // A lazy key before the blanks made these quadratic (50,000 blanks: seconds). A hang here is
  // the test's timeout, not a timed assertion.
  it('answers at once on a long line of blanks with no colon', () => {
    for (const line of [
      `a${' '.repeat(200_000)}`,
      `-a${' '.repeat(200_000)}x`,
      ' '.repeat(200_000),
    ]) {
      expect(yaml([line])).toEqual([[]]);
      expect(tomlLineTokens(line)).toEqual([]);
    }
  });
});

describe('tomlLineTokens', () => {
  it('finds tables, keys, strings and scalars', () => {
    const lines = ['[params]', 'title = "Hugo # 标题"', 'draft = false # x', 'weight = 10'];
    expect(lines.map((line) => show(line, tomlLineTokens(line)))).toEqual([
      ['Key:[params]'],
      ['Key:title', 'Punctuation:=', 'String:"Hugo # 标题"'],
      ['Key:draft', 'Punctuation:=', 'Atom:false', 'Comment:# x'],
      ['Key:weight', 'Punctuation:=', 'Atom:10'],
    ]);
  });

  it('keeps blanks before the equals sign out of the key', () => {
    expect(show('site name  = 1', tomlLineTokens('site name  = 1'))).toEqual([
      'Key:site name',
      'Punctuation:=',
      'Atom:1',
    ]);
  });
});
