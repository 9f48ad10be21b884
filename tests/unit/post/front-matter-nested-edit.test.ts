import { describe, expect, it } from 'vitest';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';

const post = (yaml: string) => `---\n${yaml}\n---\nBody.\n`;
const shown = (text: string, key: string) =>
  parseFrontMatter(text).fields.find((field) => field.key === key)?.text;

describe('editing nested values as source', () => {
  it('takes back a one-line block mapping unchanged (minimal-mistakes header.teaser)', () => {
    const text = post('title: T\nheader:\n  teaser: "teaser.jpg"\ntags: [a]');
    expect(shown(text, 'header')).toBe('teaser: "teaser.jpg"');
    expect(
      setFrontMatterField(text, 'header', { kind: 'source', text: 'teaser: "teaser.jpg"' }),
    ).toBe(text);
    expect(setFrontMatterField(text, 'header', { kind: 'source', text: 'teaser: other.jpg' })).toBe(
      post('title: T\nheader:\n  teaser: other.jpg\ntags: [a]'),
    );
  });

  it('keeps an anchor and a comment after the key of a block value', () => {
    const text = post('defaults: &defaults # shared\n  layout: post\nother:\n  <<: *defaults');
    expect(setFrontMatterField(text, 'defaults', { kind: 'source', text: 'layout: page' })).toBe(
      post('defaults: &defaults # shared\n  layout: page\nother:\n  <<: *defaults'),
    );
    const list = post('tags: # topics\n  - a\n  - b');
    expect(setFrontMatterField(list, 'tags', { kind: 'list', items: ['a', 'c'] })).toBe(
      post('tags: # topics\n  - a\n  - c'),
    );
  });

  it('keeps a list at the key’s indentation (Hexo style) and indents a mapping', () => {
    const text = post('categories:\n- [Diary, Life]\n- Other');
    expect(
      setFrontMatterField(text, 'categories', { kind: 'source', text: '- [Diary, Life]\n- Other' }),
    ).toBe(text);
    expect(setFrontMatterField(text, 'categories', { kind: 'source', text: 'a: 1' })).toBe(
      post('categories:\n  a: 1'),
    );
  });

  it('quotes a title that looks like a date, so YAML 1.1 readers keep it a string', () => {
    const text = post('title: Old');
    expect(
      setFrontMatterField(text, 'title', { kind: 'string', text: '2024-03-01 10:30:00' }),
    ).toBe(post('title: "2024-03-01 10:30:00"'));
    expect(
      setFrontMatterField(text, 'date', { kind: 'datetime', text: '2024-03-01 10:30:00' }),
    ).toBe(post('title: Old\ndate: 2024-03-01 10:30:00'));
  });
});
