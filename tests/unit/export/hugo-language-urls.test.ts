import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

const post = (title: string, extra = ''): string =>
  `---\ntitle: ${title}\ndate: 2024-03-01\n${extra}---\n\nText\n`;
const multilingual = `baseURL = "https://e.org/"
defaultContentLanguage = "en"
[languages.en]
  weight = 1
[languages.zh]
  weight = 2
`;

function urls(
  config: string,
  posts: Record<string, string>,
  preset: 'hugo' | 'hugo-bundle' = 'hugo-bundle',
): Record<string, string | null | undefined> {
  const draft = planScenario({
    preset,
    repo: { 'hugo.toml': config, 'content/posts/old/index.md': '---\ntitle: Old\n---\n' },
    posts,
  });
  return Object.fromEntries(draft.files.map((file) => [file.targetPath, file.url]));
}

test('a bundle translation is published under /<lang>/ with the bundle name, not /posts/index.zh/', () => {
  expect(
    urls(multilingual, {
      'gallery/index.md': post('Gallery'),
      'gallery/index.zh.md': post('画廊'),
    }),
  ).toEqual({
    'content/posts/gallery/index.md': '/posts/gallery/',
    'content/posts/gallery/index.zh.md': '/zh/posts/gallery/',
  });
});

test('a file translation loses its .<lang>.md in the address, also in a [permalinks] pattern', () => {
  const posts = { 'post.md': post('Post'), 'post.zh.md': post('文章') };
  expect(urls(multilingual, posts, 'hugo')).toEqual({
    'content/posts/post.md': '/posts/post/',
    'content/posts/post.zh.md': '/zh/posts/post/',
  });
  const patterned = `${multilingual}[permalinks]\n  posts = "/:year/:filename/"\n`;
  expect(urls(patterned, posts, 'hugo')).toEqual({
    'content/posts/post.md': '/2024/post/',
    'content/posts/post.zh.md': '/zh/2024/post/',
  });
});

test('defaultContentLanguageInSubdir puts the default language under /<lang>/ too, after the base path', () => {
  const config = multilingual
    .replace('https://e.org/', 'https://e.org/blog/')
    .replace(
      'defaultContentLanguage = "en"',
      'defaultContentLanguage = "zh"\ndefaultContentLanguageInSubdir = true',
    );
  expect(
    urls(config, { 'gallery/index.md': post('画廊'), 'gallery/index.en.md': post('Gallery') }),
  ).toEqual({
    'content/posts/gallery/index.md': '/blog/zh/posts/gallery/',
    'content/posts/gallery/index.en.md': '/blog/en/posts/gallery/',
  });
});

test('a translation whose address cannot be known is unknown, never a guess', () => {
  const posts = { 'gallery/index.md': post('Gallery'), 'gallery/index.zh.md': post('画廊') };
  // No languages configured: Hugo does not publish the zh file as a page of this site.
  expect(urls('baseURL = "https://e.org/"\n', posts)).toEqual({
    'content/posts/gallery/index.md': '/posts/gallery/',
    'content/posts/gallery/index.zh.md': null,
  });
  // A language with its own baseURL is published elsewhere.
  const ownBase = multilingual.replace(
    '[languages.zh]',
    '[languages.zh]\n  baseURL = "https://e.cn/"',
  );
  expect(urls(ownBase, posts)['content/posts/gallery/index.zh.md']).toBeNull();
  // A language the site does not configure.
  const french = { 'gallery/index.md': post('Gallery'), 'gallery/index.fr.md': post('Galerie') };
  expect(urls(multilingual, french)['content/posts/gallery/index.fr.md']).toBeNull();
});
