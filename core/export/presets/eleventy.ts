import { dateEdits, dayOrIso, isIsoLike } from './common';
import type { ExportPreset } from './types';

/** Eleventy: the blog folder (`content/blog/` in eleventy-base-blog), images in the public folder. */
export const eleventy: ExportPreset = {
  id: 'eleventy',
  label: 'Eleventy',
  dialect: { liquid: false, kramdown: false, dollarMathUnsupported: false, datedFileNames: false },
  permalinkKey: 'permalink',
  postFolders: (repo) => [repo.eleventyPostsDir],
  postPath: (post, repo) => `${repo.eleventyPostsDir}/${post.slug}.md`,
  siteRoot: (repo) => repo.eleventyPublicDir ?? repo.eleventyPostsDir,
  placeImage: (fileName, post, _postTargetPath, repo) =>
    repo.eleventyPublicDir !== null
      ? {
          targetPath: `${repo.eleventyPublicDir}/img/${post.slug}/${fileName}`,
          link: `/img/${post.slug}/${fileName}`,
        }
      : {
          targetPath: `${repo.eleventyPostsDir}/${post.slug}/${fileName}`,
          link: `${post.slug}/${fileName}`,
        },
  frontMatter: (post) => dateEdits(post, 'date', dayOrIso, isIsoLike),
  format: () => 'yaml',
};
