import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

// "It is exported as one and will not be published" was said for every blog. The Astro blog
// starter's schema has no draft field (Astro drops the key) and its pages list every post; an
// Eleventy configuration without a drafts rule publishes it too. The user must be told.

const draft =
  '---\ntitle: Secret\ndate: 2024-01-02\ndescription: d\ndraft: true\n---\n\nNot yet.\n';

const starterSchema = [
  "import { defineCollection, z } from 'astro:content';",
  "import { glob } from 'astro/loaders';",
  'const blog = defineCollection({',
  "  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),",
  '  schema: ({ image }) => z.object({',
  '    title: z.string(),',
  '    description: z.string(),',
  '    pubDate: z.coerce.date(),',
  '    heroImage: image().optional(),',
  '  }),',
  '});',
  'export const collections = { blog };',
].join('\n');

function draftWarning(repo: Record<string, string>) {
  const plan = planScenario({ repo, posts: { 'secret.md': draft } });
  return plan.warnings.find((warning) => warning.code === 'draft');
}

test('Astro whose schema has no draft field: the draft will be published, and the warning says so', () => {
  const warning = draftWarning({
    'astro.config.mjs': 'export default {};',
    'src/content.config.ts': starterSchema,
    'src/content/blog/first.md': '---\ntitle: First\n---\n',
  });
  expect(warning?.details).toEqual({ context: 'published', generator: 'Astro' });
  expect(warning?.message).toContain('will be published');
});

test('Astro whose schema has a draft field: exported as a draft', () => {
  const warning = draftWarning({
    'astro.config.mjs': 'export default {};',
    'src/content.config.ts': starterSchema.replace(
      'pubDate: z.coerce.date(),',
      'pubDate: z.coerce.date(),\n    draft: z.boolean().optional(),',
    ),
  });
  expect(warning?.details).toBeUndefined();
  expect(warning?.message).toContain('will not be published');
});

test('Eleventy: a configuration with a drafts rule leaves it out; one without publishes it', () => {
  const withRule = draftWarning({
    'eleventy.config.js':
      'export default function (c) {\n  c.addPreprocessor("drafts", "*", (data) => { if (data.draft) return false; });\n}\n',
    'content/blog/a.md': '---\ntitle: A\n---\n',
  });
  expect(withRule?.details).toBeUndefined();
  const without = draftWarning({
    '.eleventy.js': 'module.exports = function () { return { dir: { input: "src" } }; };',
    'src/posts/a.md': '---\ntitle: A\n---\n',
  });
  expect(without?.details).toEqual({ context: 'published', generator: 'Eleventy' });
});

test('Jekyll, Hugo and Hexo leave drafts out as before', () => {
  const repos: Record<string, string>[] = [
    { '_config.yml': 'title: x\n', '_posts/2020-01-01-a.md': '---\n---\n' },
    { 'hugo.toml': 'baseURL = "https://e.org/"\n', 'content/posts/a.md': '---\n---\n' },
    { 'package.json': '{"dependencies":{"hexo":"7.0.0"}}', '_config.yml': 'title: x\n' },
  ];
  for (const repo of repos) {
    expect(draftWarning(repo)?.details).toBeUndefined();
  }
});
