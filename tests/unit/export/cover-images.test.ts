import { expect, test } from 'vitest';
import { setNestedString } from '../../../core/export/nested-field';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

const academic = {
  '_config.yml': 'title: academicpages\n',
  '_posts/2012-08-14-a.md': '---\ntitle: A\n---\n',
};

function only(draft: ReturnType<typeof planScenario>) {
  expect(draft.files).toHaveLength(1);
  const file = draft.files[0];
  if (file === undefined) {
    throw new Error('no file');
  }
  return { file, data: parseFrontMatter(file.content).data };
}

test('academicpages header.teaser is a file name under /images/: found there, kept and copied', () => {
  const draft = planScenario({
    preset: 'jekyll-academicpages',
    repo: academic,
    posts: {
      'post.md': '---\ntitle: T\ndate: 2024-01-02\nheader:\n  teaser: "th.jpg"\n---\nBody\n',
    },
    images: { 'images/th.jpg': 'JPEG' },
  });
  const { file, data } = only(draft);
  expect((data.header as Record<string, string>).teaser).toBe('th.jpg');
  expect(file.content).toContain('  teaser: "th.jpg"');
  expect(draft.assets.map((asset) => [asset.sourcePath, asset.targetPath])).toEqual([
    ['images/th.jpg', 'images/th.jpg'],
  ]);
});

test('academicpages header.teaser beside the post is copied to images/<slug>/ and rewritten relative to /images/', () => {
  const draft = planScenario({
    preset: 'jekyll-academicpages',
    repo: academic,
    posts: {
      'notes/post.md':
        '---\ntitle: T\ndate: 2024-01-02\nheader:\n  teaser: cover one.png # the card\n  caption: x\n---\n',
    },
    images: { 'notes/cover one.png': 'PNG' },
  });
  const { file, data } = only(draft);
  expect((data.header as Record<string, string>).teaser).toBe('post/cover-one.png');
  expect(file.content).toContain('  teaser: "post/cover-one.png" # the card\n  caption: x\n');
  expect(draft.assets[0]?.targetPath).toBe('images/post/cover-one.png');
});

test('minimal-mistakes header.overlay_image and a site-root teaser without slash are found from the workspace root', () => {
  const draft = planScenario({
    preset: 'jekyll-minimal-mistakes',
    repo: { '_config.yml': 'theme: minimal-mistakes-jekyll\n' },
    posts: {
      'blog/p.md':
        '---\ntitle: P\ndate: 2024-03-01\nheader:\n  overlay_image: ./hero.jpg\n  teaser: "assets/images/t.jpg"\n---\n',
    },
    images: { 'blog/hero.jpg': 'H', 'assets/images/t.jpg': 'T' },
  });
  const { data } = only(draft);
  const header = data.header as Record<string, string>;
  expect(header.overlay_image).toBe('/assets/images/p/hero.jpg');
  expect(header.teaser).toBe('assets/images/t.jpg');
  expect(draft.assets.map((asset) => asset.targetPath).sort()).toEqual([
    'assets/images/p/hero.jpg',
    'assets/images/t.jpg',
  ]);
});

test('Hugo cover.image (YAML and a TOML table) goes into the bundle; Astro heroImage stays a relative link', () => {
  const yaml = planScenario({
    preset: 'hugo-bundle',
    repo: { 'hugo.yaml': 'title: x\n', 'content/posts/.keep': '' },
    posts: {
      'p/index.md': '---\ntitle: P\ndate: 2024-03-01\ncover:\n  image: img/c.png\n  alt: A\n---\n',
    },
    images: { 'p/img/c.png': 'C' },
  });
  expect((only(yaml).data.cover as Record<string, string>).image).toBe('c.png');
  expect(yaml.assets[0]?.targetPath).toBe('content/posts/p/c.png');

  const toml = planScenario({
    preset: 'hugo',
    repo: { 'hugo.toml': 'title = "x"\n', 'archetypes/default.md': '+++\n+++\n' },
    posts: { 'q.md': '+++\ntitle = "Q"\ndate = 2024-03-01\n[cover]\nimage = "c.png"\n+++\n' },
    images: { 'c.png': 'C' },
  });
  const file = only(toml).file;
  expect(file.content).toContain('[cover]\nimage = "/images/q/c.png"\n');

  const astro = planScenario({
    preset: 'astro',
    repo: {
      'astro.config.mjs': 'export default {}\n',
      'src/content/blog/a.md': '---\ntitle: a\n---\n',
    },
    posts: {
      'posts/h.md': "---\ntitle: H\npubDate: 2024-03-01\nheroImage: '../assets/hero.jpg'\n---\n",
    },
    images: { 'assets/hero.jpg': 'J' },
  });
  expect(only(astro).data.heroImage).toBe('../../assets/h/hero.jpg');
  expect(astro.assets[0]?.targetPath).toBe('src/assets/h/hero.jpg');
});

test('top-level image, cover and thumbnail are copied; a remote cover is left alone', () => {
  const draft = planScenario({
    preset: 'hugo',
    repo: { 'hugo.toml': 'title = "x"\n' },
    posts: {
      'p.md':
        '---\ntitle: P\ndate: 2024-01-01\nimage: a.png\ncover: b.png\nthumbnail: https://x.example/t.png\n---\n',
    },
    images: { 'a.png': 'A', 'b.png': 'B' },
  });
  const { data } = only(draft);
  expect(data.image).toBe('/images/p/a.png');
  expect(data.cover).toBe('/images/p/b.png');
  expect(data.thumbnail).toBe('https://x.example/t.png');
});

