import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';

/** Where a post's front matter is, as a block of whole source lines. */
export interface FrontMatterBlock {
  format: 'yaml' | 'toml';
  /** Always 0: front matter is only recognised on the first line. */
  startLine: number;
  /** The line after the closing fence (exclusive end, 0-based). */
  endLine: number;
  /** The text between the fences. */
  raw: string;
}

/** What the preview shows above the body: the post's title, date and taxonomy as written. */
export interface FrontMatterSummary {
  title: string | null;
  /** The date exactly as written in the file (never re-formatted). */
  date: string | null;
  tags: string[];
  categories: string[];
  /** Set when the front matter cannot be parsed; the body still renders. */
  error: string | null;
}

const fences = {
  yaml: { open: /^\uFEFF?---[ \t]*$/, close: /^(?:---|\.\.\.)[ \t]*$/ },
  toml: { open: /^\uFEFF?\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/ },
} as const;

/**
 * Finds the front-matter block at the top of a post (`---` YAML or `+++` TOML), or null.
 *
 * An opening fence without a closing one is not front matter (Jekyll and Hugo agree), so the
 * text renders as Markdown.
 */
export function findFrontMatter(lines: readonly string[]): FrontMatterBlock | null {
  const first = lines[0];
  if (first === undefined) {
    return null;
  }
  for (const format of ['yaml', 'toml'] as const) {
    if (!fences[format].open.test(first)) {
      continue;
    }
    for (let line = 1; line < lines.length; line++) {
      if (fences[format].close.test(lines[line] ?? '')) {
        return { format, startLine: 0, endLine: line + 1, raw: lines.slice(1, line).join('\n') };
      }
    }
  }
  return null;
}

/**
 * Reads title, date, tags and categories from a front-matter block, never evaluating anything.
 *
 * YAML is read with the YAML 1.2 core schema, so `date: 2024-01-02` stays the string written.
 */
export function summarizeFrontMatter(block: FrontMatterBlock): FrontMatterSummary {
  let data: unknown;
  try {
    data =
      block.format === 'yaml'
        ? parseYaml(block.raw, { schema: 'core', maxAliasCount: 100, logLevel: 'error' })
        : parseToml(block.raw);
  } catch (error) {
    return {
      title: null,
      date: null,
      tags: [],
      categories: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
  const fields =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  return {
    title: scalarText(fields['title']),
    date: scalarText(fields['date']),
    tags: listOfText(fields['tags']),
    categories: listOfText(fields['categories'] ?? fields['category']),
    error: null,
  };
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  // smol-toml's dates (a Date subclass) print their written precision from toISOString().
  if (value instanceof Date) {
    return value.toISOString();
  }
  return null;
}

function listOfText(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .flatMap((item) => (Array.isArray(item) ? listOfText(item) : [scalarText(item)]))
      .filter(isText);
  }
  const text = scalarText(value);
  if (text === null) {
    return [];
  }
  // Jekyll splits a string of tags on whitespace; a comma list is the other common spelling.
  return text.split(text.includes(',') ? /\s*,\s*/ : /\s+/).filter((item) => item !== '');
}

function isText(value: string | null): value is string {
  return value !== null && value !== '';
}
