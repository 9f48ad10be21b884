import type { GeneratorId } from '../../api';
import { formatDay } from '../dates';
import { dateEdits, isIsoLike, publishedFalseEdits } from './common';
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
    postFolders: () => ['_posts', '_drafts'],
    // Jekyll shows `_drafts/` only with --drafts, and a draft's name carries no date.
    postPath: (post, repo) =>
      post.draft && repo.draftStyle === 'drafts-folder'
        ? `_drafts/${post.slug}.md`
        : `_posts/${formatDay(post.date)}-${post.slug}.md`,
    siteRoot: () => '',
    placeImage: (fileName, post) => {
      const targetPath = `${imageRoot}/${post.slug}/${fileName}`;
      return { targetPath, link: `/${targetPath}` };
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
