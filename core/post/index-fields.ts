/** The few front matter values the post list shows, read the same way from every parser's data. */
export interface ListedFields {
  title: string | null;
  /** As written; never re-formatted. */
  date: string | null;
  draft: boolean;
  tags: string[];
  categories: string[];
  permalink: string | null;
}

/**
 * The keys a post's date is written under, in order: `date` everywhere, and the names Astro's
 * starters give it in their content schemas (`pubDate`, AstroPaper's `pubDatetime`) and Hugo's
 * `publishDate`. The list, the form and the preview read the first one the post has.
 */
export const dateKeys = ['date', 'pubDate', 'pubDatetime', 'publishDate'] as const;

/** The key a post's date is under: the first of `dateKeys` it has, else `date`. */
export function dateKeyOf(has: (key: string) => boolean): string {
  return dateKeys.find((key) => has(key)) ?? 'date';
}

/** Text of a scalar value ('' and non-scalars give null). */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') {
    return value === '' ? null : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return null;
}

/**
 * Tags or categories from a front matter value.
 *
 * Lists give their items (Hexo's nested category lists are flattened); a string is split at
 * whitespace as Jekyll does (`tags: a b` is two tags).
 */
export function termList(value: unknown): string[] {
  if (typeof value === 'string') {
    return value.split(/\s+/).filter((term) => term !== '');
  }
  if (!Array.isArray(value)) {
    const single = scalarText(value);
    return single === null ? [] : [single];
  }
  const terms: string[] = [];
  for (const item of value as unknown[]) {
    if (Array.isArray(item)) {
      terms.push(...termList(item));
    } else {
      const text = scalarText(item);
      if (text !== null) {
        terms.push(text);
      }
    }
  }
  return terms;
}

function own(data: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

/** Picks the listed fields out of parsed front matter data. */
export function pickListedFields(data: Record<string, unknown>): ListedFields {
  return listedFields((key) => own(data, key));
}

/** `pickListedFields` for front matter read into a Map (the flat YAML reader's). */
export function pickListedFieldsOf(data: ReadonlyMap<string, unknown>): ListedFields {
  return listedFields((key) => data.get(key));
}

/**
 * Whether front matter marks a post as a draft: `draft: true`, or Jekyll's `published: false`.
 * The post list and the form's Draft switch both decide with this.
 */
export function isDraft(draft: unknown, published: unknown): boolean {
  return draft === true || published === false;
}

function listedFields(get: (key: string) => unknown): ListedFields {
  const categories = get('categories');
  return {
    title: scalarText(get('title')),
    date: scalarText(get(dateKeyOf((key) => get(key) !== undefined))),
    draft: isDraft(get('draft'), get('published')),
    tags: termList(get('tags')),
    // Jekyll also takes the singular key.
    categories: termList(categories === undefined ? get('category') : categories),
    permalink: scalarText(get('permalink')),
  };
}

/** The listed fields of a post without front matter. */
export const noListedFields: ListedFields = {
  title: null,
  date: null,
  draft: false,
  tags: [],
  categories: [],
  permalink: null,
};
