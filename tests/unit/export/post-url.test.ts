import { expect, test } from 'vitest';
import type { GeneratorId } from '../../../core/api';
import { planScenario, type Scenario } from './plan-harness';

function urlOf(
  preset: GeneratorId,
  repo: NonNullable<Scenario['repo']>,
  post: string,
  path = 'my-post.md',
): string | null | undefined {
  const draft = planScenario({ preset, repo, posts: { [path]: post } });
  expect(draft.files).toHaveLength(1);
  return draft.files[0]?.url;
}

const post = (extra = ''): string =>
  `---\ntitle: My post\ndate: 2025-02-14 09:30:00\n${extra}---\nText\n`;

test('Jekyll: a declared permalink wins; else the _config.yml style or pattern, with baseurl', () => {
  const academic = { '_config.yml': 'title: academicpages\npermalink: /:categories/:title/\n' };
  expect(urlOf('jekyll-academicpages', academic, post('permalink: /posts/2025/02/x/\n'))).toBe(
    '/posts/2025/02/x/',
  );
  expect(urlOf('jekyll-academicpages', academic, post('categories: [Notes, AI]\n'))).toBe(
    '/notes/ai/my-post/',
  );
  expect(urlOf('jekyll', { '_config.yml': 'baseurl: /blog\n' }, post())).toBe(
    '/blog/2025/02/14/my-post.html',
  );
  expect(urlOf('jekyll', { '_config.yml': 'permalink: pretty\n' }, post())).toBe(
    '/2025/02/14/my-post/',
  );
  expect(
    urlOf(
      'jekyll',
      {
        '_config.yml':
          'permalink: none\ndefaults:\n  - scope: {path: "", type: posts}\n    values: {permalink: "/p/:year/:title/"}\n',
      },
      post(),
    ),
  ).toBe('/p/2025/my-post/');
  // A pattern part Postwright does not model is unknown, not guessed.
  expect(urlOf('jekyll', { '_config.yml': 'permalink: /:week/:title/\n' }, post())).toBeNull();
  // Drafts are not published.
  expect(urlOf('jekyll', { '_config.yml': 'x: 1\n' }, post('draft: true\n'))).toBeNull();
});

test('Hugo: url front matter, [permalinks] for the section, else /section/name/', () => {
  const toml = (permalinks: string) => ({
    'hugo.toml': `baseURL = "https://example.org/site/"\n${permalinks}`,
    'content/posts/a.md': '---\ntitle: a\n---\n',
  });
  expect(urlOf('hugo', toml(''), post())).toBe('/site/posts/my-post/');
  expect(urlOf('hugo', toml(''), post('permalink: /custom/x/\n'))).toBe('/site/custom/x/');
  expect(
    urlOf('hugo', toml("[permalinks]\n  posts = '/posts/:year/:month/:filename/'\n"), post()),
  ).toBe('/site/posts/2025/02/my-post/');
  expect(
    urlOf('hugo', toml('[permalinks.page]\n  posts = "/p/:slug/"\n'), post('slug: hello\n')),
  ).toBe('/site/p/hello/');
  // `:slug` without a slug is the urlized title: not modelled, so unknown.
  expect(urlOf('hugo', toml('[permalinks]\n  posts = "/p/:slug/"\n'), post())).toBeNull();
  expect(urlOf('hugo', toml('uglyURLs = true\n'), post())).toBeNull();
});

test('Hexo: the permalink pattern in the blog time zone, under root', () => {
  const repo = {
    'package.json': '{"dependencies":{"hexo":"7"}}',
    '_config.yml': 'root: /blog/\npermalink: :year/:month/:day/:title/\ntimezone: Asia/Shanghai\n',
  };
  expect(urlOf('hexo', repo, post())).toBe('/blog/2025/02/14/my-post/');
  expect(urlOf('hexo', repo, '---\ntitle: t\ndate: 2025-02-14T20:00:00Z\n---\n', 'late.md')).toBe(
    '/blog/2025/02/15/late/',
  );
  expect(
    urlOf('hexo', { ...repo, '_config.yml': 'permalink: :category/:title/\n' }, post()),
  ).toBeNull();
});

test('Astro: known from a [...slug] route, else unknown; Eleventy from its input folder (config read as text)', () => {
  const astro = {
    'astro.config.mjs': 'export default {}\n',
    'src/content/blog/a.md': '---\n---\n',
  };
  expect(urlOf('astro', astro, post())).toBeNull();
  expect(urlOf('astro', { ...astro, 'src/pages/blog/[...slug].astro': '---\n---\n' }, post())).toBe(
    '/blog/my-post/',
  );
  const eleventy = {
    'eleventy.config.js':
      'export default function (c) { return { dir: { input: "content", output: "_site" } } }\n',
    'content/blog/a.md': '---\n---\n',
  };
  expect(urlOf('eleventy', eleventy, post())).toBe('/blog/my-post/');
  expect(urlOf('eleventy', eleventy, post('permalink: "/x/{{ page.fileSlug }}/"\n'))).toBeNull();
  expect(urlOf('eleventy', { 'content/blog/a.md': '---\n---\n' }, post())).toBeNull();
  expect(urlOf('plain', {}, post())).toBeNull();
});

test('a permalink that climbs is shown as the cleaned address', () => {
  expect(urlOf('jekyll', { '_config.yml': 'x: 1\n' }, post('permalink: ../../../etc/x\n'))).toBe(
    '/etc/x',
  );
});
