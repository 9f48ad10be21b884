import { parse, TomlDate, TomlError } from 'smol-toml';
import type { BlockContent, FrontMatterField } from './front-matter-types';
import { dateKindOf, dedent, emptyRecord, field, numberOrText, plainCopy } from './field-kinds';
import { lineAt, lineStartsOf } from './text-lines';
import { scanToml, type TomlStatement } from './toml-scan';

/**
 * Reads the content of a `+++` block: fields with their text as written, and plain data.
 *
 * `firstLine` is the 1-based file line of the content's first line.
 */
export function readTomlContent(content: string, firstLine: number): BlockContent {
  let parsed: Record<string, unknown>;
  try {
    parsed = parse(content, { integersAsBigInt: 'asNeeded' });
  } catch (error) {
    const line = error instanceof TomlError ? error.line + firstLine - 1 : null;
    const column = error instanceof TomlError ? error.column : null;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      fields: [],
      data: emptyRecord(),
      isMapping: true,
      isEmpty: false,
      error: { message, line, column },
    };
  }
  const data = toPlain(parsed) as Record<string, unknown>;
  const fields: FrontMatterField[] = [];
  const lineStarts = lineStartsOf(content);
  for (const statement of scanToml(content)) {
    const line = lineAt(lineStarts, statement.keyFrom) + firstLine - 1;
    const made = statement.kind === 'pair' ? pairField(content, statement, line) : null;
    if (made === null) {
      // A pair's nested value shows its value's source; a [table] its whole section, header included.
      const source =
        statement.kind === 'pair'
          ? content.slice(statement.valueFrom, statement.valueTo)
          : content.slice(statement.from, statement.to);
      fields.push(field(statement.key, 'map', dedent(source), null, line));
      continue;
    }
    fields.push(made.field);
    if (!statement.key.includes('.')) {
      data[statement.key] = made.value;
    }
  }
  return { fields, data, isMapping: true, isEmpty: fields.length === 0, error: null };
}

function pairField(
  content: string,
  statement: TomlStatement,
  line: number,
): { field: FrontMatterField; value: unknown } | null {
  const raw = content.slice(statement.valueFrom, statement.valueTo);
  const value = parse(`v = ${raw}`, { integersAsBigInt: 'asNeeded' }).v;
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item === 'object' && !(item instanceof TomlDate))) {
      return null;
    }
    const items = arrayItemTexts(raw).map((item, index) => scalarText(value[index], item));
    return {
      field: field(statement.key, 'list', '', items, line),
      value: items.map((item, index) => plainScalar(value[index], item)),
    };
  }
  if (typeof value === 'object' && !(value instanceof TomlDate)) {
    return null;
  }
  const text = scalarText(value, raw);
  return {
    field: field(statement.key, scalarKind(value, text), text, null, line),
    value: plainScalar(value, raw),
  };
}

/** The text a form shows for a TOML scalar: strings decoded, everything else as written. */
function scalarText(value: unknown, raw: string): string {
  return typeof value === 'string' ? value : raw.trim();
}

function scalarKind(value: unknown, text: string): FrontMatterField['kind'] {
  if (value instanceof TomlDate) {
    return value.isDate() ? 'date' : value.isDateTime() ? 'datetime' : 'string';
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return 'number';
  }
  if (typeof value === 'boolean') {
    return 'boolean';
  }
  return dateKindOf(text) ?? 'string';
}

function plainScalar(value: unknown, raw: string): unknown {
  if (value instanceof TomlDate) {
    return raw.trim();
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return numberOrText(value, raw.trim());
  }
  return value;
}

/** Splits the source of an inline array into its items' source texts. */
export function arrayItemTexts(raw: string): string[] {
  return arrayItemRanges(raw).map((range) => raw.slice(range.from, range.to));
}

/** Where each item of a TOML (or JSON) array's source is, without commas, comments or spaces. */
export function arrayItemRanges(raw: string): { from: number; to: number }[] {
  const items: { from: number; to: number }[] = [];
  let depth = 0;
  let from = -1;
  let to = -1;
  for (let p = 0; p < raw.length; p++) {
    const c = raw[p] ?? '';
    if (c === '#') {
      p = raw.indexOf('\n', p);
      if (p === -1) {
        break;
      }
      continue;
    }
    if (/\s/.test(c)) {
      continue;
    }
    if (depth === 0) {
      depth = c === '[' ? 1 : 0; // the array's own bracket
      continue;
    }
    if (depth === 1 && (c === ',' || c === ']')) {
      if (from !== -1) {
        items.push({ from, to });
      }
      from = -1;
      if (c === ']') {
        break;
      }
      continue;
    }
    if (from === -1) {
      from = p;
    }
    if (c === '"' || c === "'") {
      const triple = raw.startsWith(c.repeat(3), p);
      p = triple ? raw.indexOf(c.repeat(3), p + 3) + 2 : closingQuote(raw, p, c);
    } else if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
    }
    to = p + 1;
  }
  return items;
}

function closingQuote(raw: string, position: number, quote: string): number {
  for (let p = position + 1; p < raw.length; p++) {
    if (quote === '"' && raw[p] === '\\') {
      p++;
    } else if (raw[p] === quote) {
      return p;
    }
  }
  return raw.length;
}

/** TOML values as plain JSON-like values: dates as ISO text, big integers as their digits. */
function toPlain(value: unknown): unknown {
  return plainCopy(value, (leaf) =>
    leaf instanceof TomlDate
      ? leaf.toISOString()
      : typeof leaf === 'bigint'
        ? leaf.toString()
        : leaf,
  );
}
