import { generatorIds, type GeneratorId } from '../api';
import { astroContentConfigFiles } from './astro-schema';
import { hexoThemeConfigFiles } from './hexo-theme';
import { hugoContentDir, hugoTableFiles, jekyllPostsFolder, readHugoConfig } from './repo-facts';

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

/**
 * The generator a repository looks like, and the facts that made it look so.
 *
 * Each piece of evidence is a code, or `code:value` (the file or folder it names), so that the UI
 * says it in its own language (see `parseEvidence`).
 */
export interface Detection {
  preset: GeneratorId;
  evidence: string[];
}

/** What made detection decide; the UI translates each (`evidence.<code>` in the catalogs). */
export const evidenceCodes = [
  'package-dependency',
  'config-file',
  'folder',
  'hugo-settings',
  'page-bundles',
  'gemfile-jekyll',
  'config-mentions-academicpages',
  'theme-minimal-mistakes',
  'unsupported-generator',
  'nothing-found',
] as const;

/** One reason detection gave, as a code. */
export type EvidenceCode = (typeof evidenceCodes)[number];

/** Splits an evidence string into its code and the path or name it names ('' when none). */
export function parseEvidence(evidence: string): { code: EvidenceCode | null; value: string } {
  const colon = evidence.indexOf(':');
  const code = colon < 0 ? evidence : evidence.slice(0, colon);
  const value = colon < 0 ? '' : evidence.slice(colon + 1);
  return (evidenceCodes as readonly string[]).includes(code)
    ? { code: code as EvidenceCode, value }
    : { code: null, value: evidence };
}

function evidenceOf(code: EvidenceCode, value?: string): string {
  return value === undefined ? code : `${code}:${value}`;
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
  // Hexo themes' own settings (math on demand).
  ...hexoThemeConfigFiles,
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
  // The tables a configuration folder keeps in files of their own (`params.toml`, ...).
  ...hugoTableFiles,
  'archetypes/default.md',
  // Eleventy's configuration is code: it is only ever read as text, never run.
  '.eleventy.js',
  '.eleventy.cjs',
  '.eleventy.mjs',
  'eleventy.config.js',
  'eleventy.config.cjs',
  'eleventy.config.mjs',
  'eleventy.config.ts',
  // Astro's content schema is code too: scanned as text for required fields, never run.
  ...astroContentConfigFiles,
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
    return { preset: 'hexo', evidence: [evidenceOf('package-dependency', 'hexo')] };
  }
  const astro = listing.paths.find((p) => astroConfig.test(p));
  if (astro !== undefined || packageJson.has('astro')) {
    return {
      preset: 'astro',
      evidence: [
        astro !== undefined
          ? evidenceOf('config-file', astro)
          : evidenceOf('package-dependency', 'astro'),
      ],
    };
  }
  const eleventy = listing.paths.find((p) => eleventyConfig.test(p));
  if (eleventy !== undefined || packageJson.has('@11ty/eleventy')) {
    return {
      preset: 'eleventy',
      evidence: [
        eleventy !== undefined
          ? evidenceOf('config-file', eleventy)
          : evidenceOf('package-dependency', '@11ty/eleventy'),
      ],
    };
  }
  const hugo = hugoEvidence(listing);
  if (hugo?.strong === true) {
    return hugo.detection;
  }
  const jekyll = jekyllDetection(listing, has, hasUnder);
  if (jekyll !== null) {
    return jekyll;
  }
  if (hugo !== null) {
    return hugo.detection;
  }
  const unsupported = unsupportedGenerator(listing);
  return {
    preset: 'plain',
    evidence: [
      unsupported === null
        ? evidenceOf('nothing-found')
        : evidenceOf('unsupported-generator', unsupported),
    ],
  };
}

/**
 * A generator Postwright has no preset for, by its own configuration file: its posts are written
 * as a plain folder, and the dialog says why instead of passing it for one it knows.
 */
function unsupportedGenerator(listing: RepoListing): string | null {
  if (isZola(listing)) {
    return 'Zola';
  }
  if (listing.paths.some((p) => /^docusaurus\.config\.[cm]?[jt]s$/.test(p))) {
    return 'Docusaurus';
  }
  if (listing.paths.some((p) => /(?:^|\/)\.vitepress\/config\.[cm]?[jt]s$/.test(p))) {
    return 'VitePress';
  }
  return null;
}