test('hostile cover paths are never read and never written outside', () => {
  for (const value of [
    '../../../etc/passwd.png',
    'C:\\\\Windows\\\\x.png',
    '\\\\\\\\server\\\\share\\\\x.png',
    'file:///etc/x.png',
  ]) {
    const draft = planScenario({
      preset: 'jekyll-academicpages',
      repo: academic,
      posts: { 'p.md': `---\ntitle: P\ndate: 2024-01-01\nheader:\n  teaser: "${value}"\n---\n` },
    });
    expect(draft.assets).toEqual([]);
    expect(draft.warnings.map((warning) => warning.code)).toContain('unsafe-path');
    expect(draft.files[0]?.content).toContain(`teaser: "${value}"`);
  }
});

test('a missing nested cover is a missing-image warning', () => {
  const draft = planScenario({
    preset: 'hugo',
    repo: { 'hugo.toml': 'title = "x"\n' },
    posts: { 'p.md': '---\ntitle: P\ndate: 2024-01-01\ncover:\n  image: gone.png\n---\n' },
  });
  expect(draft.warnings.filter((warning) => warning.code === 'missing-image')).toHaveLength(1);
});

test('setNestedString changes one value: block and flow mappings, JSON, TOML tables and inline tables', () => {
  const crlf = '---\r\ntitle: x\r\nheader:\r\n  image: a.png\r\n  teaser: b\r\n---\r\nbody\r\n';
  expect(setNestedString(crlf, 'header', 'teaser', 'c/d.png')).toBe(
    '---\r\ntitle: x\r\nheader:\r\n  image: a.png\r\n  teaser: "c/d.png"\r\n---\r\nbody\r\n',
  );
  expect(
    setNestedString('---\nheader: { teaser: a, caption: "x" }\n---\n', 'header', 'teaser', 'b'),
  ).toBe('---\nheader: { teaser: "b", caption: "x" }\n---\n');
  expect(
    setNestedString('{\n"header": {"teaser": "a", "x": 1}\n}\n', 'header', 'teaser', 'b/c.png'),
  ).toBe('{\n"header": {"teaser": "b/c.png", "x": 1}\n}\n');
  expect(setNestedString('+++\ncover = { image = "a" }\n+++\n', 'cover', 'image', 'b')).toBe(
    '+++\ncover = { image = "b" }\n+++\n',
  );
  // A value over several lines is not rewritten (the caller leaves it as written).
  expect(
    setNestedString('---\nheader:\n  teaser: >\n    a.png\n---\n', 'header', 'teaser', 'b'),
  ).toBeNull();
  expect(
    setNestedString('---\nheader:\n  teaser: a\n    b.png\n---\n', 'header', 'teaser', 'b'),
  ).toBeNull();
  expect(setNestedString('+++\ncover.image = "a"\n+++\n', 'cover', 'image', 'b')).toBe(
    '+++\ncover.image = "b"\n+++\n',
  );
  // A key of the same name elsewhere is not touched.
  expect(
    setNestedString('---\nteaser: top\nheader:\n  x: 1\n---\n', 'header', 'teaser', 'b'),
  ).toBeNull();
});

test('Jekyll drafts go to _drafts/ by default, or to _posts/ with published: false when the target says so', () => {
  const post = { 'd.md': '---\ntitle: D\ndate: 2024-01-01\ndraft: true\n---\n' };
  const folder = planScenario({ preset: 'jekyll', repo: { '_config.yml': 'x: 1\n' }, posts: post });
  expect(folder.files[0]?.targetPath).toBe('_drafts/d.md');
  expect(parseFrontMatter(folder.files[0]?.content ?? '').data.published).toBeUndefined();
  const published = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'x: 1\n' },
    posts: post,
    draftStyle: 'published-false',
  });
  expect(published.files[0]?.targetPath).toBe('_posts/2024-01-01-d.md');
  expect(parseFrontMatter(published.files[0]?.content ?? '').data.published).toBe(false);
  const notDraft = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'x: 1\n' },
    posts: { 'n.md': '---\ntitle: N\ndate: 2024-01-01\n---\n' },
    draftStyle: 'published-false',
  });
  expect(notDraft.files[0]?.content).not.toContain('published');
  const hexo = planScenario({
    preset: 'hexo',
    repo: { '_config.yml': 'title: h\n', 'package.json': '{"hexo":{}}' },
    posts: post,
    draftStyle: 'published-false',
  });
  expect(hexo.files[0]?.targetPath).toBe('source/_posts/d.md');
  expect(parseFrontMatter(hexo.files[0]?.content ?? '').data.published).toBe(false);
});

test('a site-root image the repository already has is not missing and is not copied', () => {
  const draft = planScenario({
    preset: 'jekyll-academicpages',
    repo: { ...academic, 'images/th.jpg': { bytes: 'JPEG' }, 'images/logo.png': { bytes: 'PNG' } },
    posts: {
      'post.md':
        '---\ntitle: T\ndate: 2024-01-02\nheader:\n  teaser: th.jpg\n---\n![l](/images/logo.png) ![g](/images/gone.png)\n',
    },
  });
  expect(draft.assets).toEqual([]);
  expect(
    draft.warnings.filter((w) => w.code === 'missing-image').map((w) => w.details?.image),
  ).toEqual(['/images/gone.png']);
  expect(draft.files[0]?.content).toContain('  teaser: th.jpg\n');
});
