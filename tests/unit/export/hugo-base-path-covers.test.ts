import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// Hugo's relURL and absURL make a value that starts with "/" relative to the host, dropping the
// path of baseURL (https://gohugo.io/functions/urls/relurl/): PaperMod's cover.image at
// "/images/x.png" on a site under /myblog/ pointed at https://host/images/x.png. A site-root
// value with the base written in works with relURL, absURL and a theme printing it as is.
// Jekyll's relative_url always prepends baseurl: its front matter stays without it.

const hugoRepo = {
  'config/_default/hugo.toml':
    'baseURL = "https://example.github.io/myblog/"\ntheme = "PaperMod"\n',
  'content/posts/old.md': '---\ntitle: Old\n---\n',
  'static/images/logo.png': { bytes: 'LOGO' },
};

const post = [
  '---',
  'title: Cover',
  'date: 2024-01-05',
  'image: /images/logo.png',
  'cover:',
  '  image: "shots/cover.png"',
  '  alt: 封面',
  '---',
  '',
  'Body.',
  '',
].join('\n');

test('Hugo under a base path: front-matter images carry the base, copied or already on the site', () => {
  const draft = planScenario({
    preset: 'hugo',
    repo: hugoRepo,
    posts: { 'cover.md': post },
    images: { 'shots/cover.png': 'PNG', 'images/logo.png': 'LOGO' },
  });
  const data = parseFrontMatter(draft.files[0]?.content ?? '').data;
  expect(data.image).toBe('/myblog/images/logo.png');
  expect(data.cover).toEqual({ image: '/myblog/images/cover/cover.png', alt: '封面' });
  expect(draft.assets.map((asset) => asset.targetPath)).toContain('static/images/cover/cover.png');
});

test('Hugo without a base path and Jekyll with one keep site-root front-matter images as they are', () => {
  const plain = planScenario({
    preset: 'hugo',
    repo: { 'hugo.toml': 'baseURL = "https://e.org/"\n', 'content/posts/old.md': '---\n---\n' },
    posts: { 'cover.md': post },
    images: { 'shots/cover.png': 'PNG', 'images/logo.png': 'LOGO' },
  });
  const hugoData = parseFrontMatter(plain.files[0]?.content ?? '').data;
  expect(hugoData.image).toBe('/images/logo.png');
  expect(hugoData.cover).toEqual({ image: '/images/cover/cover.png', alt: '封面' });
  const jekyll = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'baseurl: /sub\n', '_posts/2020-01-01-a.md': '---\n---\n' },
    posts: { 'cover.md': post },
    images: { 'shots/cover.png': 'PNG', 'images/logo.png': 'LOGO' },
  });
  const jekyllData = parseFrontMatter(jekyll.files[0]?.content ?? '').data;
  expect(jekyllData.image).toBe('/images/logo.png');
  expect(jekyllData.cover).toEqual({ image: '/assets/images/cover/cover.png', alt: '封面' });
});
