import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// Eleventy runs a template language over every Markdown post before Markdown, code included:
// Liquid by default, Nunjucks in eleventy-base-blog (`markdownTemplateEngine: "njk"`). A code
// sample with `{{ }}` loses it, and a Hexo or Hugo tag fails the build.

const post = [
  '---',
  'title: Templates',
  'date: 2024-01-01',
  '---',
  '',
  '```js',
  'const s = `{{ name }}`;',
  '```',
  '',
  '{% note info %}',
  'A NexT note.',
  '{% endnote %}',
  '',
].join('\n');

const baseBlogConfig = [
  'export default async function (eleventyConfig) {}',
  'export const config = {',
  '  templateFormats: ["md", "njk", "html", "liquid", "11ty.js"],',
  '  markdownTemplateEngine: "njk",',
  '  htmlTemplateEngine: "njk",',
  '  dir: { input: "content", includes: "../_includes", output: "_site" },',
  '};',
].join('\n');

function liquidWarnings(repo: Record<string, string>, text = post) {
  const draft = planScenario({ repo, posts: { 'templates.md': text } });
  expect(draft.preset).toBe('eleventy');
  return draft.warnings.filter((warning) => warning.code === 'liquid-in-code');
}

test('eleventy-base-blog (Nunjucks): tags in code and in the text are warnings naming Nunjucks', () => {
  const warnings = liquidWarnings({
    'eleventy.config.js': baseBlogConfig,
    'content/blog/first.md': '---\ntitle: First\n---\n',
  });
  expect(warnings.map((warning) => warning.details)).toEqual([
    { line: 6, count: 1, engine: 'Nunjucks', context: 'eleventy' },
    { line: 10, count: 2, lines: '10, 12', engine: 'Nunjucks', context: 'eleventy-outside-code' },
  ]);
  expect(warnings.map((warning) => warning.fix)).toEqual(['wrap-liquid-raw', 'wrap-liquid-raw']);
  expect(warnings[0]?.message).toContain('Eleventy would run as Nunjucks');
  expect(warnings[1]?.message).toContain('Eleventy would run as Nunjucks');
});

test('Eleventy without markdownTemplateEngine runs Liquid, its default', () => {
  const warnings = liquidWarnings({
    '.eleventy.js':
      'module.exports = function (eleventyConfig) { return { dir: { input: "src" } }; };',
  });
  expect(warnings.map((warning) => warning.details?.engine)).toEqual(['Liquid', 'Liquid']);
});

test('the wrap fix puts the code and the tags in {% raw %}, which Nunjucks and Liquid both know', () => {
  const draft = planScenario({
    repo: { 'eleventy.config.js': baseBlogConfig },
    posts: { 'templates.md': post },
    fixes: ['wrap-liquid-raw'],
  });
  const body = parseFrontMatter(draft.files[0]?.content ?? '').body;
  expect(body).toContain('{% raw %}');
  expect(draft.warnings.filter((warning) => warning.code === 'liquid-in-code')).toEqual([]);
});

test('no warning where no template language runs over Markdown', () => {
  expect(
    liquidWarnings({
      'eleventy.config.js': 'export const config = { markdownTemplateEngine: false };',
    }),
  ).toEqual([]);
  expect(
    liquidWarnings(
      { 'eleventy.config.js': baseBlogConfig },
      post.replace('date: 2024-01-01', 'date: 2024-01-01\ntemplateEngineOverride: md'),
    ),
  ).toEqual([]);
});
