import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

// Jekyll reads the posts' permalink from `collections: posts: permalink:` too (after front-matter
// defaults, before the site's `permalink:`); the address shown for the post ignored it.

const post = '---\ntitle: Hello\ndate: 2024-05-20\n---\n\nHi\n';

test('collections.posts.permalink gives the address, under baseurl', () => {
  const draft = planScenario({
    repo: {
      '_config.yml':
        'baseurl: /site\npermalink: pretty\ncollections:\n  posts:\n    output: true\n    permalink: /blog/:year/:title/\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n',
    },
    posts: { 'hello.md': post },
  });
  expect(draft.files[0]?.url).toBe('/site/blog/2024/hello/');
});

test('front-matter defaults for posts still win over the collection permalink', () => {
  const draft = planScenario({
    repo: {
      '_config.yml':
        'collections:\n  posts:\n    permalink: /blog/:title/\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      permalink: /posts/:title/\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n',
    },
    posts: { 'hello.md': post },
  });
  expect(draft.files[0]?.url).toBe('/posts/hello/');
});

test('defaults scoped by the _posts path, or split over two entries, give the permalink', () => {
  const byPath = planScenario({
    repo: {
      '_config.yml':
        'defaults:\n  - scope:\n      path: "_posts"\n    values:\n      permalink: /:title/\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n',
    },
    posts: { 'hello.md': post },
  });
  expect(byPath.files[0]?.url).toBe('/hello/');
  const split = planScenario({
    repo: {
      '_config.yml':
        'defaults:\n  - scope:\n      type: posts\n    values:\n      layout: single\n  - scope:\n      path: ""\n      type: posts\n    values:\n      permalink: /articles/:title/\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n',
    },
    posts: { 'hello.md': post },
  });
  expect(split.files[0]?.url).toBe('/articles/hello/');
});
