import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

// Jekyll reads the posts' permalink from `collections: posts: permalink:` too (after front-matter
// defaults, before the site's `permalink:`), and from `defaults` scoped by type or by the _posts
// path; the address shown for the post ignored them.

/** The address the plan gives a post dated 2024-05-20 titled Hello, under this `_config.yml`. */
function addressUnder(config: string): string | null | undefined {
  const draft = planScenario({
    repo: { '_config.yml': config, '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n' },
    posts: { 'hello.md': '---\ntitle: Hello\ndate: 2024-05-20\n---\n\nHi\n' },
  });
  return draft.files[0]?.url;
}

test.each([
  [
    'collections.posts.permalink gives the address, under baseurl',
    'baseurl: /site\npermalink: pretty\ncollections:\n  posts:\n    output: true\n    permalink: /blog/:year/:title/\n',
    '/site/blog/2024/hello/',
  ],
  [
    'front-matter defaults for posts still win over the collection permalink',
    'collections:\n  posts:\n    permalink: /blog/:title/\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      permalink: /posts/:title/\n',
    '/posts/hello/',
  ],
  [
    'defaults scoped by the _posts path give the permalink',
    'defaults:\n  - scope:\n      path: "_posts"\n    values:\n      permalink: /:title/\n',
    '/hello/',
  ],
  [
    'defaults split over two entries give the permalink',
    'defaults:\n  - scope:\n      type: posts\n    values:\n      layout: single\n  - scope:\n      path: ""\n      type: posts\n    values:\n      permalink: /articles/:title/\n',
    '/articles/hello/',
  ],
])('%s', (_name, config, address) => {
  expect(addressUnder(config)).toBe(address);
});
