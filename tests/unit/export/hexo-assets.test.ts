import { expect, test } from 'vitest';
import { findAssetTags } from '../../../core/export/hexo-tags';
import { scanBody } from '../../../core/export/markdown-scan';
import { planScenario } from './plan-harness';

const hexoRepo = (config: string) => ({
  '_config.yml': config,
  'package.json': '{"dependencies":{"hexo":"7"}}',
  'source/_posts/hello.md': '---\ntitle: hello\n---\n',
});

const post = [
  '---',
  'title: Release',
  'date: 2014-07-13 10:00:00',
  '---',
  '{% asset_img generate-console.png 生成 %}',
  '{% asset_img big "spaced asset.jpg" 600 400 "A title" %}',
  'See {% asset_link notes.pdf the notes %} and {% asset_path generate-console.png %}.',
  '![console](generate-console.png)',
  '```',
  '{% asset_img example.jpg in code %}',
  '```',
  '',
].join('\n');

const images = {
  'posts/release/generate-console.png': 'PNG',
  'posts/release/spaced asset.jpg': 'JPG',
  'posts/notes.pdf': 'PDF',
};

test('asset tags are found with their names and titles, not inside code', () => {
  const tags = findAssetTags(scanBody(post.split('---\n')[2] ?? ''));
  expect(tags.map((tag) => [tag.kind, tag.name, tag.title])).toEqual([
    ['asset_img', 'generate-console.png', '生成'],
    ['asset_img', 'spaced asset.jpg', 'A title'],
    ['asset_link', 'notes.pdf', 'the notes'],
    ['asset_path', 'generate-console.png', ''],
  ]);
});

test('Hexo with post_asset_folder: tag images are copied into source/_posts/<slug>/ and names made safe; Markdown images become asset_img', () => {
  const draft = planScenario({
    preset: 'hexo',
    repo: hexoRepo('post_asset_folder: true\n'),
    posts: { 'posts/release.md': post },
    images,
  });
  expect(draft.assets.map((asset) => [asset.sourcePath, asset.targetPath]).sort()).toEqual([
    ['posts/notes.pdf', 'source/_posts/release/notes.pdf'],
    ['posts/release/generate-console.png', 'source/_posts/release/generate-console.png'],
    ['posts/release/spaced asset.jpg', 'source/_posts/release/spaced-asset.jpg'],
  ]);
  const content = draft.files[0]?.content ?? '';
  expect(draft.files[0]?.targetPath).toBe('source/_posts/release.md');
  expect(content).toContain('{% asset_img generate-console.png 生成 %}\n');
  expect(content).toContain('{% asset_img big spaced-asset.jpg 600 400 "A title" %}');
  expect(content).toContain('{% asset_link notes.pdf the notes %}');
  expect(content).toContain('{% asset_img generate-console.png console %}\n');
  expect(content).toContain('```\n{% asset_img example.jpg in code %}\n```');
  expect(draft.warnings.filter((warning) => warning.code === 'missing-image')).toEqual([]);
});

test('Hexo with marked.postAsset keeps Markdown images as relative names', () => {
  const draft = planScenario({
    preset: 'hexo',
    repo: hexoRepo('post_asset_folder: true\nmarked:\n  postAsset: true\n'),
    posts: { 'posts/release.md': post },
    images,
  });
  expect(draft.files[0]?.content).toContain('![console](generate-console.png)');
});

test('without asset folders (and for other generators) the tags become Markdown pointing at the copied files', () => {
  const hexo = planScenario({
    preset: 'hexo',
    repo: hexoRepo('title: x\n'),
    posts: { 'posts/release.md': post },
    images,
  });
  const content = hexo.files[0]?.content ?? '';
  expect(content).toContain('![生成](/images/release/generate-console.png)\n');
  expect(content).toContain('![A title](/images/release/spaced-asset.jpg)');
  expect(content).toContain('[the notes](/images/release/notes.pdf)');
  expect(content).toContain('and /images/release/generate-console.png.');
  const jekyll = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'x: 1\n' },
    posts: { 'posts/release.md': post },
    images,
  });
  expect(jekyll.files[0]?.content).toContain(
    '![生成](/assets/images/release/generate-console.png)',
  );
  expect(jekyll.files[0]?.content).not.toMatch(/^\{% asset_img generate/m);
});

test('a missing asset is a missing-image warning; a climbing name is refused', () => {
  const draft = planScenario({
    preset: 'hexo',
    repo: hexoRepo('post_asset_folder: true\n'),
    posts: {
      'p.md': '---\ntitle: p\n---\n{% asset_img gone.png %}\n{% asset_img ../../../etc/x.png %}\n',
    },
  });
  const codes = draft.warnings.map((warning) => warning.code);
  expect(codes).toContain('missing-image');
  expect(codes).toContain('unsafe-path');
  expect(draft.assets).toEqual([]);
});
