import { describe, expect, it } from 'vitest';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { hierarchyEdit, hierarchyList } from '../../../renderer/form/hierarchy-list';
import { chipItems, holdsScalar, valueLabels } from '../../../renderer/form/nested-value';

const hexo =
  '---\ntitle: Hexo nested\ncategories:\n  - [Diary, Life]\n  - Travel\ntags: [a]\n---\nBody\n';

function field(text: string, key: string) {
  return parseFrontMatter(text).fields.find((candidate) => candidate.key === key);
}

/** The text after the chips of `key` change to `next`, as the form writes it. */
function chipsChanged(text: string, key: string, next: string[]): string {
  const list = hierarchyList(parseFrontMatter(text), key);
  const value = list === null ? null : hierarchyEdit(list, next);
  if (value === null) {
    throw new Error('no edit');
  }
  return setFrontMatterField(text, key, value);
}

/** Lines only in `after`, and lines only in `before` (the file's diff, line by line). */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return {
    added: b.filter((line) => !a.includes(line)),
    removed: a.filter((line) => !b.includes(line)),
  };
}

describe('fields holding nested values', () => {
  it('are not given to a chips or text field that would write them back flat', () => {
    expect(chipItems(field(hexo, 'categories'))).toBeNull();
    expect(chipItems(field(hexo, 'tags'))).toEqual(['a']);
    expect(chipItems(field('---\ntags: a b\n---\n', 'tags'))).toEqual(['a', 'b']);
    expect(chipItems(field('---\ntags: 2024\n---\n', 'tags'))).toEqual(['2024']);
    const title = '---\ntitle:\n  en: x\n  zh: y\n---\n';
    expect(holdsScalar(field(title, 'title'))).toBe(false);
    expect(holdsScalar(field(hexo, 'title'))).toBe(true);
    expect(holdsScalar(undefined)).toBe(true);
  });

  it('are summarized level by level', () => {
    expect(valueLabels(parseFrontMatter(hexo).data['categories'])).toEqual([
      'Diary › Life',
      'Travel',
    ]);
    expect(valueLabels({ en: 'x', zh: 'y' })).toEqual(['en: x', 'zh: y']);
    expect(valueLabels([{ name: 'a', n: 1 }])).toEqual(['{name: a, n: 1}']);
  });
});

describe("Hexo's hierarchical categories as chips", () => {
  it('shows one chip per item, a nested list as its levels', () => {
    expect(hierarchyList(parseFrontMatter(hexo), 'categories')?.labels).toEqual([
      'Diary › Life',
      'Travel',
    ]);
  });

  it('adds an item as one new line and keeps the nested item', () => {
    const after = chipsChanged(hexo, 'categories', ['Diary › Life', 'Travel', 'Food']);
    expect(after).toBe(
      '---\ntitle: Hexo nested\ncategories:\n  - [Diary, Life]\n  - Travel\n  - Food\ntags: [a]\n---\nBody\n',
    );
    expect(changedLines(hexo, after)).toEqual({ added: ['  - Food'], removed: [] });
  });

  it('removes the nested item as a unit, one line, and a plain item likewise', () => {
    const withoutNested = chipsChanged(hexo, 'categories', ['Travel']);
    expect(changedLines(hexo, withoutNested)).toEqual({
      added: [],
      removed: ['  - [Diary, Life]'],
    });
    const withoutTravel = chipsChanged(hexo, 'categories', ['Diary › Life']);
    expect(changedLines(hexo, withoutTravel)).toEqual({ added: [], removed: ['  - Travel'] });
    expect(parseFrontMatter(withoutTravel).data['categories']).toEqual([['Diary', 'Life']]);
  });

  it('edits a flow list on its own line', () => {
    const flow = '---\ncategories: [[Diary, Life], Travel]\n---\n';
    expect(chipsChanged(flow, 'categories', ['Diary › Life', 'Travel', '日记'])).toBe(
      '---\ncategories: [[Diary, Life], Travel, 日记]\n---\n',
    );
    expect(chipsChanged(flow, 'categories', ['Travel'])).toBe('---\ncategories: [Travel]\n---\n');
    expect(chipsChanged(flow, 'categories', ['Diary › Life'])).toBe(
      '---\ncategories: [[Diary, Life]]\n---\n',
    );
  });

  it('keeps a multi-line nested item and comments of the other items', () => {
    const text = '---\ncategories:\n- - Diary\n  - Life\n- Travel # trip\n---\n';
    expect(chipsChanged(text, 'categories', ['Travel'])).toBe(
      '---\ncategories:\n- Travel # trip\n---\n',
    );
    expect(chipsChanged(text, 'categories', ['Diary › Life'])).toBe(
      '---\ncategories:\n- - Diary\n  - Life\n---\n',
    );
  });

  it('leaves lists of mappings, and TOML, to the Markdown editor', () => {
    expect(
      hierarchyList(parseFrontMatter('---\ncategories:\n  - name: a\n---\n'), 'categories'),
    ).toBeNull();
    const toml = '+++\ncategories = [["Diary", "Life"], "Travel"]\n+++\n';
    expect(hierarchyList(parseFrontMatter(toml), 'categories')).toBeNull();
  });
});
