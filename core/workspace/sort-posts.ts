import type { PostEntry } from '../api';

/** The orders the post list offers. */
export type PostSort = 'date' | 'title' | 'modified';

/** Every order, in the order the list's menu offers them. */
export const postSorts: readonly PostSort[] = ['date', 'title', 'modified'];

/**
 * Sorts a copy of the entries: newest date first, by title (in the UI's collation), or last modified first.
 *
 * Shared by the app's post list and `postwright list`, so both show posts in the same order.
 */
export function sortPosts(
  entries: readonly PostEntry[],
  sort: PostSort,
  locale: string,
): PostEntry[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const byTitle = (a: PostEntry, b: PostEntry): number =>
    orElse(collator.compare(a.title, b.title), () => a.path.localeCompare(b.path));
  const copy = [...entries];
  if (sort === 'title') {
    return copy.sort(byTitle);
  }
  if (sort === 'modified') {
    return copy.sort((a, b) => orElse(b.mtimeMs - a.mtimeMs, () => byTitle(a, b)));
  }
  // Each date is normalized once, not twice per comparison: sorting 10,000 posts compared ~140,000
  // pairs, ~20 ms of regular expressions on every list update (CPU profile of a start).
  const dates = new Map(copy.map((entry) => [entry, normalizedDate(entry)]));
  return copy.sort((a, b) => {
    // Dates are kept as written; their ISO-like prefix sorts correctly as text.
    const dateA = dates.get(a) ?? '';
    const dateB = dates.get(b) ?? '';
    if (dateA !== dateB) {
      return dateA < dateB ? 1 : -1;
    }
    return orElse(b.mtimeMs - a.mtimeMs, () => byTitle(a, b));
  });
}

function normalizedDate(entry: PostEntry): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/.exec(entry.date ?? '');
  if (match === null) {
    return '';
  }
  const [, year, month, day, hour, minute] = match;
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`;
}

function pad(part: string | undefined): string {
  return (part ?? '0').padStart(2, '0');
}

/** A comparison, or the tie-breaker when it is a tie. */
function orElse(order: number, tieBreak: () => number): number {
  return order !== 0 ? order : tieBreak();
}
