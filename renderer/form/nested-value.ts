import type { FieldKind, FrontMatterField } from '../../core/post/front-matter-types';

/** Kinds a text, date or switch field shows and writes back exactly. */
const scalarKinds: ReadonlySet<FieldKind> = new Set([
  'string',
  'number',
  'boolean',
  'date',
  'datetime',
  'null',
]);

/** Separator between the levels of a Hexo category hierarchy (`[Diary, Life]`). */
export const levelSeparator = ' › ';

/** Whether a one-value field (Title, Date, Excerpt...) can show and write this key's value. */
export function holdsScalar(field: FrontMatterField | undefined): boolean {
  return field === undefined || scalarKinds.has(field.kind);
}

/**
 * A chips field's items, or null when the value holds nested lists or mappings the chips cannot
 * show (writing the chips back would replace them).
 *
 * A string is read as space-separated items (Jekyll's `tags: a b`); another scalar is one item.
 */
export function chipItems(field: FrontMatterField | undefined): string[] | null {
  if (field === undefined || field.kind === 'null') {
    return [];
  }
  if (field.kind === 'list') {
    return field.items ?? [];
  }
  if (field.kind === 'string') {
    return field.text.split(/\s+/).filter((item) => item !== '');
  }
  return scalarKinds.has(field.kind) ? [field.text] : null;
}

/**
 * A nested value as short labels for a read-only view: a list's items (a nested list as its
 * levels, `Diary › Life`), or a mapping's `key: value` pairs.
 */
export function valueLabels(value: unknown): string[] {
  if (Array.isArray(value)) {
    return (value as unknown[]).map((item) => labelOf(item));
  }
  if (isRecord(value)) {
    return Object.keys(value).map((key) => `${key}: ${labelOf(value[key])}`);
  }
  return [labelOf(value)];
}

function labelOf(value: unknown): string {
  if (Array.isArray(value)) {
    return (value as unknown[]).map((item) => labelOf(item)).join(levelSeparator);
  }
  if (isRecord(value)) {
    const pairs = Object.keys(value).map((key) => `${key}: ${labelOf(value[key])}`);
    return `{${pairs.join(', ')}}`;
  }
  return typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
    ? String(value)
    : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
