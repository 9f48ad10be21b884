import type { SlugStyle, WorkspacePath } from '../../core/api';
import type { slugifyTitle } from '../../core/post/slug';
import { lazyModule } from '../lazy/lazy-module';

/** Makes a title a slug (`core/post/slug.ts`). */
export type Slugify = typeof slugifyTitle;

/**
 * The slug maker, with pinyin-pro for Chinese titles (~200 KB of script): loaded when the form is
 * idle, not parsed at every start.
 */
export const slugModule = lazyModule(() => import('../../core/post/slug'));

/**
 * A Jekyll-style permalink `/posts/YYYY/MM/slug/` from the post's date and slug.
 *
 * The slug comes from the file name (without a leading date, or the folder of a page bundle's
 * index.md), else from the title.
 */
export function suggestPermalink(
  date: string,
  path: WorkspacePath,
  title: string,
  slugStyle: SlugStyle,
  slugifyTitle: Slugify,
): string {
  const parts = path.split('/');
  let name = (parts.at(-1) ?? '').replace(/\.(md|markdown)$/i, '');
  if (name === 'index' || name === '_index') {
    name = parts.at(-2) ?? '';
  }
  const fileSlug = name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
  const slug = /^[a-z0-9][a-z0-9-]*$/i.test(fileSlug)
    ? fileSlug.toLowerCase()
    : slugifyTitle(title, slugStyle);
  const match = /^(\d{4})-(\d{1,2})/.exec(date);
  if (match === null) {
    return `/posts/${slug}/`;
  }
  return `/posts/${match[1]}/${(match[2] ?? '').padStart(2, '0')}/${slug}/`;
}
