import { describe, expect, it } from 'vitest';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { readIndexFields } from '../../../core/post/index-reader';
import { canToggleDraft, draftEdits, isDraftPost } from '../../../renderer/form/draft-edit';

/** The text after the Draft switch is set to `on`, as the form writes it. */
function toggled(text: string, on: boolean): string {
  const edits = draftEdits(parseFrontMatter(text), on);
  return edits.reduce((current, edit) => setFrontMatterField(current, edit.key, edit.value), text);
}

/** Whether the post list's Draft badge shows for a text. */
function listed(text: string): boolean {
  return readIndexFields(text, 'post.md', { isWholeFile: true }).draft;
}

describe('the Draft switch agrees with the post list', () => {
  it.each([
    ['---\ntitle: a\ndraft: true\n---\n', true],
    ['---\ntitle: a\ndraft: True\n---\n', true],
    ['---\ntitle: a\ndraft: TRUE\n---\n', true],
    ['---\ntitle: a\npublished: false\n---\n', true],
    ['---\ntitle: a\npublished: False\n---\n', true],
    ['---\ntitle: a\ndraft: false\n---\n', false],
    ['---\ntitle: a\n---\n', false],
    ['+++\ntitle = "a"\ndraft = true\n+++\n', true],
    ['{\n  "title": "a",\n  "published": false\n}\n', true],
  ])('%j is a draft: %s', (text, expected) => {
    expect(isDraftPost(parseFrontMatter(text))).toBe(expected);
    expect(listed(text)).toBe(expected);
  });
});

describe('toggling the Draft switch', () => {
  it('writes draft in the spelling the file used', () => {
    expect(toggled('---\ntitle: a\ndraft: True\n---\nBody\n', false)).toBe(
      '---\ntitle: a\ndraft: False\n---\nBody\n',
    );
    expect(toggled('---\ntitle: a\ndraft: FALSE\n---\n', true)).toBe(
      '---\ntitle: a\ndraft: TRUE\n---\n',
    );
    expect(toggled('---\ntitle: a\ndraft: false\n---\n', true)).toBe(
      '---\ntitle: a\ndraft: true\n---\n',
    );
  });

  it('flips published for a post that uses it (Jekyll), never adding draft', () => {
    expect(toggled('---\ntitle: a\npublished: false\n---\n', false)).toBe(
      '---\ntitle: a\npublished: true\n---\n',
    );
    expect(toggled('---\ntitle: a\npublished: True\n---\n', true)).toBe(
      '---\ntitle: a\npublished: False\n---\n',
    );
  });

  it('adds draft to a post that has neither key', () => {
    expect(toggled('---\ntitle: a\n---\n', true)).toBe('---\ntitle: a\ndraft: true\n---\n');
  });

  it('clears both keys when both make the post a draft', () => {
    const text = toggled('---\ndraft: true\npublished: false\n---\n', false);
    expect(text).toBe('---\ndraft: false\npublished: true\n---\n');
    expect(listed(text)).toBe(false);
  });

  it('stays off a draft key holding a list or a mapping', () => {
    expect(canToggleDraft(parseFrontMatter('---\ndraft:\n  en: true\n---\n'))).toBe(false);
    expect(canToggleDraft(parseFrontMatter('---\ndraft: yes\npublished: 1\n---\n'))).toBe(true);
  });
});
