import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readAstroSchema } from '../../../core/export/astro-schema';
import { readPostFacts } from '../../../core/export/post-facts';
import { presetFor } from '../../../core/export/presets/index';
import { readRepoFacts } from '../../../core/export/repo-facts';
import { schemaWarnings } from '../../../core/export/export-checks';
import { missingRequiredFields } from '../../../core/export/schema-checks';
import { parsePostDate, type PostDate } from '../../../core/export/dates';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

const config = `import { defineCollection, z } from 'astro:content';
// title: z.string(), in a comment, is not a field
const docs = defineCollection({ schema: z.object({ section: z.string() }) });
const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      'description': z.string().max(160, "too long, use < 160"),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      tags: z.array(z.string()).default([]),
      draft: z.optional(z.boolean()),
      heroImage: image().optional(),
    }),
});
export const collections = { blog, docs };
`;

test('the posts collection is read from the configuration text: its fields, required ones, images', () => {
  expect(readAstroSchema(config, 'src/content/blog')).toEqual({
    fields: ['title', 'description', 'pubDate', 'updatedDate', 'tags', 'draft', 'heroImage'],
    required: ['title', 'description', 'pubDate'],
    imageFields: ['heroImage'],
    dateFields: ['pubDate', 'updatedDate'],
  });
  // A spread or a schema built elsewhere is not guessed at.
  expect(
    readAstroSchema(
      'const blog = defineCollection({ schema: z.object({ ...base, title: z.string() }) });',
      'src/content/blog',
    ),
  ).toBeNull();
  expect(readAstroSchema('export const collections = {};', 'src/content/blog')).toBeNull();
});

const repo = {
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': config,
  'src/content/blog/old.md': '---\ntitle: Old\n---\n',
};
const post = '---\ntitle: Cover\ndate: 2024-02-03\nimage: cover.png\n---\n\nText\n';

test('the cover image goes under the schema image field, and the image is copied for it', () => {
  const draft = planScenario({ repo, posts: { 'cover.md': post }, images: { 'cover.png': 'PNG' } });
  expect(draft.preset).toBe('astro');
  const data = parseFrontMatter(draft.files[0]?.content ?? '').data;
  expect(data.heroImage).toBe('../../assets/cover/cover.png');
  expect(data).not.toHaveProperty('image');
  expect(draft.assets.map((asset) => asset.targetPath)).toEqual(['src/assets/cover/cover.png']);
});

test('a required field the post lacks is named; one the export supplies is not', () => {
  const listing = { paths: Object.keys(repo), texts: repo };
  const facts = readRepoFacts(listing);
  const today = parsePostDate('2026-01-10') as PostDate;
  const factsOf = (text: string) =>
    readPostFacts({
      postPath: 'p.md',
      data: parseFrontMatter(text).data,
      format: 'yaml',
      title: 'p',
      record: undefined,
      slugStyle: 'keep',
      today,
      dialect: presetFor('astro').dialect,
    }).facts;
  expect(missingRequiredFields(presetFor('astro'), factsOf(post), facts)).toEqual(['description']);
  const withExcerpt = '---\ntitle: T\ndate: 2024-02-03\nexcerpt: Short\n---\n';
  expect(missingRequiredFields(presetFor('astro'), factsOf(withExcerpt), facts)).toEqual([]);
  const untitled = '---\ntitle: ~\ndescription: D\n---\n';
  expect(missingRequiredFields(presetFor('astro'), factsOf(untitled), facts)).toEqual(['title']);
  expect(missingRequiredFields(presetFor('hugo'), factsOf(post), facts)).toEqual([]);
});

const sharedAstro = fileURLToPath(
  new URL('../../../../shared/fixtures/blog-repos/astro/src/content.config.ts', import.meta.url),
);

test.skipIf(!existsSync(sharedAstro))('the shared Astro starter requires description', () => {
  expect(readAstroSchema(readFileSync(sharedAstro, 'utf8'), 'src/content/blog')).toEqual({
    fields: ['title', 'description', 'pubDate', 'updatedDate', 'heroImage'],
    required: ['title', 'description', 'pubDate'],
    imageFields: ['heroImage'],
    dateFields: ['pubDate', 'updatedDate'],
  });
});

test('the warning the plan shows for a post the schema rejects names the fields', () => {
  const listing = { paths: Object.keys(repo), texts: repo };
  const facts = readPostFacts({
    postPath: 'p.md',
    data: parseFrontMatter(post).data,
    format: 'yaml',
    title: 'p',
    record: undefined,
    slugStyle: 'keep',
    today: parsePostDate('2026-01-10') as PostDate,
    dialect: presetFor('astro').dialect,
  }).facts;
  expect(schemaWarnings('p.md', presetFor('astro'), facts, readRepoFacts(listing))).toEqual([
    {
      code: 'schema-missing-field',
      postPath: 'p.md',
      message:
        "The blog's content schema requires description, which this post does not have: the site build fails until the front matter gets it.",
      details: { fields: 'description', count: 1 },
    },
  ]);
});
