import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { ExportDraftStyle } from '../api';
import type { RepoListing } from './detect';

/** What a preset needs to know about a particular repository's configuration. */
export interface RepoFacts {
  /** Hugo: the folder posts go to, e.g. `content/posts` or `content/post`. */
  hugoSection: string;
  /** Hugo: the front-matter format the repository uses (archetype or existing posts), if clear. */
  hugoFrontMatter: 'yaml' | 'toml' | null;
  /** Hexo: `source_dir`. */
  hexoSourceDir: string;
  /** Hexo: `post_asset_folder: true` puts a post's images in a folder named after the post. */
  hexoAssetFolder: boolean;
  /** Hexo: `marked.postAsset: true` resolves `![](name.png)` in the asset folder on every page. */
  hexoPostAsset: boolean;
  /** The blog's IANA time zone (`timezone:` in Jekyll or Hexo `_config.yml`), if set. */
  timeZone: string | null;
  /** Eleventy: the folder blog posts live in. */
  eleventyPostsDir: string;
  /** Eleventy: the folder copied to the site root (passthrough), if any. */
  eleventyPublicDir: string | null;
  /** Astro: the content collection folder for posts. */
  astroCollectionDir: string;
  /** Jekyll and Hexo: drafts in `_drafts/`, or in `_posts/` with `published: false` (the target's choice). */
  draftStyle: ExportDraftStyle;
}

/** Reads the facts presets need from a repository listing; defaults where the files say nothing. */
export function readRepoFacts(listing: RepoListing): RepoFacts {
  const has = (path: string): boolean => listing.paths.includes(path);
  const jekyllOrHexo = loadConfig(
    listing.texts['_config.yml'] ?? listing.texts['_config.yaml'],
    'yaml',
  );
  const hugo = hugoConfig(listing);
  const contentDir = stringAt(hugo, 'contentDir') ?? 'content';
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
    ['src/content/blog', 'src/content/posts', 'src/content/post'].find((dir) => has(`${dir}/`)) ??
    'src/content/blog';
  const zone = stringAt(jekyllOrHexo, 'timezone');
  return {
    hugoSection: safeFolder(hugoSection) ? hugoSection : 'content/posts',
    hugoFrontMatter: hugoFormat(listing),
    hexoSourceDir: sourceDir !== null && safeFolder(sourceDir) ? sourceDir : 'source',
    hexoAssetFolder: jekyllOrHexo.post_asset_folder === true,
    hexoPostAsset:
      typeof jekyllOrHexo.marked === 'object' &&
      jekyllOrHexo.marked !== null &&
      (jekyllOrHexo.marked as Record<string, unknown>).postAsset === true,
    timeZone: zone !== null && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) ? zone : null,
    eleventyPostsDir,
    eleventyPublicDir,
    astroCollectionDir,
    draftStyle: 'drafts-folder',
  };
}

/** A relative folder made of plain names (configuration is data from the repository, not trusted). */
function safeFolder(path: string): boolean {
  return path
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\0]/.test(part));
}

function stringAt(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\/+$/, '') : null;
}

function loadConfig(
  text: string | undefined,
  format: 'yaml' | 'toml' | 'json',
): Record<string, unknown> {
  if (text === undefined) {
    return {};
  }
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
  } catch {
    return {};
  }
}

function hugoConfig(listing: RepoListing): Record<string, unknown> {
  for (const [path, text] of Object.entries(listing.texts)) {
    const match = /^(?:config\/_default\/)?(?:hugo|config)\.(toml|ya?ml|json)$/.exec(path);
    if (match?.[1] !== undefined) {
      return loadConfig(text, match[1] === 'toml' ? 'toml' : match[1] === 'json' ? 'json' : 'yaml');
    }
  }
  return {};
}

/** TOML when the archetype starts with `+++`, YAML when with `---`; else unknown. */
function hugoFormat(listing: RepoListing): 'yaml' | 'toml' | null {
  const archetype = listing.texts['archetypes/default.md'];
  if (archetype === undefined) {
    return null;
  }
  return archetype.startsWith('+++') ? 'toml' : archetype.startsWith('---') ? 'yaml' : null;
}
