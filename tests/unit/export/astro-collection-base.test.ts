import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// AstroPaper (the most used Astro blog theme) keeps its posts in src/data/blog, named by the
// glob loader's `base` in src/content.config.ts, and dates them `pubDatetime: z.date()`. Posts
// went to src/content/blog, which no collection loads, dated `pubDate`: never on the blog.

const astroPaperConfig = `import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { SITE } from "@/config";

export const BLOG_PATH = "src/data/blog";

const blog = defineCollection({
  loader: glob({ pattern: "**/[^_]*.md", base: \`./\${BLOG_PATH}\` }),
  schema: ({ image }) =>
    z.object({
      author: z.string().default(SITE.author),
      pubDatetime: z.date(),
      modDatetime: z.date().optional().nullable(),
      title: z.string(),
      featured: z.boolean().optional(),
      draft: z.boolean().optional(),
      tags: z.array(z.string()).default(["others"]),
      ogImage: image().or(z.string()).optional(),
      description: z.string(),
      canonicalURL: z.string().optional(),
    }),
});

export const collections = { blog };
`;

const post =
  '---\ntitle: 新文章\ndate: 2024-05-20T10:00:00+08:00\ndescription: 简介\ntags: [astro]\n---\n\n![图](images/a.png)\n';

test('AstroPaper: the post goes where the glob loader reads, dated pubDatetime', () => {
  const draft = planScenario({
    repo: {
      'astro.config.ts': 'export default defineConfig({});',
      'src/content.config.ts': astroPaperConfig,
      'src/data/blog/adding-new-post.md': '---\ntitle: Adding new posts\n---\n',
    },
    posts: { 'new.md': post },
    images: { 'images/a.png': 'PNG' },
  });
  expect(draft.preset).toBe('astro');
  expect(draft.files.map((file) => file.targetPath)).toEqual(['src/data/blog/new.md']);
  const content = draft.files[0]?.content ?? '';
  expect(parseFrontMatter(content).data.pubDatetime).toBeDefined();
  expect(content).toContain('pubDatetime: 2024-05-20T10:00:00+08:00\n');
  expect(content).not.toMatch(/^(?:date|pubDate):/m);
  expect(content).toContain('![图](../../assets/new/a.png)');
  expect(draft.warnings.map((warning) => warning.code)).not.toContain('schema-missing-field');
});

test('a glob base written as a plain string, and a collection in src/content/posts, are followed', () => {
  const plain = planScenario({
    repo: {
      'astro.config.mjs': 'export default {};',
      'src/content.config.ts':
        "const posts = defineCollection({\n  loader: glob({ base: './src/content/posts', pattern: '**/*.md' }),\n  schema: z.object({ title: z.string(), date: z.coerce.date() }),\n});\nexport const collections = { posts };\n",
    },
    posts: { 'new.md': post },
    images: { 'images/a.png': 'PNG' },
  });
  expect(plain.files.map((file) => file.targetPath)).toEqual(['src/content/posts/new.md']);
  expect(plain.files[0]?.content).toContain('date: 2024-05-20T10:00:00+08:00\n');
});

test('the blog starter is unchanged: src/content/blog, pubDate', () => {
  const starter = planScenario({
    repo: {
      'astro.config.mjs': 'export default {};',
      'src/content.config.ts':
        "const blog = defineCollection({\n\tloader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),\n\tschema: ({ image }) => z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date(), heroImage: image().optional() }),\n});\nexport const collections = { blog };\n",
      'src/content/blog/first-post.md': '---\ntitle: First\n---\n',
    },
    posts: { 'new.md': post },
    images: { 'images/a.png': 'PNG' },
  });
  expect(starter.files.map((file) => file.targetPath)).toEqual(['src/content/blog/new.md']);
  expect(starter.files[0]?.content).toContain('pubDate: 2024-05-20T10:00:00+08:00\n');
});
