import { formatDateTime, toZone } from '../dates';
import { dateEdits, folderOf, joinPath, publishedFalseEdits } from './common';
import type { ExportPreset } from './types';

/** Hexo: `source/_posts/slug.md`, dates as `YYYY-MM-DD HH:mm:ss` in the blog's zone. */
export const hexo: ExportPreset = {
  id: 'hexo',
  label: 'Hexo',
  dialect: { liquid: false, kramdown: false, dollarMathUnsupported: false, datedFileNames: false },
  permalinkKey: 'permalink',
  postFolders: (repo) => [`${repo.hexoSourceDir}/_posts`, `${repo.hexoSourceDir}/_drafts`],
  postPath: (post, repo) =>
    `${repo.hexoSourceDir}/${post.draft && repo.draftStyle === 'drafts-folder' ? '_drafts' : '_posts'}/${post.slug}.md`,
  siteRoot: (repo) => repo.hexoSourceDir,
  // With post_asset_folder the post's images live in a folder named like the post, linked by name.
  placeImage: (fileName, post, postTargetPath, repo) =>
    repo.hexoAssetFolder
      ? { targetPath: joinPath(folderOf(postTargetPath), post.slug, fileName), link: fileName }
      : {
          targetPath: `${repo.hexoSourceDir}/images/${post.slug}/${fileName}`,
          link: `/images/${post.slug}/${fileName}`,
        },
  frontMatter: (post, repo) => [
    ...dateEdits(
      post,
      'date',
      (date) => formatDateTime(toZone(date, repo.timeZone)),
      (written) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(written.trim()),
    ),
    ...publishedFalseEdits(post, repo),
  ],
  format: () => 'yaml',
};
