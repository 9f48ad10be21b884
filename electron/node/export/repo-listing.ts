import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveInside } from '../fs/confine';
import { repoConfigFiles, type RepoListing } from '../../../core/export/detect';

/** Folders that never hold posts and can be huge. */
const skipped = new Set([
  '.git',
  'node_modules',
  '_site',
  'themes',
  'resources',
  '.jekyll-cache',
  '.astro',
  'dist',
  'vendor',
  // A workspace kept inside the blog: its own state is no part of the repository.
  '.postwright',
]);

const maxDepth = 5;
const maxEntries = 50_000;

/**
 * Lists a repository folder (folders end with `/`) and reads its configuration files.
 *
 * Bounded in depth and count so that pointing a target at a huge folder stays fast; symbolic links
 * are listed but never followed.
 */
export async function readRepoListing(root: string): Promise<RepoListing> {
  const paths: string[] = [];
  const walk = async (relative: string, depth: number): Promise<void> => {
    if (depth > maxDepth || paths.length >= maxEntries) {
      return;
    }
    let entries;
    try {
      entries = await readdir(relative === '' ? root : join(root, relative), {
        withFileTypes: true,
      });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (skipped.has(entry.name) || skipped.has(path)) {
          continue;
        }
        paths.push(`${path}/`);
        await walk(path, depth + 1);
      } else {
        paths.push(path);
      }
      if (paths.length >= maxEntries) {
        return;
      }
    }
  };
  await walk('', 0);
  const texts: Record<string, string> = {};
  for (const file of repoConfigFiles) {
    if (paths.includes(file)) {
      try {
        // Confined: a configuration linked to a file outside the repository is not evidence.
        texts[file] = await readFile(await resolveInside(root, file), 'utf8');
      } catch {
        // Unreadable configuration is simply not evidence.
      }
    }
  }
  return { paths, texts };
}
