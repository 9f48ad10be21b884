import { formatDay, formatIso, type PostDate } from '../dates';
import type { RepoFacts } from '../repo-facts';
import type { FieldEdit, PostFacts } from './types';

/** The written date text of a post, if its front matter has one under `key`. */
export function writtenDate(post: PostFacts): string | null {
  if (post.dateKey === null) {
    return null;
  }
  const value = post.data[post.dateKey];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * Edits that put the post's date under `key`, written as `format` produces, when that differs.
 *
 * A date already written acceptably is left byte-for-byte alone (`accepts`), so exporting does not
 * churn the user's front matter.
 */
export function dateEdits(
  post: PostFacts,
  key: string,
  format: (date: PostDate) => string,
  accepts: (written: string) => boolean,
): FieldEdit[] {
  const edits: FieldEdit[] = [];
  const written = writtenDate(post);
  if (post.dateKey !== null && post.dateKey !== key && post.data[key] === undefined) {
    edits.push({ op: 'rename', from: post.dateKey, to: key });
  }
  if (written === null || !accepts(written)) {
    const text = format(post.date);
    edits.push({ op: 'set', key, value: { kind: text.length > 10 ? 'datetime' : 'date', text } });
  }
  return edits;
}

/** `YYYY-MM-DD` or an ISO date-time: what Jekyll, Hugo, Astro and Eleventy all read. */
export function isIsoLike(written: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(
    written.trim(),
  );
}

/** The date as a day when it has no time, else as ISO. */
export function dayOrIso(date: PostDate): string {
  return date.hasTime ? formatIso(date) : formatDay(date);
}

/** `draft: true` when the post is a draft and does not say so with that key. */
export function draftEdits(post: PostFacts): FieldEdit[] {
  return post.draft && post.data.draft !== true
    ? [{ op: 'set', key: 'draft', value: { kind: 'boolean', text: 'true' } }]
    : [];
}

/** `published: false` for a draft kept in `_posts/` (the target's draft style), unless already so. */
export function publishedFalseEdits(post: PostFacts, repo: RepoFacts): FieldEdit[] {
  return post.draft && repo.draftStyle === 'published-false' && post.data.published !== false
    ? [{ op: 'set', key: 'published', value: { kind: 'boolean', text: 'false' } }]
    : [];
}

/** Renames `from` to `to` when the post has `from` and not `to`. */
export function renameEdit(post: PostFacts, from: string, to: string): FieldEdit[] {
  return post.data[from] !== undefined && post.data[to] === undefined
    ? [{ op: 'rename', from, to }]
    : [];
}

/** The folder part of a relative path ('' for a top-level file). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins relative path parts, skipping empty ones. */
export function joinPath(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('/');
}

/** A relative link from the folder `from` to the file `to` (both relative to the same root). */
export function relativeLink(from: string, to: string): string {
  const fromParts = from === '' ? [] : from.split('/');
  const toParts = to.split('/');
  let common = 0;
  while (
    common < fromParts.length &&
    common < toParts.length - 1 &&
    fromParts[common] === toParts[common]
  ) {
    common++;
  }
  const ups = fromParts.slice(common).map(() => '..');
  return [...ups, ...toParts.slice(common)].join('/');
}
