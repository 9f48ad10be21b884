import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

const post =
  '---\ntitle: Renamed\ndate: 2024-01-05\n---\n\n![x](x.png)\n\n![site](/pics/s.png "Site image")\n';
const images = { 'x.png': 'PNG', 'pics/s.png': 'PNG2' };

function bodyOf(draft: ReturnType<typeof planScenario>): string {
  const content = draft.files[0]?.content ?? '';
  return content.slice(content.indexOf('\n---\n') + 5);
}

test('Jekyll with baseurl: image links carry the base path, like the address does', () => {
  const draft = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'baseurl: /sub\npermalink: /blog/:year/:title.html\n' },
    posts: { 'renamed.md': post },
    images,
  });
  expect(draft.files[0]?.url).toBe('/sub/blog/2024/renamed.html');
  expect(bodyOf(draft)).toBe(
    '\n![x](/sub/assets/images/renamed/x.png)\n\n![site](/sub/pics/s.png "Site image")\n',
  );
  expect(draft.assets.map((asset) => asset.targetPath).sort()).toEqual([
    'assets/images/renamed/x.png',
    'pics/s.png',
  ]);
});

test('Hugo under a base path: static images get it; page bundles link relatively', () => {
  const repo = {
    'hugo.toml':
      "baseURL = 'https://example.org/blog/'\n[permalinks]\n  posts = '/posts/:year/:month/:filename/'\n",
    'content/posts/old.md': '---\ntitle: Old\n---\n',
  };
  const single = planScenario({ preset: 'hugo', repo, posts: { 'renamed.md': post }, images });
  expect(single.files[0]?.url).toBe('/blog/posts/2024/01/renamed/');
  expect(bodyOf(single)).toContain('![x](/blog/images/renamed/x.png)');
  expect(bodyOf(single)).toContain('![site](/blog/pics/s.png "Site image")');
  const bundle = planScenario({
    preset: 'hugo-bundle',
    repo,
    posts: { 'renamed.md': post },
    images,
  });
  expect(bodyOf(bundle)).toContain('![x](x.png)');
  expect(bundle.assets.map((asset) => asset.targetPath)).toContain('content/posts/renamed/x.png');
});

test('a site without a base path, or a link that already has it, is written as before', () => {
  const plain = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'title: blog\n' },
    posts: { 'renamed.md': post },
    images,
  });
  expect(bodyOf(plain)).toBe(
    '\n![x](/assets/images/renamed/x.png)\n\n![site](/pics/s.png "Site image")\n',
  );
  const already = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'baseurl: /sub\n' },
    posts: { 'renamed.md': '---\ntitle: Renamed\ndate: 2024-01-05\n---\n\n![a](/sub/a.png)\n' },
    images: { 'sub/a.png': 'PNG' },
  });
  expect(bodyOf(already)).toBe('\n![a](/sub/a.png)\n');
});
