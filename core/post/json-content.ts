import type { BlockContent, FrontMatterField } from './front-matter-types';
import { dateKindOf, dedent, emptyRecord, field, numberOrText, plainCopy } from './field-kinds';
import { lineAt, lineStartsOf } from './text-lines';

/** One top-level member of a JSON object, with source ranges. */
export interface JsonMember {
  key: string;
  keyFrom: number;
  keyTo: number;
  valueFrom: number;
  valueTo: number;
}

/** The top-level object of a JSON block: where its braces are and its members. */
export interface JsonObjectScan {
  open: number;
  close: number;
  members: JsonMember[];
}

/** Finds the members of the top-level object (the text must be valid JSON). */
export function scanJsonObject(text: string): JsonObjectScan | null {
  const open = text.indexOf('{');
  if (open === -1) {
    return null;
  }
  const members: JsonMember[] = [];
  let p = skipSpace(text, open + 1);
  while (p < text.length && text[p] !== '}') {
    const keyFrom = p;
    const keyTo = stringEnd(text, p);
    const key = JSON.parse(text.slice(keyFrom, keyTo)) as string;
    const valueFrom = skipSpace(text, text.indexOf(':', keyTo) + 1);
    const valueTo = valueEnd(text, valueFrom);
    members.push({ key, keyFrom, keyTo, valueFrom, valueTo });
    p = skipSpace(text, valueTo);
    if (text[p] === ',') {
      p = skipSpace(text, p + 1);
    }
  }
  return { open, close: p, members };
}

function skipSpace(text: string, position: number): number {
  let p = position;
  while (p < text.length && /\s/.test(text[p] ?? '')) {
    p++;
  }
  return p;
}

function stringEnd(text: string, position: number): number {
  for (let p = position + 1; p < text.length; p++) {
    if (text[p] === '\\') {
      p++;
    } else if (text[p] === '"') {
      return p + 1;
    }
  }
  return text.length;
}

function valueEnd(text: string, position: number): number {
  let depth = 0;
  for (let p = position; p < text.length; p++) {
    const c = text[p];
    if (c === '"') {
      p = stringEnd(text, p) - 1;
      if (depth === 0) {
        return p + 1;
      }
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) {
        return trimEnd(text, position, p);
      }
      if (--depth === 0) {
        return p + 1;
      }
    } else if (c === ',' && depth === 0) {
      return trimEnd(text, position, p);
    }
  }
  return trimEnd(text, position, text.length);
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? '')) {
    end--;
  }
  return end;
}

/** Reads JSON front matter content: fields with their text as written, and plain data. */
export function readJsonContent(content: string, firstLine: number): BlockContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return {
      fields: [],
      data: emptyRecord(),
      isMapping: true,
      isEmpty: false,
      error: jsonError(content, error, firstLine),
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { fields: [], data: emptyRecord(), isMapping: false, isEmpty: false, error: null };
  }
  const tooDeep = tooDeepAt(content);
  if (tooDeep !== null) {
    // Copying a value nested thousands deep would overflow the stack (as in YAML, say so instead).
    const starts = lineStartsOf(content);
    const line = lineAt(starts, tooDeep);
    const error = {
      message: 'Front matter is nested too deeply to read',
      line: line + firstLine - 1,
      column: tooDeep - (starts[line - 1] ?? 0) + 1,
    };
    return { fields: [], data: emptyRecord(), isMapping: true, isEmpty: false, error };
  }
  const scan = scanJsonObject(content);
  const data = emptyRecord<unknown>();
  const fields: FrontMatterField[] = [];
  const starts = lineStartsOf(content);
  for (const member of scan?.members ?? []) {
    const raw = content.slice(member.valueFrom, member.valueTo);
    const value = JSON.parse(raw) as unknown;
    const line = lineAt(starts, member.keyFrom) + firstLine - 1;
    const made = memberField(member.key, raw, value, line);
    fields.push(made.field);
    data[member.key] = made.value;
  }
  return { fields, data, isMapping: true, isEmpty: fields.length === 0, error: null };
}

function memberField(
  key: string,
  raw: string,
  value: unknown,
  line: number,
): { field: FrontMatterField; value: unknown } {
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    const texts = jsonArrayItems(raw);
    return {
      field: field(
        key,
        'list',
        '',
        texts.map((item) => scalarText(item)),
        line,
      ),
      value: texts.map(plainValue),
    };
  }
  if (typeof value === 'object' && value !== null) {
    return { field: field(key, 'map', dedent(raw), null, line), value: toPlain(value) };
  }
  const text = scalarText(raw);
  const kind =
    typeof value === 'string'
      ? (dateKindOf(value) ?? 'string')
      : typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'boolean'
          : 'null';
  return { field: field(key, kind, text, null, line), value: plainValue(raw) };
}

/** Source texts of a flat JSON array's items. */
function jsonArrayItems(raw: string): string[] {
  const scan = scanJsonObject(`{"a":${raw}}`);
  const member = scan?.members[0];
  if (member === undefined) {
    return [];
  }
  const items: string[] = [];
  const source = `{"a":${raw}}`;
  let p = skipSpace(source, member.valueFrom + 1);
  while (p < member.valueTo - 1) {
    const end = valueEnd(source, p);
    items.push(source.slice(p, end));
    p = skipSpace(source, end);
    p = source[p] === ',' ? skipSpace(source, p + 1) : p + 1;
  }
  return items;
}

function scalarText(raw: string): string {
  const value = JSON.parse(raw) as unknown;
  return typeof value === 'string' ? value : raw;
}

function plainValue(raw: string): unknown {
  const value = JSON.parse(raw) as unknown;
  return typeof value === 'number' ? numberOrText(value, raw) : value;
}

function toPlain(value: unknown): unknown {
  return plainCopy(value, (leaf) => leaf);
}

/** How deep JSON front matter may nest (as js-yaml's default for YAML). */
const maxJsonDepth = 100;

/** Offset of the bracket that nests valid JSON deeper than `maxJsonDepth`, or null. */
function tooDeepAt(content: string): number | null {
  let depth = 0;
  for (let index = 0; index < content.length; index += 1) {
    const c = content[index];
    if (c === '"') {
      index = stringEnd(content, index) - 1;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > maxJsonDepth) {
        return index;
      }
    } else if (c === ']' || c === '}') {
      depth -= 1;
    }
  }
  return null;
}

function jsonError(content: string, error: unknown, firstLine: number): BlockContent['error'] {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position === null) {
    return { message, line: null, column: null };
  }
  const offset = Number(position[1]);
  const starts = lineStartsOf(content);
  const line = lineAt(starts, offset);
  return { message, line: line + firstLine - 1, column: offset - (starts[line - 1] ?? 0) + 1 };
}
