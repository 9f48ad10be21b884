import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { ExportDraftStyle } from '../api';
import { astroCollectionBaseOf, astroSchemaFor, type AstroSchema } from './astro-schema';
import type { RepoListing } from './detect';
import {
  joinFolders,
  keyOf,
  objectAt,
  pathOfUrl,
  rawStringAt,
  safeFolder,
  stringAt,
  withoutEdgeSlashes,
  withoutTrailingSlashes,
} from './config-values';
import { eleventyConfigText, eleventyTemplateEngine } from './eleventy-config';
import { hexoMathFlag } from './hexo-theme';
import { hugoMathFlag, rawHtmlAllowed } from './hugo-site';
import { readHugoLanguages, type HugoLanguages } from './hugo-languages';

/** What a preset needs to know about a particular repository's configuration. */
export interface RepoFacts {
  /** Hugo: the folder posts go to, e.g. `content/posts` or `content/post`. */
  hugoSection: string;
  /** Hugo: the front-matter key its theme typesets math on demand with (Stack: `math`), if any. */
  hugoMathFlag: string | null;
  /** Hugo: `markup.goldmark.renderer.unsafe = true`, so raw HTML in posts is kept (off by default). */
  hugoRawHtml: boolean;
  /** Hugo: the front-matter format the repository uses (archetype or existing posts), if clear. */
  hugoFrontMatter: 'yaml' | 'toml' | null;
  /** Jekyll `theme:` or `remote_theme:` (`jekyll-theme-chirpy`), if set. */
  jekyllTheme: string | null;
  /** Jekyll `source:`: the folder the site is built from ('' for the repository root). */
  jekyllSource: string;
  /** Jekyll: where `_posts/` and `_drafts/` are, `<source>/<collections_dir>` ('' for the root). */
  jekyllCollectionsDir: string;
  /** Astro: what the posts collection's schema demands, read as text (never run); null if unknown. */
  astroSchema: AstroSchema | null;
  /** Hexo: `source_dir`. */
  hexoSourceDir: string;
  /** Hexo: `post_asset_folder: true` puts a post's images in a folder named after the post. */
  hexoAssetFolder: boolean;
  /** Hexo: the front-matter key its theme renders math on demand with (`mathjax`), if any. */
  hexoMathFlag: string | null;
  /** Hexo: `marked.postAsset: true` resolves `![](name.png)` in the asset folder on every page. */
  hexoPostAsset: boolean;
  /** The blog's IANA time zone (`timezone:` in Jekyll or Hexo `_config.yml`), if set. */
  timeZone: string | null;
  /** Eleventy: the folder blog posts live in. */
  eleventyPostsDir: string;
  /** Eleventy: the folder copied to the site root (passthrough), if any. */
  eleventyPublicDir: string | null;
  /**
   * Eleventy: the template language run over Markdown posts before Markdown (its
   * `markdownTemplateEngine`, Liquid by default), or null when none runs.
   */
  eleventyTemplateEngine: 'Liquid' | 'Nunjucks' | null;
  /** Eleventy: the configuration's text names drafts (a rule leaving them out of the build). */
  eleventyDraftRule: boolean;
  /** Astro: the content collection folder for posts. */
  astroCollectionDir: string;
  /** Jekyll and Hexo: drafts in `_drafts/`, or in `_posts/` with `published: false` (the target's choice). */
  draftStyle: ExportDraftStyle;
  /** What the post's address on the site is built from. */
  url: UrlFacts;
  /** Configuration files that could not be read (the defaults are used instead). */
  configErrors: { file: string; message: string }[];
}

/** The configuration a post's URL depends on (see `postUrl`). */
export interface UrlFacts {
  /** Jekyll: the posts' permalink style (`defaults` for posts, else `permalink:`), default `date`. */
  jekyllPermalink: string;
  /** Jekyll `baseurl`, Hugo's baseURL path, Hexo `root`: prefixed to every address ('' or `/blog`). */
  basePath: string;
  /** Hugo `[permalinks]`: section name to pattern. */
  hugoPermalinks: Record<string, string>;
  hugoUglyUrls: boolean;
  /** Hugo's languages, for the `/<lang>/` prefix of translations. */
  hugoLanguages: HugoLanguages;
  /** Hexo `permalink:`, default `:year/:month/:day/:title/`. */
  hexoPermalink: string;
  /** Astro: the route folder of `src/pages/<folder>/[...slug].astro`, if there is one. */
  astroRoute: string | null;
  /** Eleventy's input folder as its configuration file writes it (read as text), if found. */
  eleventyInput: string | null;
}

