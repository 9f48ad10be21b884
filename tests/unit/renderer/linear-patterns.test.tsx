// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldValue, ParsedPost } from '../../../core/post/front-matter-types';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { ExtraField } from '../../../renderer/form/ExtraField';
import { hierarchyEdit, hierarchyList } from '../../../renderer/form/hierarchy-list';

// Hostile input a user can type or open: each call must finish (a hang is the test timeout).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const size = 200_000;
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

/** Types `text` into the number field "count" and returns what the form was sent. */
function typeNumber(text: string): FieldValue | undefined {
  const onSet = vi.fn<(value: FieldValue) => void>();
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const field = { key: 'count', kind: 'number', text: '1', items: null, line: 2 } as const;
  act(() => {
    root?.render(<ExtraField field={field} disabled={false} onSet={onSet} onRemove={() => {}} />);
  });
  const label = Array.from(container.querySelectorAll('label')).find(
    (element) => element.textContent === 'count',
  );
  const input = Array.from(container.querySelectorAll('input')).find(
    (element) => element.id === label?.htmlFor,
  );
  act(() => {
    // React tracks the value through the prototype's setter (as typing sets it).
    Reflect.set(HTMLInputElement.prototype, 'value', text, input);
    input?.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return onSet.mock.lastCall?.[0];
}

describe('number field on a long run of digits', () => {
  it('keeps 200,000 digits a number and a run ending in a letter a string', () => {
    expect(typeNumber('0'.repeat(size))?.kind).toBe('number');
    expect(typeNumber(`${'0'.repeat(size)}x`)?.kind).toBe('string');
    expect(typeNumber(`1.${'0'.repeat(size)}e`)?.kind).toBe('string');
    expect(typeNumber('-1.5e3')?.kind).toBe('number');
    expect(typeNumber('1.2.3')?.kind).toBe('string');
  });
});

/** A post whose only field is the YAML list `categories` written as `source`. */
function listPost(source: string): ParsedPost {
  const field = { key: 'categories', kind: 'map', text: source, items: null, line: 2 } as const;
  return { ...parseFrontMatter('---\ncategories: []\n---\n'), format: 'yaml', fields: [field] };
}

describe('hierarchy lists with long blank and newline runs', () => {
  it('appends to a list holding a 200,000-blank run before a comment', () => {
    const source = `- [A, B]${' '.repeat(size)}# note\n- c${' '.repeat(size)}`;
    const list = hierarchyList(listPost(source), 'categories');
    const edited = list === null ? null : hierarchyEdit(list, [...list.labels, 'd']);
    expect(edited).toEqual({ kind: 'source', text: `- [A, B]${' '.repeat(size)}# note\n- c\n- d` });
  });

  it('removes the last item after 200,000 blank lines', () => {
    const source = `- [A, B]\n${'\n'.repeat(size)}- c\n- d`;
    const list = hierarchyList(listPost(source), 'categories');
    const edited = list === null ? null : hierarchyEdit(list, ['A › B', 'c']);
    expect(edited).toEqual({ kind: 'source', text: `- [A, B]\n${'\n'.repeat(size)}- c` });
  });
});
