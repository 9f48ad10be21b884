import { expect, test } from 'vitest';
import type { ExportWarningCode } from '../../../core/api';
import { fixturesDir, loadFolder, planScenario } from './plan-harness';

const fm = (extra: string): string => `---\ntitle: A post\n${extra}---\n\n`;

/** Each post deserves exactly the warning it is named after (academicpages target, 2026-01-10). */
// config-error is about the repository, not a post: tested in hostile-repos.test.ts;
// image-too-large needs a file over 200 MB on disk: tested in image-names.test.ts; earlier-export
// and left-behind-image need an earlier export: renamed-post.test.ts and old-images.test.ts;
// schema-missing-field and front-matter-converted need an Astro or Hugo target: front-matter-warnings.test.ts;
// raw-html-omitted is Hugo's: hugo-raw-html.test.ts.
type Deserved = Exclude<
  ExportWarningCode,
  | 'config-error'
  | 'raw-html-omitted'
  | 'image-too-large'
  | 'earlier-export'
  | 'left-behind-image'
  | 'schema-missing-field'
  | 'front-matter-converted'
>;
const deserving: Record<Deserved | 'none', [string, string]> = {
  none: ['clean.md', `${fm('date: 2024-01-01\n')}Plain text with \`code\` and ![pic](pic.png).\n`],
  'missing-image': ['missing.md', `${fm('date: 2024-01-01\n')}![gone](nowhere.png)\n`],
  'permalink-collision': [
    'copied-template.md',
    `${fm('date: 2024-01-01\npermalink: /posts/2013/08/blog-post-2/\n')}Text.\n`,
  ],
  'path-collision': [
    'blog-post-1.md',
    `${fm('date: 2024-01-01\n')}Same slug as the template's first post.\n`,
  ],
  'future-date': ['future.md', `${fm('date: 2199-01-01\n')}Not yet.\n`],
  'filename-date-mismatch': ['2024-06-02-mismatch.md', `${fm('date: 2024-06-03\n')}Text.\n`],
  'liquid-in-code': [
    'liquid.md',
    `${fm('date: 2024-01-01\n')}\`\`\`html\n<p>{{ page.title }}</p>\n\`\`\`\n`,
  ],
  'inline-math-dollars': [
    'dollars.md',
    `${fm('date: 2024-01-01\n')}Energy $E=mc^2$ is famous; it costs $5 and $10.\n`,
  ],
  'math-underscore': [
    'underscore.md',
    `${fm('date: 2024-01-01\n')}Escaped delimiters \\\\(a_1 + b_2\\\\) still lose the underscores.\n`,
  ],
  'unsafe-path': ['unsafe.md', `${fm('date: 2024-01-01\nslug: ../../outside\n')}Text.\n`],
  'foreign-file': ['foreign.md', `${fm('date: 2024-01-01\n')}Mine.\n`],
  'front-matter-error': ['broken.md', '---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\nText.\n'],
  draft: ['draft.md', `${fm('date: 2024-01-01\ndraft: true\n')}Later.\n`],
  'invalid-date': ['bad-date.md', `${fm('date: 2024-13-45\n')}Text.\n`],
  'missing-date': ['undated.md', `${fm('')}Text.\n`],
};

test('each warning is produced by the post that deserves it, and by no other', () => {
  const repo = {
    ...loadFolder(new URL('repos/jekyll-academicpages/', fixturesDir)),
    '_posts/2024-01-01-foreign.md': '---\ntitle: Someone else wrote this\n---\n',
  };
  const posts = Object.fromEntries(Object.values(deserving));
  const draft = planScenario({ repo, posts, images: { 'pic.png': 'PNG' } });
  for (const [code, [path]] of Object.entries(deserving)) {
    const codes = draft.warnings
      .filter((warning) => warning.postPath === path)
      .map((warning) => warning.code);
    expect({ path, codes }).toEqual({ path, codes: code === 'none' ? [] : [code] });
  }
});

test('warnings that depend on the blog are not raised where they do not apply', () => {
  const posts = {
    [deserving['liquid-in-code'][0]]: deserving['liquid-in-code'][1],
    [deserving['inline-math-dollars'][0]]: deserving['inline-math-dollars'][1],
    [deserving['math-underscore'][0]]: deserving['math-underscore'][1],
    [deserving['filename-date-mismatch'][0]]: deserving['filename-date-mismatch'][1],
  };
  expect(planScenario({ preset: 'hugo', posts }).warnings).toEqual([]);
  // Plain Jekyll: Liquid and kramdown, but no claim about how $…$ is configured.
  const jekyll = planScenario({ preset: 'jekyll', posts })
    .warnings.map((warning) => warning.code)
    .sort();
  expect(jekyll).toEqual(['filename-date-mismatch', 'liquid-in-code', 'math-underscore']);
});

