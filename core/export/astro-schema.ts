import type { RepoListing } from './detect';

/** What an Astro content collection's schema demands of a post, as far as its text says. */
export interface AstroSchema {
  /** Every top-level field the schema names. */
  fields: string[];
  /** Top-level fields with neither `.optional()` nor a default. */
  required: string[];
  /** Fields holding an image (`image()`), which Astro resolves relative to the post. */
  imageFields: string[];
  /** Fields holding a date (`z.date()`, `z.coerce.date()`), in the schema's order. */
  dateFields: string[];
}

/** Where Astro keeps the content configuration (Astro 5, then the older location). */
export const astroContentConfigFiles: readonly string[] = [
  'src/content.config.ts',
  'src/content.config.mts',
  'src/content.config.mjs',
  'src/content.config.js',
  'src/content/config.ts',
  'src/content/config.mts',
  'src/content/config.mjs',
  'src/content/config.js',
];

/**
 * Reads the schema of the collection stored in `collectionDir` from the configuration's text.
 *
 * The file is code and is never run: this is a light scan of `z.object({ ... })`. Null when the
 * collection or its schema cannot be found plainly, so nothing is claimed on a guess.
 */
export function readAstroSchema(text: string, collectionDir: string): AstroSchema | null {
  const code = blankComments(text);
  const collections = collectionsOf(code);
  const folder = collectionDir.slice(collectionDir.lastIndexOf('/') + 1);
  const chosen =
    collections.find((entry) => entry.body.includes(collectionDir)) ??
    collections.find((entry) => entry.name === folder) ??
    (collections.length === 1 ? collections[0] : undefined);
  if (chosen === undefined) {
    return null;
  }
  const schemaAt = /\bschema\s*:/.exec(chosen.body);
  const objectAt =
    schemaAt === null
      ? null
      : /\bz\s*\.\s*object\s*\(\s*\{/.exec(chosen.body.slice(schemaAt.index));
  if (schemaAt === null || objectAt === null) {
    return null;
  }
  const open = schemaAt.index + objectAt.index + objectAt[0].length - 1;
  const fields = topLevelEntries(chosen.body.slice(open + 1, closingOf(chosen.body, open) - 1));
  if (fields === null) {
    return null;
  }
  return {
    fields: fields.map(({ key }) => key),
    required: fields
      .filter(
        ({ value }) =>
          !/\.\s*(?:optional|default|nullish)\s*\(|\bz\s*\.\s*optional\s*\(/.test(value),
      )
      .map(({ key }) => key),
    imageFields: fields
      .filter(({ value }) => /\bimage\s*\(\s*\)/.test(value))
      .map(({ key }) => key),
    dateFields: fields
      .filter(({ value }) => /^\s*z\s*\.\s*(?:coerce\s*\.\s*)?date\s*\(/.test(value))
      .map(({ key }) => key),
  };
}

/** Collection names that hold a blog's posts, most likely first. */
const postCollections = ['blog', 'posts', 'post', 'articles'];

/**
 * The folder the posts collection's glob loader reads (`base: './src/data/blog'`, also through
 * a constant of the same file, as AstroPaper writes it), relative to the project; null when the
 * text does not say it plainly.
 */
export function readAstroCollectionBase(text: string): string | null {
  const code = blankComments(text);
  const collections = collectionsOf(code);
  const chosen =
    postCollections
      .map((name) => collections.find((entry) => entry.name === name))
      .find((entry) => entry !== undefined) ??
    (collections.length === 1 ? collections[0] : undefined);
  const base = chosen === undefined ? null : /\bbase\s*:\s*(["'`])([^"'`\n]*)\1/.exec(chosen.body);
  if (base === null) {
    return null;
  }
  // `./${BLOG_PATH}`: a constant of this file, written as a plain string.
  const value = (base[2] ?? '').replace(
    /\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g,
    (whole, name: string) => {
      const constant = new RegExp(
        `\\b(?:const|let|var)\\s+${name}\\s*=\\s*(["'])([^"'\\n]*)\\1`,
      ).exec(code);
      return base[1] === '`' && constant !== null ? (constant[2] ?? '') : whole;
    },
  );
  const folder = value.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  return /^[\w.-]+(?:\/[\w.-]+)*$/.test(folder) && !folder.split('/').includes('..')
    ? folder
    : null;
}

/** Each `defineCollection(...)` call with the name of the variable it is assigned to. */
function collectionsOf(code: string): { name: string | undefined; body: string }[] {
  return [...code.matchAll(/defineCollection\s*\(/g)].map((match) => {
    const name = /(?:const|let|var)\s+([\w$]+)\s*=\s*$/.exec(code.slice(0, match.index))?.[1];
    const end = closingOf(code, match.index + match[0].length - 1);
    return { name, body: code.slice(match.index, end) };
  });
}

/** `key: value` pairs at the top of an object literal's text; null when one is not that plain. */
function topLevelEntries(text: string): { key: string; value: string }[] | null {
  const entries: { key: string; value: string }[] = [];
  for (const part of splitTopLevel(text)) {
    if (part.trim() === '') {
      continue;
    }
    const entry = /^\s*(?:([A-Za-z_$][\w$]*)|"([^"]+)"|'([^']+)')\s*:([\s\S]*)$/.exec(part);
    const key = entry?.[1] ?? entry?.[2] ?? entry?.[3];
    if (entry === null || key === undefined) {
      // A spread (`...base.shape`) or computed key: the schema is not known in full.
      return null;
    }
    entries.push({ key, value: entry[4] ?? '' });
  }
  return entries;
}

/** Splits on commas outside brackets and strings. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '"' || char === "'" || char === '`') {
      i = stringEnd(text, i);
    } else if ('([{'.includes(char)) {
      depth++;
    } else if (')]}'.includes(char)) {
      depth--;
    } else if (char === ',' && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The index just past the bracket that closes the one at `open` (or the end of the text). */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '"' || char === "'" || char === '`') {
      i = stringEnd(text, i);
    } else if ('([{'.includes(char)) {
      depth++;
    } else if (')]}'.includes(char)) {
      depth--;
      if (depth === 0) {
        return i + 1;
      }
    }
  }
  return text.length;
}

/** The index of the quote closing the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
    } else if (text[i] === quote) {
      return i;
    }
  }
  return text.length;
}

/** The text with comments replaced by spaces (offsets kept), strings left alone. */
function blankComments(text: string): string {
  let result = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(text, i);
      result += text.slice(i, end + 1);
      i = end + 1;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      result += ' '.repeat(stop - i);
      i = stop;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      result += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      result += char;
      i++;
    }
  }
  return result;
}

/** The folder the posts collection is loaded from, as the first content configuration says. */
export function astroCollectionBaseOf(listing: RepoListing): string | null {
  for (const file of astroContentConfigFiles) {
    const text = listing.texts[file];
    const base = text === undefined ? null : readAstroCollectionBase(text);
    if (base !== null) {
      return base;
    }
  }
  return null;
}

/** The posts collection's schema from the first content configuration that says it plainly. */
export function astroSchemaFor(listing: RepoListing, collectionDir: string): AstroSchema | null {
  for (const file of astroContentConfigFiles) {
    const text = listing.texts[file];
    const schema = text === undefined ? null : readAstroSchema(text, collectionDir);
    if (schema !== null) {
      return schema;
    }
  }
  return null;
}
