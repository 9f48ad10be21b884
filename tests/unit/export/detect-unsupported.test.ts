import { expect, test } from 'vitest';
import { detectGenerator, type RepoListing } from '../../../core/export/detect';
import { planScenario } from './plan-harness';

// Generators Postwright has no preset for must not pass for one it has: a Zola site (config.toml
// + content/) looked like Hugo, got posts in content/posts/ with Hugo's front matter, and Zola
// refuses front-matter keys it does not know (`tags` belongs in [taxonomies]): the build failed.

function listing(files: Record<string, string>): RepoListing {
  const paths = new Set<string>();
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      paths.add(`${parts.slice(0, i).join('/')}/`);
    }
    paths.add(path);
  }
  return { paths: [...paths].sort(), texts: files };
}

const zola = {
  'config.toml':
    'base_url = "https://example.com"\ncompile_sass = true\nbuild_search_index = true\n\n[markdown]\nhighlight_code = true\n\n[extra]\n',
  'content/_index.md': '+++\nsort_by = "date"\n+++\n',
  'content/blog/_index.md': '+++\ntitle = "List of blog posts"\nsort_by = "date"\n+++\n',
  'content/blog/first.md': '+++\ntitle = "My first post"\ndate = 2019-11-27\n+++\n',
  'templates/base.html': '<html></html>\n',
};

test('a Zola site is no Hugo site: plain, and the evidence names Zola', () => {
  expect(detectGenerator(listing(zola))).toEqual({
    preset: 'plain',
    evidence: ['unsupported-generator:Zola'],
  });
  const draft = planScenario({
    repo: zola,
    posts: { 'hello.md': '---\ntitle: Hello\ndate: 2024-01-02\ntags: [a]\n---\n\nHi\n' },
  });
  expect(draft.preset).toBe('plain');
  expect(draft.files.map((file) => file.targetPath)).toEqual(['hello.md']);
});

test('Docusaurus and VitePress are named as generators without a preset', () => {
  expect(
    detectGenerator(
      listing({
        'docusaurus.config.js': 'export default { title: "Site" };\n',
        'package.json': '{"dependencies":{"@docusaurus/core":"3.6.3"}}',
        'blog/2021-08-26-welcome/index.md': '---\nslug: welcome\n---\n',
      }),
    ),
  ).toEqual({ preset: 'plain', evidence: ['unsupported-generator:Docusaurus'] });
  expect(
    detectGenerator(
      listing({
        'docs/.vitepress/config.mts': 'export default {}\n',
        'docs/index.md': '# Home\n',
      }),
    ),
  ).toEqual({ preset: 'plain', evidence: ['unsupported-generator:VitePress'] });
});

test('a Hugo config.toml with baseURL is still Hugo, and one with both spellings too', () => {
  expect(
    detectGenerator(
      listing({ 'config.toml': 'baseURL = "https://e.org/"\n', 'content/posts/a.md': '' }),
    ).preset,
  ).toBe('hugo');
  expect(
    detectGenerator(
      listing({ 'hugo.toml': 'base_url = "x"\nbaseURL = "https://e.org/"\n', 'content/': '' }),
    ).preset,
  ).toBe('hugo');
});
