import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

const post = (extra = ''): string => `---\ntitle: T\ndate: 2024-01-01\n${extra}---\n\nText\n`;
const clashes = (draft: ReturnType<typeof planScenario>): unknown[] =>
  draft.warnings
    .filter((warning) => warning.code === 'permalink-collision')
    .map((warning) => [warning.postPath, warning.details]);

test('a declared permalink that is the address another post gets computed is a collision', () => {
  // Hugo: a/post.md is published at /posts/post/; c.md declares that address.
  const hugo = planScenario({
    preset: 'hugo',
    repo: { 'hugo.toml': 'baseURL = "https://e.org/"\n', 'content/posts/x.md': '' },
    posts: { 'a/post.md': post(), 'c.md': post('url: /posts/post/\n') },
  });
  expect(hugo.files.map((file) => file.url)).toEqual(['/posts/post/', '/posts/post/']);
  expect(clashes(hugo)).toEqual([['c.md', { permalink: '/posts/post/', other: 'a/post.md' }]]);
});

test('either way round, with the base path in both addresses', () => {
  const jekyll = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'baseurl: /sub\npermalink: /:title/\n' },
    posts: { 'c.md': post('permalink: /post/\n'), 'a/post.md': post() },
  });
  expect(jekyll.files.map((file) => file.url)).toEqual(['/sub/post/', '/sub/post/']);
  expect(clashes(jekyll)).toEqual([['a/post.md', { permalink: '/sub/post/', other: 'c.md' }]]);
});

test('different addresses, or two posts on one file (a path collision), are no address clash', () => {
  const apart = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'permalink: /:title/\n' },
    posts: { 'c.md': post('permalink: /elsewhere/\n'), 'a/post.md': post() },
  });
  expect(clashes(apart)).toEqual([]);
  const sameFile = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'permalink: /:title/\n' },
    posts: { 'a/post.md': post(), 'b/post.md': post() },
  });
  expect(clashes(sameFile)).toEqual([]);
  expect(sameFile.warnings.map((warning) => warning.code)).toEqual(['path-collision']);
});
