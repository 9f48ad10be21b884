import { readFile, stat } from 'node:fs/promises';
import { detectGenerator, repoConfigFiles, type RepoListing } from '../../../core/export/detect';
import { hugoContentDir, jekyllPostsFolder, readRepoFacts } from '../../../core/export/repo-facts';
import { resolveInsideRealRoot } from '../fs/confine';

/** Where the generators keep posts, most specific first: a blog repository opened as a workspace. */
const knownPostsFolders = ['source/_posts', 'content/posts', 'src/content/blog', '_posts', 'posts'];

/**
 * Where new posts go when the workspace's settings name no folder: the folder the blog's
 * configuration names, else a folder where generators usually keep posts (`_posts/`,
 * `content/posts/`...), else the root (''). `realRoot` is the open workspace's (real) root.
 */
export async function defaultPostsFolder(realRoot: string): Promise<string> {
  const configured = await blogPostsFolder(realRoot).catch(() => null);
  if (configured !== null) {
    return configured;
  }
  for (const folder of knownPostsFolders) {
    const path = await resolveInsideRealRoot(realRoot, folder).catch(() => null);
    if (path !== null && (await isFolder(path))) {
      return folder;
    }
  }
  return '';
}

/**
 * The posts folder of a blog repository opened as the workspace, as the export reads the blog:
 * Hugo's section under the default language's `contentDir`, Jekyll's `_posts` under
 * `collections_dir`, Hexo's `source_dir`, Eleventy's and Astro's post folders. Null when the
 * folder is no blog, or that posts folder does not exist.
 *
 * Only the configuration files (up to 512 KB) and a few folders are looked at (no walk of the
 * workspace). Paths are confined to the workspace: a link out is
 * neither read nor chosen (a new post could not be written there).
 */
async function blogPostsFolder(realRoot: string): Promise<string | null> {
  const inside = (path: string): Promise<string | null> =>
    resolveInsideRealRoot(realRoot, path).catch(() => null);
  const found = await Promise.all(
    repoConfigFiles.map(async (file) => {
      const path = await inside(file);
      const text = path !== null && (await isSmallFile(path)) ? await readText(path) : null;
      return text === null ? null : ([file, text] as const);
    }),
  );
  const texts = Object.fromEntries(found.filter((entry) => entry !== null));
  const configured: RepoListing = { paths: Object.keys(texts), texts };
  if (configured.paths.length === 0) {
    return null;
  }
  const first = readRepoFacts(configured);
  const contentDir = hugoContentDir(configured);
  const candidates = [
    ...new Set([
      `${contentDir}/`,
      `${contentDir}/posts/`,
      `${contentDir}/post/`,
      `${first.hugoSection}/`,
      `${jekyllPostsFolder(configured)}/`,
      `${first.hexoSourceDir}/_posts/`,
      `${first.astroCollectionDir}/`,
      ...['content/blog', 'src/posts', 'src/blog', 'posts', 'blog'].map((dir) => `${dir}/`),
      ...['src/content/blog', 'src/content/posts', 'src/content/post'].map((dir) => `${dir}/`),
    ]),
  ];
  const folders = await Promise.all(
    candidates.map(async (folder) => {
      const path = await inside(folder);
      return path !== null && (await isFolder(path)) ? folder : null;
    }),
  );
  const listing: RepoListing = {
    paths: [...configured.paths, ...folders.filter((folder) => folder !== null)],
    texts,
  };
  const facts = readRepoFacts(listing);
  const folder = postsFolderOf(detectGenerator(listing).preset, listing, facts);
  return folder !== null && listing.paths.includes(`${folder}/`) ? folder : null;
}

function postsFolderOf(
  preset: ReturnType<typeof detectGenerator>['preset'],
  listing: RepoListing,
  facts: ReturnType<typeof readRepoFacts>,
): string | null {
  switch (preset) {
    case 'jekyll':
    case 'jekyll-academicpages':
    case 'jekyll-minimal-mistakes':
      return jekyllPostsFolder(listing);
    case 'hugo':
    case 'hugo-bundle':
      return facts.hugoSection;
    case 'hexo':
      return `${facts.hexoSourceDir}/_posts`;
    case 'astro':
      return facts.astroCollectionDir;
    case 'eleventy':
      return facts.eleventyPostsDir;
    case 'plain':
      return null;
  }
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Real configuration files are a few kilobytes; parsing a hostile multi-megabyte `_config.yml`
 * took a minute, holding up the backend: such a file is no evidence here.
 */
const maxConfigBytes = 512 * 1024;

function isSmallFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile() && info.size <= maxConfigBytes,
    () => false,
  );
}

function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
