import { expect, test } from 'vitest';
import { detectGenerator } from '../../../core/export/detect';
import { planScenario } from './plan-harness';

const post =
  '---\ntitle: Hello\ndate: 2024-01-02\n---\n\nHi ![a](a.png) and ![logo](/img/logo.png)\n';

test('a Hugo site with contentDir and no content folder yet is Hugo, and posts go into contentDir', () => {
  const repo = { 'hugo.toml': 'baseURL = "https://e.org/"\ncontentDir = "mycontent"\n' };
  const draft = planScenario({ repo, posts: { 'hello.md': post }, images: { 'a.png': 'PNG' } });
  expect(draft.preset).toBe('hugo');
  expect(draft.files.map((file) => file.targetPath)).toEqual(['mycontent/posts/hello.md']);
});

test('Hugo is recognised by config/_default or by a config.* with Hugo settings, without content/', () => {
  expect(
    detectGenerator({
      paths: ['config/', 'config/_default/', 'config/_default/hugo.yaml'],
      texts: { 'config/_default/hugo.yaml': 'title: x\n' },
    }).preset,
  ).toBe('hugo');
  expect(
    detectGenerator({
      paths: ['config.yaml'],
      texts: { 'config.yaml': 'baseURL: https://e.org/\nlanguageCode: zh-cn\n' },
    }).preset,
  ).toBe('hugo');
  // A config.json of some other tool is no Hugo site.
  expect(
    detectGenerator({ paths: ['config.json'], texts: { 'config.json': '{"name":"x"}' } }).preset,
  ).toBe('plain');
});

test('a page-bundle Hugo site under a custom contentDir is detected as bundles', () => {
  const repo = {
    'hugo.yaml': 'contentDir: pages\n',
    'pages/posts/first/index.md': '---\ntitle: First\n---\n',
    'pages/posts/second/index.md': '---\ntitle: Second\n---\n',
  };
  const draft = planScenario({ repo, posts: { 'hello.md': post } });
  expect(draft.preset).toBe('hugo-bundle');
  expect(draft.files[0]?.targetPath).toBe('pages/posts/hello/index.md');
});

test('Jekyll source: and collections_dir: put posts where Jekyll reads them, images under the source', () => {
  const repo = {
    '_config.yml': 'title: x\nsource: site\ncollections_dir: my_collections\n',
    'site/my_collections/_posts/2020-01-01-old.md': '---\ntitle: Old\n---\n',
    'site/img/logo.png': { bytes: 'LOGO' },
  };
  const draft = planScenario({
    repo,
    posts: { 'hello.md': post, 'later.md': '---\ntitle: Later\ndraft: true\n---\n\nx\n' },
    images: { 'a.png': 'PNG', 'img/logo.png': 'LOGO' },
  });
  expect(draft.preset).toBe('jekyll');
  expect(draft.files.map((file) => file.targetPath).sort()).toEqual([
    'site/my_collections/_drafts/later.md',
    'site/my_collections/_posts/2024-01-02-hello.md',
  ]);
  expect(draft.assets.map((asset) => asset.targetPath).sort()).toEqual([
    'site/assets/images/hello/a.png',
    'site/img/logo.png',
  ]);
  expect(draft.files.find((file) => file.postPath === 'hello.md')?.content).toContain(
    '![a](/assets/images/hello/a.png)',
  );
});

test('Jekyll folders that climb out of the repository are ignored', () => {
  const repo = {
    '_config.yml': 'source: ../outside\ncollections_dir: /etc\n',
    '_posts/2020-01-01-old.md': '---\ntitle: Old\n---\n',
  };
  const draft = planScenario({ repo, posts: { 'hello.md': post }, images: { 'a.png': 'PNG' } });
  expect(draft.preset).toBe('jekyll');
  expect(draft.files[0]?.targetPath).toBe('_posts/2024-01-02-hello.md');
  expect(draft.assets.map((asset) => asset.targetPath)).toContain('assets/images/hello/a.png');
});
