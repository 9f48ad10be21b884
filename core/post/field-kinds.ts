import type { FieldKind, FrontMatterField } from './front-matter-types';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern =
  /^\d{4}-\d{2}-\d{2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]*(?:[Zz]|[+-]\d{1,2}(?::?\d{2})?))?$/;

/** 'date' or 'datetime' when a string is written like one, else null. */
export function dateKindOf(text: string): 'date' | 'datetime' | null {
  if (datePattern.test(text)) {
    return 'date';
  }
  return dateTimePattern.test(text) ? 'datetime' : null;
}

/**
 * The value `data` holds for a number written as `text`: the number when it prints back the
 * same, else the text (`0123`, `1.10`, a 20-digit id would all change as numbers).
 */
export function numberOrText(value: number | bigint, text: string): number | string {
  if (typeof value === 'number' && String(value) === text) {
    return value;
  }
  return text;
}

/** A null-prototype record, so a `__proto__` key is just a key. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Copies a parsed JSON-like value into null-prototype records (so `__proto__` stays a plain key),
 * turning every other value with `leaf` (an object that `leaf` returns unchanged is a container).
 */
export function plainCopy(value: unknown, leaf: (value: unknown) => unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => plainCopy(item, leaf));
  }
  if (typeof value === 'object' && value !== null && leaf(value) === value) {
    const record = emptyRecord<unknown>();
    for (const [key, item] of Object.entries(value)) {
      record[key] = plainCopy(item, leaf);
    }
    return record;
  }
  return leaf(value);
}

/** Builds a field record. */
export function field(
  key: string,
  kind: FieldKind,
  text: string,
  items: string[] | null,
  line: number,
): FrontMatterField {
  return { key, kind, text, items, line };
}

/** Removes the common indentation of a block of lines (for showing a nested value on its own). */
export function dedent(source: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const indent = indents.length === 0 ? 0 : Math.min(...indents);
  return lines
    .map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0)))
    .join('\n')
    .replace(/\n+$/, '');
}

/** Whether a text has a control character (C0 other than tab, DEL, C1) or a line separator. */
export function hasControlCharacter(text: string, allowTab = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 9 && allowTab) {
      continue;
    }
    if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff
    ) {
      return true;
    }
  }
  return false;
}
