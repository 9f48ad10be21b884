import { describe, expect, test } from 'vitest';
import type { GeneratorId } from '../../../core/api';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { fixturesDir, loadFolder, loadWorkspace, planScenario } from './plan-harness';

interface Expected {
  repo: string;
  preset: GeneratorId;
  /** Where each fixture post lands. */
  interview: string;
  math: string;
  /** diagram.png (relative link): target and new link; site-logo.png (site-root link): target. */
  diagram: [string, string];
  logo: string;
  /** The front-matter key the date ends up under and its text. */
  date: [string, string];
  format: 'yaml' | 'toml';
}

const table: Expected[] = [
  {
    repo: 'jekyll-academicpages',
    preset: 'jekyll-academicpages',
    interview: '_posts/2025-02-14-deepseek-interview.md',
    math: '_posts/2024-05-01-math-and-images.md',
    diagram: ['images/math-and-images/diagram.png', '/images/math-and-images/diagram.png'],
    logo: 'images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'jekyll-minimal-mistakes',
    preset: 'jekyll-minimal-mistakes',
    interview: '_posts/2025-02-14-deepseek-interview.md',
    math: '_posts/2024-05-01-math-and-images.md',
    diagram: [
      'assets/images/math-and-images/diagram.png',
      '/assets/images/math-and-images/diagram.png',
    ],
    logo: 'images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'jekyll',
    preset: 'jekyll',
    interview: '_posts/2025-02-14-deepseek-interview.md',
    math: '_posts/2024-05-01-math-and-images.md',
    diagram: [
      'assets/images/math-and-images/diagram.png',
      '/assets/images/math-and-images/diagram.png',
    ],
    logo: 'images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'hugo-toml',
    preset: 'hugo',
    interview: 'content/posts/deepseek-interview.md',
    math: 'content/posts/math-and-images.md',
    diagram: ['static/images/math-and-images/diagram.png', '/images/math-and-images/diagram.png'],
    logo: 'static/images/site-logo.png',
    date: ['date', '2024-05-01'],
    // Hugo reads YAML as well: the post keeps its own front matter, losing nothing.
    format: 'yaml',
  },
  {
    repo: 'hugo-yaml',
    preset: 'hugo',
    interview: 'content/post/deepseek-interview.md',
    math: 'content/post/math-and-images.md',
    diagram: ['static/images/math-and-images/diagram.png', '/images/math-and-images/diagram.png'],
    logo: 'static/images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'hugo-bundle',
    preset: 'hugo-bundle',
    interview: 'content/posts/deepseek-interview/index.md',
    math: 'content/posts/math-and-images/index.md',
    diagram: ['content/posts/math-and-images/diagram.png', 'diagram.png'],
    logo: 'static/images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'hexo',
    preset: 'hexo',
    interview: 'source/_posts/deepseek-interview.md',
    math: 'source/_posts/math-and-images.md',
    diagram: ['source/_posts/math-and-images/diagram.png', 'diagram.png'],
    logo: 'source/images/site-logo.png',
    date: ['date', '2024-05-01 00:00:00'],
    format: 'yaml',
  },
  {
    repo: 'astro',
    preset: 'astro',
    interview: 'src/content/blog/deepseek-interview.md',
    math: 'src/content/blog/math-and-images.md',
    diagram: ['src/assets/math-and-images/diagram.png', '../../assets/math-and-images/diagram.png'],
    logo: 'public/images/site-logo.png',
    date: ['pubDate', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'eleventy',
    preset: 'eleventy',
    interview: 'content/blog/deepseek-interview.md',
    math: 'content/blog/math-and-images.md',
    diagram: ['public/img/math-and-images/diagram.png', '/img/math-and-images/diagram.png'],
    logo: 'public/images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
  {
    repo: 'plain',
    preset: 'plain',
    interview: 'deepseek-interview.md',
    math: 'math-and-images.md',
    diagram: ['images/math-and-images/diagram.png', 'images/math-and-images/diagram.png'],
    logo: 'images/site-logo.png',
    date: ['date', '2024-05-01'],
    format: 'yaml',
  },
];

describe.each(table)('$repo', (expected) => {
  const repo = loadFolder(new URL(`repos/${expected.repo}/`, fixturesDir));
  const { posts, images } = loadWorkspace();
  const draft = planScenario({ repo, posts, images });
  const interview = draft.files.find(
    (file) => file.postPath === '2025-02-14-deepseek-interview.md',
  );
  const math = draft.files.find((file) => file.postPath === 'math-and-images.md');

  test('is detected as its generator', () => {
    expect(draft.preset).toBe(expected.preset);
  });

  test('the Chinese post lands where the generator expects it, with title, date, tags and permalink', () => {
    expect(interview?.targetPath).toBe(expected.interview);
    expect(interview?.kind).toBe('create');
    const parsed = parseFrontMatter(interview?.content ?? '');
    expect(parsed.format).toBe(expected.format);
    expect(parsed.data.title).toBe('deepseek创始人的专访和北风对技术的回顾');
    expect(parsed.data.tags).toEqual(['cool posts', '访谈']);
    const permalinkKey = expected.preset.startsWith('hugo') ? 'url' : 'permalink';
    expect(parsed.data[permalinkKey]).toBe('/posts/2025/02/deepseek-interview/');
    expect(parsed.body).toContain('梁文锋：在美国每天发生的大量创新里');
  });

  test('the post with images and math: path, date, copied images and rewritten links', () => {
    expect(math?.targetPath).toBe(expected.math);
    const parsed = parseFrontMatter(math?.content ?? '');
    expect(parsed.data[expected.date[0]]).toBe(expected.date[1]);
    expect(parsed.data.title).toBe('数学与图片');
    expect(draft.assets.map((asset) => [asset.sourcePath, asset.targetPath, asset.kind])).toEqual([
      ['images/diagram.png', expected.diagram[0], 'create'],
      ['images/site-logo.png', expected.logo, 'create'],
    ]);
    // Hexo with post_asset_folder: the asset tag, which works on index pages too.
    expect(parsed.body).toContain(
      expected.preset === 'hexo'
        ? `{% asset_img ${expected.diagram[1]} 示意图 %}`
        : `![示意图](${expected.diagram[1]})`,
    );
    expect(parsed.body).toContain('![logo](/images/site-logo.png)');
    expect(parsed.body).toContain('$E=mc^2$');
  });

  test('nothing in the plan points outside the repository', () => {
    for (const path of [
      ...draft.files.map((file) => file.targetPath),
      ...draft.assets.map((asset) => asset.targetPath),
    ]) {
      expect(path).not.toMatch(/^\/|^[A-Za-z]:|(?:^|\/)\.\.(?:\/|$)/);
    }
  });
});

test('the academicpages target keeps the front matter byte for byte when nothing needs changing', () => {
  const { posts } = loadWorkspace();
  const draft = planScenario({
    repo: loadFolder(new URL('repos/jekyll-academicpages/', fixturesDir)),
    posts: {
      'a/2025-02-14-deepseek-interview.md': posts['2025-02-14-deepseek-interview.md'] ?? '',
    },
  });
  expect(draft.files[0]?.content).toBe(posts['2025-02-14-deepseek-interview.md']);
});

test('a Chinese file name becomes a pinyin slug, or stays Chinese with the keep style', () => {
  const post = '---\ntitle: 笔记\ndate: 2024-01-02\n---\n\n正文\n';
  const pinyin = planScenario({ preset: 'jekyll', posts: { '数学笔记.md': post } });
  expect(pinyin.files[0]?.targetPath).toBe('_posts/2024-01-02-shu-xue-bi-ji.md');
  const keep = planScenario({
    preset: 'jekyll',
    posts: { '数学笔记.md': post },
    slugStyle: 'keep',
  });
  expect(keep.files[0]?.targetPath).toBe('_posts/2024-01-02-数学笔记.md');
});

test('Hexo dates are written in the blog time zone as YYYY-MM-DD HH:mm:ss', () => {
  const draft = planScenario({
    repo: loadFolder(new URL('repos/hexo/', fixturesDir)),
    posts: { 'x.md': '---\ntitle: x\ndate: 2025-02-14T02:30:00Z\n---\n\nbody\n' },
  });
  expect(parseFrontMatter(draft.files[0]?.content ?? '').data.date).toBe('2025-02-14 10:30:00');
});

test('drafts: Jekyll and Hexo use their drafts folder, Hugo gets draft = true', () => {
  const post = '---\ntitle: Half done\ndate: 2024-03-03\npublished: false\n---\n\nbody\n';
  expect(planScenario({ preset: 'jekyll', posts: { 'half.md': post } }).files[0]?.targetPath).toBe(
    '_drafts/half.md',
  );
  expect(planScenario({ preset: 'hexo', posts: { 'half.md': post } }).files[0]?.targetPath).toBe(
    'source/_drafts/half.md',
  );
  const hugo = planScenario({ preset: 'hugo', posts: { 'half.md': post } }).files[0];
  expect(parseFrontMatter(hugo?.content ?? '').data.draft).toBe(true);
});

test('a Hugo TOML repository keeps a YAML post as written (Hugo reads both), comments and all', () => {
  const post =
    "---\ntitle: 'x' # short\ndate: 2025-02-14T10:30:00+08:00\nmode: 0755\nnone: ~\ntags: [a]\n---\n\nbody\n";
  const draft = planScenario({
    repo: loadFolder(new URL('repos/hugo-toml/', fixturesDir)),
    posts: { 'x.md': post },
  });
  expect(draft.files[0]?.content).toBe(post);
});

test('front matter the generator cannot read is converted: TOML or JSON to YAML, and Hexo’s missing opening ---', () => {
  const toml = planScenario({
    preset: 'jekyll',
    posts: { 'a.md': "+++\ntitle = 'From Hugo'\ndate = 2020-01-02\ntags = ['x']\n+++\n\nbody\n" },
  });
  expect(toml.files[0]?.targetPath).toBe('_posts/2020-01-02-a.md');
  expect(toml.files[0]?.content).toBe(
    '---\ntitle: From Hugo\ndate: 2020-01-02\ntags:\n  - x\n---\n\nbody\n',
  );
  const json = planScenario({
    preset: 'astro',
    posts: { 'b.md': '{\n  "title": "JSON",\n  "date": "2020-01-02"\n}\n\nbody\n' },
  });
  expect(parseFrontMatter(json.files[0]?.content ?? '')).toMatchObject({
    format: 'yaml',
    data: { title: 'JSON', pubDate: '2020-01-02' },
  });
  const hexoStyle = planScenario({
    preset: 'jekyll',
    posts: { 'c.md': 'title: 中文測試\ndate: 2013-12-24 23:31:30\n---\n\nbody\n' },
  });
  expect(hexoStyle.files[0]?.content).toBe(
    '---\ntitle: 中文測試\ndate: 2013-12-24 23:31:30\n---\n\nbody\n',
  );
});
