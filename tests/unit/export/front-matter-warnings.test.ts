import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

const astroRepo = {
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': `import { defineCollection, z } from 'astro:content';
const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.md' }),
  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});
export const collections = { blog };
`,
  'src/content/blog/old.md': '---\ntitle: Old\ndescription: Here\n---\n',
};

test('an Astro post without a field the content schema requires gets schema-missing-field', () => {
  const draft = planScenario({
    repo: astroRepo,
    posts: {
      'bare.md': '---\ntitle: Bare\ndate: 2024-02-03\n---\n\nText\n',
      'described.md': '---\ntitle: Full\ndate: 2024-02-03\ndescription: All there\n---\n\nText\n',
    },
  });
  expect(draft.preset).toBe('astro');
  const found = draft.warnings.filter((warning) => warning.code === 'schema-missing-field');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({
    postPath: 'bare.md',
    details: { fields: 'description', count: 1 },
  });
  expect(found[0]?.message).toContain('description');
  // Still exported: the warning says what the build needs, it does not hold the post back.
  expect(draft.files.map((file) => file.postPath).sort()).toEqual(['bare.md', 'described.md']);
});

test('a TOML post exported to Jekyll is rewritten as YAML, and the plan says its comments go', () => {
  const toml =
    '+++\n# kept only here\ntitle = "From Hugo"\ndate = 2024-02-03 # the day\n+++\n\nText\n';
  const draft = planScenario({
    preset: 'jekyll',
    repo: { '_config.yml': 'title: blog\n' },
    posts: { 'from-hugo.md': toml, 'plain.md': '---\ntitle: Plain\ndate: 2024-02-03\n---\n' },
  });
  const converted = draft.warnings.filter((warning) => warning.code === 'front-matter-converted');
  expect(converted).toHaveLength(1);
  expect(converted[0]).toMatchObject({
    postPath: 'from-hugo.md',
    details: { format: 'YAML', comments: 2, nulls: '-', numbers: '-', context: 'comments' },
  });
  expect(converted[0]?.message).toMatch(/2 comment/);
  expect(draft.files.find((file) => file.postPath === 'from-hugo.md')?.content).toMatch(
    /^---\n[^]*title: From Hugo\n[^]*---\n/,
  );
});

test('a post kept in its own format is not said to be converted', () => {
  const toml = '+++\n# comment\ntitle = "Stays TOML"\ndate = 2024-02-03\n+++\n\nText\n';
  const draft = planScenario({
    preset: 'hugo',
    repo: { 'hugo.toml': 'baseURL = "https://example.org/"\n', 'content/posts/a.md': '' },
    posts: { 'stays.md': toml },
  });
  expect(draft.warnings.map((warning) => warning.code)).not.toContain('front-matter-converted');
});
