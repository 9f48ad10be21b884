import { expect, test } from 'vitest';
import { hashText, planScenario } from './plan-harness';

const theirs = '---\ntitle: Hello\ndate: 2024-01-01\n---\n\nThe first post called hello.\n';
const record = {
  path: '_posts/2024-01-01-hello.md',
  slug: 'hello',
  date: '2024-01-01',
  hash: hashText(theirs),
  sourceHash: 'x',
  assets: {},
  exportedAt: '2024-01-02T00:00:00Z',
};

function foreignWarnings(state: Record<string, typeof record>): unknown[] {
  const draft = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'title: blog\n', [record.path]: theirs },
    posts: { 'notes/hello.md': '---\ntitle: Hello\ndate: 2024-01-01\n---\n\nA second one.\n' },
    state,
  });
  return draft.warnings
    .filter((warning) => warning.code === 'foreign-file')
    .map(({ message, details }) => ({ message, details }));
}

test('a blog file Postwright wrote for another post is named as that post’s, not as foreign', () => {
  expect(foreignWarnings({ 'hello.md': record })).toEqual([
    {
      message:
        '_posts/2024-01-01-hello.md was written by Postwright for another post, hello.md; it is replaced only if you choose Replace.',
      details: { path: '_posts/2024-01-01-hello.md', other: 'hello.md', context: 'other-post' },
    },
  ]);
});

test('a file no record names is still not written by Postwright', () => {
  expect(foreignWarnings({})).toEqual([
    {
      message:
        '_posts/2024-01-01-hello.md already exists and was not written by Postwright; it is replaced only if you choose Replace.',
      details: { path: '_posts/2024-01-01-hello.md' },
    },
  ]);
});