/** Reads the facts presets need from a repository listing; defaults where the files say nothing. */
export function readRepoFacts(listing: RepoListing): RepoFacts {
  const has = (path: string): boolean => listing.paths.includes(path);
  const configErrors: RepoFacts['configErrors'] = [];
  const jekyllOrHexo = siteConfig(listing, configErrors);
  const hugo = readHugoConfig(listing, configErrors);
  const contentDir = contentDirOf(hugo);
  const jekyll = jekyllFolders(jekyllOrHexo);
  const mainSections =
    hugo.mainSections ??
    hugo.mainsections ??
    (hugo.params as Record<string, unknown> | undefined)?.mainSections;
  const firstMain =
    Array.isArray(mainSections) && typeof mainSections[0] === 'string' ? mainSections[0] : null;
  const hugoSection =
    firstMain !== null && safeFolder(firstMain)
      ? `${contentDir}/${firstMain}`
      : !has(`${contentDir}/posts/`) && has(`${contentDir}/post/`)
        ? `${contentDir}/post`
        : `${contentDir}/posts`;
  const sourceDir = stringAt(jekyllOrHexo, 'source_dir');
  const eleventyPostsDir =
    ['content/blog', 'src/posts', 'src/blog', 'posts', 'blog'].find((dir) => has(`${dir}/`)) ??
    'posts';
  const eleventyPublicDir = ['public', 'src/public'].find((dir) => has(`${dir}/`)) ?? null;
  const astroCollectionDir =
    astroCollectionBaseOf(listing) ??
    ['src/content/blog', 'src/content/posts', 'src/content/post'].find((dir) => has(`${dir}/`)) ??
    'src/content/blog';
  const zone = stringAt(jekyllOrHexo, 'timezone');
  return {
    hugoSection: safeFolder(hugoSection) ? hugoSection : `${contentDir}/posts`,
    jekyllTheme: stringAt(jekyllOrHexo, 'theme') ?? stringAt(jekyllOrHexo, 'remote_theme'),
    jekyllSource: jekyll.source,
    jekyllCollectionsDir: jekyll.collections,
    astroSchema: astroSchemaFor(listing, astroCollectionDir),
    hugoFrontMatter: hugoFormat(listing),
    hugoRawHtml: rawHtmlAllowed(hugo),
    hugoMathFlag: hugoMathFlag(hugo),
    hexoSourceDir: sourceDir !== null && safeFolder(sourceDir) ? sourceDir : 'source',
    hexoAssetFolder: jekyllOrHexo.post_asset_folder === true,
    hexoMathFlag: hexoMathFlag(listing, jekyllOrHexo),
    hexoPostAsset:
      typeof jekyllOrHexo.marked === 'object' &&
      jekyllOrHexo.marked !== null &&
      (jekyllOrHexo.marked as Record<string, unknown>).postAsset === true,
    timeZone: zone !== null && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) ? zone : null,
    eleventyPostsDir,
    eleventyPublicDir,
    eleventyTemplateEngine: eleventyTemplateEngine(eleventyConfigText(listing)),
    eleventyDraftRule: /\bdrafts?\b/.test(eleventyConfigText(listing) ?? ''),
    astroCollectionDir,
    draftStyle: 'drafts-folder',
    url: readUrlFacts(listing, jekyllOrHexo, hugo),
    configErrors,
  };
}

