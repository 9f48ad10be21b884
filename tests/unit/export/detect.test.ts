import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { detectGenerator, repoConfigFiles, type RepoListing } from '../../../core/export/detect';
import { readRepoFacts } from '../../../core/export/repo-facts';

/** Lists a folder the way the runner does: folders end with '/', config files are read. */
function listing(root: string): RepoListing {
  const paths: string[] = [];
  const walk = (relative: string): void => {
    for (const name of readdirSync(join(root, relative)).sort()) {
      const path = relative === '' ? name : `${relative}/${name}`;
      if (statSync(join(root, path)).isDirectory()) {
        paths.push(`${path}/`);
        walk(path);
      } else {
        paths.push(path);
      }
    }
  };
  walk('');
  const texts: Record<string, string> = {};
  for (const file of repoConfigFiles) {
    if (paths.includes(file)) {
      texts[file] = readFileSync(join(root, file), 'utf8');
    }
  }
  return { paths, texts };
}

const own = fileURLToPath(new URL('../../fixtures/export/repos/', import.meta.url));
const shared = fileURLToPath(new URL('../../../../shared/fixtures/blog-repos/', import.meta.url));

test.each([
  ['jekyll-academicpages', 'jekyll-academicpages'],
  ['jekyll-minimal-mistakes', 'jekyll-minimal-mistakes'],
  ['jekyll', 'jekyll'],
  ['hugo-toml', 'hugo'],
  ['hugo-yaml', 'hugo'],
  ['hugo-bundle', 'hugo-bundle'],
  ['hexo', 'hexo'],
  ['astro', 'astro'],
  ['eleventy', 'eleventy'],
  ['plain', 'plain'],
])('our %s skeleton is detected as %s, with evidence', (folder, preset) => {
  const found = detectGenerator(listing(join(own, folder)));
  expect(found.preset).toBe(preset);
  expect(found.evidence.length).toBeGreaterThan(0);
});

describe.skipIf(!existsSync(shared))('the shared real repository skeletons', () => {
  test.each([
    ['jekyll-academicpages', 'jekyll-academicpages'],
    ['jekyll-minimal-mistakes', 'jekyll-minimal-mistakes'],
    ['hugo-toml', 'hugo'],
    ['hugo-yaml-legacy-config', 'hugo'],
    ['hugo-config-dir', 'hugo'],
    ['hexo', 'hexo'],
    ['astro', 'astro'],
    ['eleventy', 'eleventy'],
  ])('%s is detected as %s', (folder, preset) => {
    expect(detectGenerator(listing(join(shared, folder))).preset).toBe(preset);
  });

  test('repository facts: Hugo section, Hexo asset folders and zone, Eleventy and Astro folders', () => {
    expect(readRepoFacts(listing(join(shared, 'hugo-config-dir'))).hugoSection).toBe(
      'content/post',
    );
    expect(readRepoFacts(listing(join(shared, 'hugo-yaml-legacy-config'))).hugoSection).toBe(
      'content/posts',
    );
    expect(readRepoFacts(listing(join(shared, 'hugo-toml'))).hugoFrontMatter).toBe('toml');
    const hexo = readRepoFacts(listing(join(shared, 'hexo')));
    expect([hexo.hexoAssetFolder, hexo.timeZone, hexo.hexoSourceDir]).toEqual([
      true,
      'Asia/Shanghai',
      'source',
    ]);
    expect(readRepoFacts(listing(join(shared, 'eleventy')))).toMatchObject({
      eleventyPostsDir: 'content/blog',
      eleventyPublicDir: 'public',
    });
    expect(readRepoFacts(listing(join(shared, 'astro'))).astroCollectionDir).toBe(
      'src/content/blog',
    );
  });
});

test('garbage configuration is no evidence', () => {
  expect(
    detectGenerator({
      paths: ['package.json', 'README.md'],
      texts: { 'package.json': '{not json' },
    }).preset,
  ).toBe('plain');
  expect(
    detectGenerator({ paths: ['config.toml'], texts: { 'config.toml': 'x = 1' } }).preset,
  ).toBe('plain');
});
