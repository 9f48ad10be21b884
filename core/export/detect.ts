import { generatorIds, type GeneratorId } from '../api';

/**
 * What the runner gathered from a repository folder for detection and planning.
 *
 * `paths` lists files and folders (folders end with `/`) relative to the root, `/` separators, as
 * deep as the runner looked; `texts` holds the contents of the configuration files it read.
 */
export interface RepoListing {
  paths: string[];
  texts: Record<string, string>;
}

/** The generator a repository looks like, and the facts that made it look so. */
export interface Detection {
  preset: GeneratorId;
  evidence: string[];
}

export { generatorIds };

/** Whether an untrusted string names a generator. */
export function isGeneratorId(value: unknown): value is GeneratorId {
  return typeof value === 'string' && (generatorIds as readonly string[]).includes(value);
}

/** Configuration files detection and planning read, relative to the repository root. */
export const repoConfigFiles: readonly string[] = [
  '_config.yml',
  '_config.yaml',
  'package.json',
  'Gemfile',
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
  'config/_default/hugo.toml',
  'config/_default/hugo.yaml',
  'config/_default/config.toml',
  'config/_default/config.yaml',
  'config/_default/hugo.yml',
  'config/_default/config.yml',
  'archetypes/default.md',
  // Eleventy's configuration is code: it is only ever read as text, never run.
  '.eleventy.js',
  '.eleventy.cjs',
  '.eleventy.mjs',
  'eleventy.config.js',
  'eleventy.config.cjs',
  'eleventy.config.mjs',
  'eleventy.config.ts',
];

const hugoConfigs =
  /^(?:hugo|config)\.(?:toml|ya?ml|json)$|^config\/_default\/(?:hugo|config)\.(?:toml|ya?ml|json)$/;
const astroConfig = /^astro\.config\.(?:mjs|js|cjs|ts|mts)$/;
const eleventyConfig = /^(?:\.eleventy\.(?:js|cjs|mjs)|eleventy\.config\.(?:js|cjs|mjs|ts))$/;

/** Guesses the blog generator of a repository from its files; 'plain' when nothing matches. */
export function detectGenerator(listing: RepoListing): Detection {
  const has = (path: string): boolean => listing.paths.includes(path);
  const hasUnder = (folder: string): boolean => listing.paths.some((p) => p.startsWith(folder));
  const packageJson = parsePackageJson(listing.texts['package.json']);

  if (packageJson.has('hexo')) {
    return { preset: 'hexo', evidence: ['package.json depends on hexo'] };
  }
  const astro = listing.paths.find((p) => astroConfig.test(p));
  if (astro !== undefined || packageJson.has('astro')) {
    return {
      preset: 'astro',
      evidence: [astro !== undefined ? `${astro} exists` : 'package.json depends on astro'],
    };
  }
  const eleventy = listing.paths.find((p) => eleventyConfig.test(p));
  if (eleventy !== undefined || packageJson.has('@11ty/eleventy')) {
    return {
      preset: 'eleventy',
      evidence: [
        eleventy !== undefined ? `${eleventy} exists` : 'package.json depends on @11ty/eleventy',
      ],
    };
  }
  const hugo = listing.paths.find((p) => hugoConfigs.test(p));
  if (hugo !== undefined && (has('content/') || hasUnder('content/'))) {
    const evidence = [`${hugo} exists`, 'content/ folder exists'];
    if (countBundles(listing.paths) > 0) {
      return {
        preset: 'hugo-bundle',
        evidence: [...evidence, 'posts are page bundles (index.md)'],
      };
    }
    return { preset: 'hugo', evidence };
  }
  const jekyllConfig = listing.texts['_config.yml'] ?? listing.texts['_config.yaml'];
  if (
    jekyllConfig !== undefined &&
    (has('_posts/') ||
      hasUnder('_posts/') ||
      /jekyll|github-pages/.test(listing.texts.Gemfile ?? ''))
  ) {
    const evidence = [
      '_config.yml exists',
      has('_posts/') || hasUnder('_posts/') ? '_posts/ folder exists' : 'Gemfile uses Jekyll',
    ];
    if (/academicpages/i.test(jekyllConfig) || has('_publications/') || has('_talks/')) {
      const why = /academicpages/i.test(jekyllConfig)
        ? '_config.yml mentions academicpages'
        : '_publications/ or _talks/ exists';
      return { preset: 'jekyll-academicpages', evidence: [...evidence, why] };
    }
    if (/^\s*(?:remote_)?theme\s*:\s*["']?(?:mmistakes\/)?minimal-mistakes/m.test(jekyllConfig)) {
      return {
        preset: 'jekyll-minimal-mistakes',
        evidence: [...evidence, '_config.yml uses the minimal-mistakes theme'],
      };
    }
    return { preset: 'jekyll', evidence };
  }
  return { preset: 'plain', evidence: ['no known generator configuration found'] };
}

/** Posts stored as `content/<section>/<name>/index.md` page bundles. */
function countBundles(paths: readonly string[]): number {
  return (
    paths.filter((p) => /^content\/[^/]+\/[^/]+\/index(?:\.[a-z-]+)?\.md$/i.test(p)).length -
    paths.filter((p) => /^content\/[^/]+\/(?!_index)[^/]+\.md$/i.test(p)).length
  );
}

/** Reads dependency names (and a top-level `hexo` key) from a package.json, tolerating garbage. */
function parsePackageJson(text: string | undefined): Set<string> {
  const names = new Set<string>();
  if (text === undefined) {
    return names;
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) {
      return names;
    }
    const record = data as Record<string, unknown>;
    if ('hexo' in record) {
      names.add('hexo');
    }
    for (const field of ['dependencies', 'devDependencies']) {
      const deps = record[field];
      if (typeof deps === 'object' && deps !== null) {
        Object.keys(deps).forEach((name) => names.add(name));
      }
    }
  } catch {
    // A broken package.json is not evidence of anything.
  }
  return names;
}
