import { doubleQuoted } from '../../../core/post/yaml-render';

/** A placeholder's name: `{{title}}`, `{{date}}`, `{{draft}}`. */
export type PlaceholderName = 'title' | 'date' | 'draft';

/** Every placeholder a post template may hold. */
export const placeholderNames: readonly PlaceholderName[] = ['title', 'date', 'draft'];

/**
 * A template's placeholders, each replaced by one character found nowhere in the template or the
 * values, so the syntax around a placeholder can be read without `{{` passing for a YAML mapping.
 */
export interface Marked {
  marks: Record<PlaceholderName, string>;
  values: Record<PlaceholderName, string>;
}

/** How one placeholder's value is written where it stands. */
export type Render = (value: string, name: PlaceholderName) => string;

/** The value as it is (the body, a comment, a bare date). */
export const raw: Render = (value) => value;

/** The value escaped for the inside of a double-quoted YAML, TOML or JSON string. */
export const insideDouble: Render = (value) => doubleQuoted(value).slice(1, -1);

/** Replaces the placeholders of `template` with marks; `values` fill them later. */
export function markPlaceholders(
  template: string,
  values: Record<PlaceholderName, string>,
): { source: string; marked: Marked } {
  const taken = template + Object.values(values).join('');
  const free: string[] = [];
  for (let code = 0xe000; free.length < placeholderNames.length; code += 1) {
    const char = String.fromCharCode(code);
    if (!taken.includes(char)) {
      free.push(char);
    }
  }
  const [title = '', date = '', draft = ''] = free;
  const marks = { title, date, draft };
  let source = template;
  for (const name of placeholderNames) {
    source = source.replaceAll(`{{${name}}}`, marks[name]);
  }
  return { source, marked: { marks, values } };
}

/** Replaces every mark in `text` with its value as `render` writes it. */
export function fill(text: string, marked: Marked, render: Render): string {
  let result = text;
  for (const name of placeholderNames) {
    // A function, so `$&` in a title is not read as a replacement pattern.
    result = result.replaceAll(marked.marks[name], () => render(marked.values[name], name));
  }
  return result;
}

/** The placeholders `text` holds. */
export function namesIn(text: string, marked: Marked): PlaceholderName[] {
  return placeholderNames.filter((name) => text.includes(marked.marks[name]));
}

/** The placeholder a character marks, if it is a mark. */
export function nameOfMark(char: string, marked: Marked): PlaceholderName | undefined {
  return placeholderNames.find((name) => marked.marks[name] === char);
}