/** Zola's `config.toml` spells the site address `base_url`; Hugo's is `baseURL`. */
function isZola(listing: RepoListing): boolean {
  if (listing.texts['config.toml'] === undefined) {
    return false;
  }
  const config = readHugoConfig(listing, []);
  const keys = Object.keys(config).map((key) => key.toLowerCase());
  return keys.includes('base_url') && !keys.includes('baseurl');
}

/**
 * Hugo, by its configuration: `hugo.*` and `config/_default/` are Hugo's own names; a bare
 * `config.*` is Hugo's when its content folder exists or it holds settings only Hugo has.
 *
 * Weak evidence (a `config.*` with Hugo settings and no content folder yet) gives way to Jekyll.
 */
function hugoEvidence(listing: RepoListing): { strong: boolean; detection: Detection } | null {
  const config = listing.paths.find((p) => hugoConfigs.test(p));
  if (config === undefined || (config === 'config.toml' && isZola(listing))) {
    return null;
  }
  const contentDir = hugoContentDir(listing);
  const hasContent = listing.paths.some((p) => p.startsWith(`${contentDir}/`));
  const ownName = !/^config\.[a-z]+$/.test(config);
  const settings = hasHugoSettings(listing);
  if (!ownName && !hasContent && !settings) {
    return null;
  }
  const evidence = [evidenceOf('config-file', config)];
  if (hasContent) {
    evidence.push(evidenceOf('folder', `${contentDir}/`));
  } else if (settings) {
    evidence.push(evidenceOf('hugo-settings', config));
  }
  const detection: Detection =
    countBundles(listing.paths, contentDir) > 0
      ? { preset: 'hugo-bundle', evidence: [...evidence, evidenceOf('page-bundles')] }
      : { preset: 'hugo', evidence };
  return { strong: ownName || hasContent, detection };
}

function jekyllDetection(
  listing: RepoListing,
  has: (path: string) => boolean,
  hasUnder: (folder: string) => boolean,
): Detection | null {
  const configName = '_config.yml' in listing.texts ? '_config.yml' : '_config.yaml';
  const jekyllConfig = listing.texts[configName];
  if (jekyllConfig === undefined) {
    return null;
  }
  // Posts live under `source:` and `collections_dir:` when the configuration sets them.
  const postsFolder = `${jekyllPostsFolder(listing)}/`;
  const hasPosts = has(postsFolder) || hasUnder(postsFolder);
  if (!hasPosts && !/jekyll|github-pages/.test(listing.texts.Gemfile ?? '')) {
    return null;
  }
  const evidence = [
    evidenceOf('config-file', configName),
    hasPosts ? evidenceOf('folder', postsFolder) : evidenceOf('gemfile-jekyll'),
  ];
  if (/academicpages/i.test(jekyllConfig)) {
    return {
      preset: 'jekyll-academicpages',
      evidence: [...evidence, evidenceOf('config-mentions-academicpages', configName)],
    };
  }
  const academicFolder = ['_publications/', '_talks/'].find(has);
  if (academicFolder !== undefined) {
    return {
      preset: 'jekyll-academicpages',
      evidence: [...evidence, evidenceOf('folder', academicFolder)],
    };
  }
  if (/^\s*(?:remote_)?theme\s*:\s*["']?(?:mmistakes\/)?minimal-mistakes/m.test(jekyllConfig)) {
    return {
      preset: 'jekyll-minimal-mistakes',
      evidence: [...evidence, evidenceOf('theme-minimal-mistakes', configName)],
    };
  }
  return { preset: 'jekyll', evidence };
}

/** Settings only a Hugo configuration has (a bare `config.json` may belong to anything). */
function hasHugoSettings(listing: RepoListing): boolean {
  const config = readHugoConfig(listing, []);
  return [
    'baseURL',
    'baseurl',
    'contentDir',
    'languageCode',
    'defaultContentLanguage',
    'hasCJKLanguage',
    'module',
    'markup',
    'taxonomies',
    'permalinks',
  ].some((key) => key in config);
}

/** Posts stored as `content/<section>/<name>/index.md` page bundles. */
function countBundles(paths: readonly string[], contentDir: string): number {
  const inContent = paths
    .filter((p) => p.startsWith(`${contentDir}/`))
    .map((p) => p.slice(contentDir.length + 1));
  return (
    inContent.filter((p) => /^[^/]+\/[^/]+\/index(?:\.[a-z-]+)?\.md$/i.test(p)).length -
    inContent.filter((p) => /^[^/]+\/(?!_index)[^/]+\.md$/i.test(p)).length
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