test('the fixes rewrite the exported text and the warnings go away', () => {
  const posts = {
    'liquid.md': `${fm('date: 2024-01-01\n')}\`\`\`html\n<p>{{ page.title }}</p>\n\`\`\`\n\nInline \`{% include x %}\` too.\n`,
    'math.md': `${fm('date: 2024-01-01\n')}Inline $a_1 + b^2$ and \\\\(c_2\\\\), display:\n\n$$\nx_1\n$$\n`,
  };
  const fixed = planScenario({
    preset: 'jekyll-academicpages',
    posts,
    fixes: ['wrap-liquid-raw', 'convert-inline-math'],
  });
  expect(fixed.warnings).toEqual([]);
  const liquid = fixed.files.find((file) => file.postPath === 'liquid.md')?.content ?? '';
  expect(liquid).toContain('{% raw %}\n```html\n<p>{{ page.title }}</p>\n```\n{% endraw %}\n');
  expect(liquid).toContain('Inline {% raw %}`{% include x %}`{% endraw %} too.');
  const math = fixed.files.find((file) => file.postPath === 'math.md')?.content ?? '';
  expect(math).toContain(
    'Inline \\\\(a\\_1 + b^2\\\\) and \\\\(c\\_2\\\\), display:\n\n$$\nx_1\n$$\n',
  );
  const unfixed = planScenario({ preset: 'jekyll-academicpages', posts });
  expect(unfixed.warnings.map((warning) => [warning.code, warning.fix])).toEqual([
    ['liquid-in-code', 'wrap-liquid-raw'],
    ['inline-math-dollars', 'convert-inline-math'],
    ['math-underscore', 'convert-inline-math'],
  ]);
});

test('code already inside {% raw %} is left alone', () => {
  const post = `${fm('date: 2024-01-01\n')}{% raw %}\n\`\`\`\n{{ x }}\n\`\`\`\n{% endraw %}\n\n\`\`\`\n{% raw %}{{ y }}{% endraw %}\n\`\`\`\n`;
  expect(planScenario({ preset: 'jekyll', posts: { 'raw.md': post } }).warnings).toEqual([]);
});

test('the permalink collision is found for the real academicpages post copied from the template', () => {
  const post =
    "---\ntitle: 'deepseek创始人的专访和北风对技术的回顾'\ndate: 2025-02-14\npermalink: /posts/2013/08/blog-post-2/\ntags:\n  - cool posts\n---\n正文\n";
  const draft = planScenario({
    repo: loadFolder(new URL('repos/jekyll-academicpages/', fixturesDir)),
    posts: { '2025-02-14-deepseek-interview.md': post },
  });
  expect(draft.files[0]?.targetPath).toBe('_posts/2025-02-14-deepseek-interview.md');
  expect(draft.warnings).toMatchObject([
    { code: 'permalink-collision', details: { other: '_posts/2013-08-14-blog-post-2.md' } },
  ]);
});

test('two posts of one export that land on the same file are reported', () => {
  const post = `${fm('date: 2024-01-01\nslug: same\n')}Text.\n`;
  const draft = planScenario({ preset: 'jekyll', posts: { 'a.md': post, 'b.md': post } });
  expect(draft.warnings.map((warning) => [warning.code, warning.postPath])).toEqual([
    ['path-collision', 'b.md'],
  ]);
});

test('a CRLF post keeps CRLF through front-matter edits and fixes', () => {
  const post =
    '---\r\ntitle: Windows\r\ndate: 2024-01-01T08:00:00Z\r\n---\r\n\r\n```\r\n{{ x }}\r\n```\r\n\r\nMath $a_1$.\r\n';
  const draft = planScenario({
    preset: 'jekyll-academicpages',
    posts: { 'w.md': post },
    fixes: ['wrap-liquid-raw', 'convert-inline-math'],
  });
  const content = draft.files[0]?.content ?? '';
  expect(content.replace(/\r\n/g, '')).not.toContain('\n');
  expect(content).toContain('{% raw %}\r\n```\r\n{{ x }}\r\n```\r\n{% endraw %}\r\n');
  expect(content).toContain('Math \\\\(a\\_1\\\\).\r\n');
  const hexo = planScenario({ preset: 'hexo', posts: { 'w.md': post } }).files[0]?.content ?? '';
  expect(hexo).toContain('date: 2024-01-01 08:00:00\r\n');
  expect(hexo.replace(/\r\n/g, '')).not.toContain('\n');
});
