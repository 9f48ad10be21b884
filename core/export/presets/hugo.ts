import { dateEdits, dayOrIso, draftEdits, folderOf, isIsoLike, renameEdit } from './common';
import type { ExportPreset, PostFacts } from './types';

/** `.zh` for a translation: Hugo tells a post's languages apart by file name. */
function languageSuffix(post: PostFacts): string {
  return post.language === null ? '' : `.${post.language}`;
}

/** Hugo reads a post's own URL from `url`; Postwright's form writes `permalink`. */
const hugoBase = {
  dialect: {
    liquid: false,
    kramdown: false,
    dollarMathUnsupported: false,
    datedFileNames: false,
    translationsByFileName: true,
  },
  permalinkKey: 'url',
  postFolders: (repo: { hugoSection: string }) => [folderOf(repo.hugoSection) || repo.hugoSection],
  siteRoot: () => 'static',
  frontMatter: (post: Parameters<ExportPreset['frontMatter']>[0]) => [
    ...renameEdit(post, 'permalink', 'url'),
    ...dateEdits(post, 'date', dayOrIso, isIsoLike),
    ...draftEdits(post),
  ],
  // Hugo reads YAML, TOML and JSON front matter alike: a post keeps its own, since converting
  // would lose its comments and values TOML cannot hold.
  format: () => 'keep' as const,
} satisfies Partial<ExportPreset>;

/** Hugo, one file per post: `content/posts/slug.md`, images under `static/images/<slug>/`. */
export const hugo: ExportPreset = {
  ...hugoBase,
  id: 'hugo',
  label: 'Hugo',
  postPath: (post, repo) => `${repo.hugoSection}/${post.slug}${languageSuffix(post)}.md`,
  placeImage: (fileName, post) => ({
    targetPath: `static/images/${post.slug}/${fileName}`,
    link: `/images/${post.slug}/${fileName}`,
  }),
};

/** Hugo page bundles: `content/posts/slug/index.md` with its images inside the bundle. */
export const hugoBundle: ExportPreset = {
  ...hugoBase,
  id: 'hugo-bundle',
  label: 'Hugo (page bundles)',
  // Translations share the bundle (and its images): `index.md`, `index.zh.md`.
  postPath: (post, repo) => `${repo.hugoSection}/${post.slug}/index${languageSuffix(post)}.md`,
  placeImage: (fileName, _post, postTargetPath) => ({
    targetPath: `${folderOf(postTargetPath)}/${fileName}`,
    link: fileName,
  }),
};
