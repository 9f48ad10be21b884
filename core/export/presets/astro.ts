import type { AstroSchema } from '../astro-schema';
import { coverImageKeys } from '../image-sources';
import { dateEdits, dayOrIso, folderOf, isIsoLike, relativeLink, renameEdit } from './common';
import type { ExportPreset, FieldEdit, PostFacts } from './types';

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
  // Without a readable schema, the starter blog's (`pubDate`, `description`) is assumed.
  frontMatter: (post, repo) => [
    ...dateEdits(
      post,
      dateKeyOf(repo.astroSchema),
      dayOrIso,
      (written) => isIsoLike(written) || !Number.isNaN(Date.parse(written)),
    ),
    ...(repo.astroSchema === null || repo.astroSchema.fields.includes('description')
      ? renameEdit(post, 'excerpt', 'description')
      : []),
    ...coverEdits(post, repo.astroSchema),
  ],
  format: () => 'yaml',
};

/**
 * The schema's date field: `pubDate` (the starter's), else `date`, else its first required date
 * field (AstroPaper's `pubDatetime`), else its first date field; `pubDate` when unknown.
 */
function dateKeyOf(schema: AstroSchema | null): string {
  if (schema === null || schema.fields.includes('pubDate')) {
    return 'pubDate';
  }
  if (schema.fields.includes('date')) {
    return 'date';
  }
  return (
    schema.dateFields.find((field) => schema.required.includes(field)) ??
    schema.dateFields[0] ??
    'pubDate'
  );
}

/**
 * The cover image under the schema's one image field (`heroImage` in the starter blog): a field
 * the schema does not name is dropped by Astro. Left alone when the schema has none or several.
 */
function coverEdits(post: PostFacts, schema: AstroSchema | null): FieldEdit[] {
  const target = schema?.imageFields.length === 1 ? schema.imageFields[0] : undefined;
  if (target === undefined || post.data[target] !== undefined || schema === null) {
    return [];
  }
  // The keys the image plan copies a cover image from, so the renamed field is copied too.
  const from = coverImageKeys.find(
    (key) => key !== target && !schema.fields.includes(key) && typeof post.data[key] === 'string',
  );
  return from === undefined ? [] : [{ op: 'rename', from, to: target }];
}
