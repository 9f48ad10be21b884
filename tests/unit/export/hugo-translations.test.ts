import { expect, test } from 'vitest';
import { languageOf } from '../../../core/export/post-facts';
import { planScenario } from './plan-harness';

const post = (title: string): string =>
  `---\ntitle: ${title}\ndate: 2024-03-01\n---\n\n![pic](pic.png)\n`;
const bundles = {
  'content/posts/old/index.md': '---\ntitle: Old\n---\n',
  'content/posts/older/index.md': '---\ntitle: Older\n---\n',
  'hugo.toml': 'baseURL = "https://e.org/"\n',
};

test('a bundle translation keeps its language beside the English index, sharing the images', () => {
  const draft = planScenario({
    repo: bundles,
    posts: { 'gallery/index.md': post('Gallery'), 'gallery/index.zh.md': post('画廊') },
    images: { 'gallery/pic.png': 'PNG' },
  });
  expect(draft.preset).toBe('hugo-bundle');
  expect(draft.files.map((file) => [file.postPath, file.targetPath])).toEqual([
    ['gallery/index.md', 'content/posts/gallery/index.md'],
    ['gallery/index.zh.md', 'content/posts/gallery/index.zh.md'],
  ]);
  expect(draft.warnings.map((warning) => warning.code)).not.toContain('path-collision');
  expect(draft.warnings.map((warning) => warning.code)).not.toContain('foreign-file');
  expect(draft.assets.map((asset) => asset.targetPath)).toEqual(['content/posts/gallery/pic.png']);
});

test('a file translation keeps its language, in both Hugo layouts', () => {
  const posts = { 'post.md': post('Post'), 'post.zh-cn.md': post('文章') };
  const single = planScenario({ preset: 'hugo', posts, images: { 'pic.png': 'PNG' } });
  expect(single.files.map((file) => file.targetPath)).toEqual([
    'content/posts/post.md',
    'content/posts/post.zh-cn.md',
  ]);
  const bundled = planScenario({ preset: 'hugo-bundle', posts, images: { 'pic.png': 'PNG' } });
  expect(bundled.files.map((file) => file.targetPath)).toEqual([
    'content/posts/post/index.md',
    'content/posts/post/index.zh-cn.md',
  ]);
});

test('other generators name the file as before', () => {
  const draft = planScenario({ preset: 'jekyll', posts: { 'post.zh.md': post('文章') } });
  expect(draft.files[0]?.targetPath).toBe('_posts/2024-03-01-post-zh.md');
});

test('only language-like codes before the extension make a translation', () => {
  expect(
    [
      'index.zh.md',
      'post.en.md',
      'post.zh-Hans.md',
      'post.pt_br.md',
      'notes.v2.md',
      'notes.old.md',
      '_index.zh.md',
      'zh.md',
    ].map(languageOf),
  ).toEqual(['zh', 'en', 'zh-Hans', 'pt_br', null, null, null, null]);
});