function readUrlFacts(
  listing: RepoListing,
  site: Record<string, unknown>,
  hugo: Record<string, unknown>,
): UrlFacts {
  const defaultPermalink = postsDefault(site, 'permalink');
  const hugoBase = stringAt(hugo, 'baseURL') ?? stringAt(hugo, 'baseurl');
  const siteBase = stringAt(site, 'baseurl') ?? stringAt(site, 'root');
  const basePath = withoutEdgeSlashes(hugoBase === null ? (siteBase ?? '') : pathOfUrl(hugoBase));
  const permalinks = objectAt(hugo, 'permalinks');
  const pagePermalinks = objectAt(permalinks, 'page');
  const hugoPermalinks: Record<string, string> = {};
  for (const table of [permalinks, pagePermalinks]) {
    for (const [section, pattern] of Object.entries(table)) {
      if (typeof pattern === 'string') {
        hugoPermalinks[section] = pattern;
      }
    }
  }
  const route = listing.paths
    .map((path) => /^src\/pages\/(.+)\/\[(?:\.\.\.)?slug\]\.astro$/.exec(path)?.[1])
    .find((folder) => folder !== undefined && safeFolder(folder));
  const eleventyText = eleventyConfigText(listing);
  const input =
    eleventyText === undefined
      ? null
      : (/\binput\s*:\s*["'`]([^"'`$]+)["'`]/.exec(eleventyText)?.[1] ??
        (/\bdir\s*:/.test(eleventyText) ? null : '.'));
  return {
    // Jekyll's order: front-matter defaults, the posts collection's, then the site's.
    jekyllPermalink:
      typeof defaultPermalink === 'string'
        ? defaultPermalink
        : (rawStringAt(objectAt(objectAt(site, 'collections'), 'posts'), 'permalink') ??
          rawStringAt(site, 'permalink') ??
          'date'),
    basePath: basePath === '' ? '' : `/${basePath}`,
    hugoPermalinks,
    hugoUglyUrls: hugo.uglyURLs === true || hugo.uglyurls === true,
    hugoLanguages: readHugoLanguages(hugo),
    hexoPermalink: rawStringAt(site, 'permalink') ?? ':year/:month/:day/:title/',
    astroRoute: route ?? null,
    eleventyInput:
      input === null ? null : withoutTrailingSlashes(input.replace(/^\.\/?/, '')) || '.',
  };
}

/** The largest configuration file that is parsed (characters, about 1 MB). */
const maxConfigChars = 2 ** 20;

function loadConfig(
  text: string | undefined,
  format: 'yaml' | 'toml' | 'json',
  file: string,
  errors: RepoFacts['configErrors'],
): Record<string, unknown> {
  if (text === undefined) {
    return {};
  }
  if (text.length > maxConfigChars) {
    // Real configuration is kilobytes; a hostile multi-megabyte one held planning for seconds.
    errors.push({ file, message: `larger than 1 MB (${(text.length / 2 ** 20).toFixed(1)} MB)` });
    return {};
  }
  // A configuration saved with a byte-order mark (Windows editors) is still read.
  text = text.replace(/^\uFEFF/, '');
  try {
    const data: unknown =
      format === 'toml'
        ? parseToml(text)
        : format === 'json'
          ? JSON.parse(text)
          : parseYaml(text, { maxAliasCount: 100 });
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch (error) {
    errors.push({
      file,
      message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
    });
    return {};
  }
}

/**
 * A value Jekyll's front-matter `defaults` give posts: from the last entry whose scope takes in
 * `_posts` (type `posts` or none, path `''`, none or under `_posts`) and sets it.
 */
function postsDefault(site: Record<string, unknown>, key: string): unknown {
  const entries = Array.isArray(site.defaults) ? (site.defaults as unknown[]) : [];
  const matching = entries.filter((entry) => {
    const record =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const scope = objectAt(record, 'scope');
    const values = objectAt(record, 'values');
    const type = scope.type;
    const path = typeof scope.path === 'string' ? scope.path.replace(/^\.?\//, '') : '';
    return (
      (type === undefined || type === 'posts') &&
      (path === '' || path === '_posts' || path.startsWith('_posts/')) &&
      values[key] !== undefined
    );
  });
  const last = matching[matching.length - 1];
  return last === undefined ? undefined : objectAt(last as Record<string, unknown>, 'values')[key];
}

/** Hugo's `contentDir` (default `content`), when it is a plain relative folder. */
export function hugoContentDir(listing: RepoListing): string {
  return contentDirOf(readHugoConfig(listing, []));
}

/** Jekyll: the `_posts` folder, under `source:` and `collections_dir:` when they are set. */
export function jekyllPostsFolder(listing: RepoListing): string {
  return joinFolders(jekyllFolders(siteConfig(listing, [])).collections, '_posts');
}

/**
 * Where the default language's posts are: its own `contentDir` (a multilingual site with a
 * folder per language, `content/zh`), else the site's, else `content`.
 */
function contentDirOf(hugo: Record<string, unknown>): string {
  const languages = objectAt(hugo, keyOf(hugo, 'languages'));
  const declared = stringAt(hugo, keyOf(hugo, 'defaultContentLanguage'))?.toLowerCase() ?? 'en';
  const language = objectAt(
    languages,
    Object.keys(languages).find((code) => code.toLowerCase() === declared) ?? declared,
  );
  for (const settings of [language, hugo]) {
    const dir = stringAt(settings, keyOf(settings, 'contentDir'))?.replace(/^\.\//, '');
    if (dir !== undefined && safeFolder(dir)) {
      return dir;
    }
  }
  return 'content';
}

function siteConfig(
  listing: RepoListing,
  errors: RepoFacts['configErrors'],
): Record<string, unknown> {
  const file = '_config.yml' in listing.texts ? '_config.yml' : '_config.yaml';
  return loadConfig(listing.texts[file], 'yaml', file, errors);
}

/**
 * Jekyll's `source:` and `collections_dir:` (relative to the source), as plain relative folders.
 *
 * Configuration is data from the repository: a folder that is absolute or climbs out is ignored.
 */
function jekyllFolders(site: Record<string, unknown>): { source: string; collections: string } {
  const folder = (key: string): string => {
    const value = stringAt(site, key)?.replace(/^(?:\.\/)+/, '');
    return value === undefined || value === '.' || !safeFolder(value) ? '' : value;
  };
  const source = folder('source');
  return { source, collections: joinFolders(source, folder('collections_dir')) };
}

/**
 * The Hugo site configuration (`hugo.*`, `config.*`, `config/_default/*`), or `{}`.
 *
 * A configuration folder keeps some tables in files of their own (`config/_default/params.toml`
 * is `[params]`): those the export reads are merged in, the main file's own keys winning.
 */
export function readHugoConfig(
  listing: RepoListing,
  errors: RepoFacts['configErrors'],
): Record<string, unknown> {
  const config = { ...readMainHugoConfig(listing, errors) };
  for (const [path, text] of Object.entries(listing.texts)) {
    const match = hugoTableFile.exec(path);
    const key = match?.[1];
    const extension = match?.[2];
    if (key === undefined || extension === undefined) {
      continue;
    }
    const table = loadConfig(text, formatOf(extension), path, errors);
    const written = Object.keys(config).find((name) => name.toLowerCase() === key);
    const own = written === undefined ? {} : objectAt(config, written);
    config[written ?? key] = { ...table, ...own };
  }
  return config;
}

/** The files of `config/_default/` named after the table they hold, that the export reads. */
const hugoTableFile =
  /^config\/_default\/(params|languages|permalinks|markup|module)\.(toml|ya?ml|json)$/;

/** Every configuration file `readHugoConfig` may read, for the runner to load. */
export const hugoTableFiles: readonly string[] = [
  'params',
  'languages',
  'permalinks',
  'markup',
  'module',
].flatMap((table) =>
  ['toml', 'yaml', 'yml', 'json'].map((extension) => `config/_default/${table}.${extension}`),
);

function readMainHugoConfig(
  listing: RepoListing,
  errors: RepoFacts['configErrors'],
): Record<string, unknown> {
  for (const [path, text] of Object.entries(listing.texts)) {
    const match = /^(?:config\/_default\/)?(?:hugo|config)\.(toml|ya?ml|json)$/.exec(path);
    if (match?.[1] !== undefined) {
      return loadConfig(text, formatOf(match[1]), path, errors);
    }
  }
  return {};
}

function formatOf(extension: string): 'yaml' | 'toml' | 'json' {
  return extension === 'toml' ? 'toml' : extension === 'json' ? 'json' : 'yaml';
}

/** TOML when the archetype starts with `+++`, YAML when with `---`; else unknown. */
function hugoFormat(listing: RepoListing): 'yaml' | 'toml' | null {
  const archetype = listing.texts['archetypes/default.md'];
  if (archetype === undefined) {
    return null;
  }
  return archetype.startsWith('+++') ? 'toml' : archetype.startsWith('---') ? 'yaml' : null;
}
