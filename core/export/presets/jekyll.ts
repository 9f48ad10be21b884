import type { GeneratorId } from '../../api';
import { formatDay } from '../dates';
import { dateEdits, isIsoLike, joinPath, publishedFalseEdits } from './common';
import type { ExportPreset } from './types';

/** Where each Jekyll flavour keeps images: academicpages links `/images/...`. */
const imageRoots: Record<string, string> = {
  jekyll: 'assets/images',
  'jekyll-academicpages': 'images',
  'jekyll-minimal-mistakes': 'assets/images',
};

function jekyllPreset(
  id: GeneratorId,
  label: string,
  dollarMathUnsupported: boolean,
): ExportPreset {
  const imageRoot = imageRoots[id] ?? 'assets/images';
  return {
    id,
    label,
    dialect: { liquid: true, kramdown: true, dollarMathUnsupported, datedFileNames: true },
    permalinkKey: 'permalink',
    // Jekyll reads posts from `<source>/<collections_dir>/_posts`, nowhere else.
    postFolders: (repo) => [
      joinPath(repo.jekyllCollectionsDir, '_posts'),
      joinPath(repo.jekyllCollectionsDir, '_drafts'),
    ],
    // Jekyll shows `_drafts/` only with --drafts, and a draft's name carries no date.
    postPath: (post, repo) =>
      post.draft && repo.draftStyle === 'drafts-folder'
        ? joinPath(repo.jekyllCollectionsDir, '_drafts', `${post.slug}.md`)
        : joinPath(repo.jekyllCollectionsDir, '_posts', `${formatDay(post.date)}-${post.slug}.md`),
    // The site is built from `source:`; files outside it are never published.
    siteRoot: (repo) => repo.jekyllSource,
    placeImage: (fileName, post, _postTargetPath, repo) => {
      const sitePath = `${imageRoot}/${post.slug}/${fileName}`;
      return { targetPath: joinPath(repo.jekyllSource, sitePath), link: `/${sitePath}` };
    },
    frontMatter: (post, repo) => [
      ...dateEdits(post, 'date', formatDay, isIsoLike),
      ...publishedFalseEdits(post, repo),
    ],
    format: () => 'yaml',
  };
}

/** Plain Jekyll: `_posts/YYYY-MM-DD-slug.md`, images in `assets/images/<slug>/`. */
export const jekyll = jekyllPreset('jekyll', 'Jekyll', false);

/** academicpages: images in `/images/`, `permalink` and `excerpt` kept, MathJax with its defaults. */
export const jekyllAcademicpages = jekyllPreset(
  'jekyll-academicpages',
  'Jekyll (academicpages)',
  true,
);

/** Minimal Mistakes: images in `assets/images/`. */
export const jekyllMinimalMistakes = jekyllPreset(
  'jekyll-minimal-mistakes',
  'Jekyll (Minimal Mistakes)',
  false,
);
