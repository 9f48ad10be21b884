import { dateEdits, dayOrIso, folderOf, isIsoLike, relativeLink, renameEdit } from './common';
import type { ExportPreset } from './types';

/** Astro content collections: `src/content/blog/slug.md`, `pubDate`, images in `src/assets/`. */
export const astro: ExportPreset = {
  id: 'astro',
  label: 'Astro',
  dialect: { liquid: false, kramdown: false, dollarMathUnsupported: false, datedFileNames: false },
  permalinkKey: null,
  postFolders: (repo) => [repo.astroCollectionDir],
  postPath: (post, repo) => `${repo.astroCollectionDir}/${post.slug}.md`,
  siteRoot: () => 'public',
  // Relative links let Astro's image pipeline optimise the picture.
  placeImage: (fileName, post, postTargetPath) => {
    const targetPath = `src/assets/${post.slug}/${fileName}`;
    return { targetPath, link: relativeLink(folderOf(postTargetPath), targetPath) };
  },
  frontMatter: (post) => [
    ...dateEdits(
      post,
      'pubDate',
      dayOrIso,
      (written) => isIsoLike(written) || !Number.isNaN(Date.parse(written)),
    ),
    // The starter blog's schema requires `description`.
    ...renameEdit(post, 'excerpt', 'description'),
  ],
  format: () => 'yaml',
};
