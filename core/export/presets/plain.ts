import type { ExportPreset } from './types';

/** A plain folder: `slug.md` at the top, images in `images/<slug>/`, front matter untouched. */
export const plain: ExportPreset = {
  id: 'plain',
  label: 'Plain folder',
  dialect: { liquid: false, kramdown: false, dollarMathUnsupported: false, datedFileNames: false },
  permalinkKey: 'permalink',
  postFolders: () => [''],
  postPath: (post) => `${post.slug}.md`,
  siteRoot: () => '',
  placeImage: (fileName, post) => {
    const targetPath = `images/${post.slug}/${fileName}`;
    return { targetPath, link: targetPath };
  },
  frontMatter: () => [],
  format: () => 'keep',
};
