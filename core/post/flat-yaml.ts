/**
 * A reader for the flat YAML most front matter is: `key: scalar`, `key: [a, b]`, `key:` followed by
 * `- item` lines or one level of `sub: scalar` lines, quoted strings and comments.
 *
 * It exists for speed (the index reads thousands of posts); it returns null for anything it does
 * not fully understand so the caller can use a real YAML parser instead, never a guess.
 * Scalars keep their text: numbers stay strings as written, dates are never converted.
 */

/** A value the flat reader produces. */
export type FlatValue = string | boolean | null | FlatValue[] | { [key: string]: FlatValue };

const fallback = Symbol('fallback');
type Parsed = FlatValue | typeof fallback;

const topKey = /^([A-Za-z_$][\w$.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const nestedKey = /^([ ]+)([A-Za-z_$][\w$.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const listItem = /^([ ]*)-(?:[ ]+(.*))?$/;
const forbiddenStart = /^(?:[&*!|>%@`{}\],#]|[-?:](?:\s|$))/;

/**
 * Parses flat YAML; null when the text needs a full parser (or is not a mapping). A Map, not an
 * object: a null-prototype object is a dictionary in V8, slower to fill and read for every post.
 */
export function readFlatYaml(text: string): Map<string, FlatValue> | null {
  const result = new Map<string, FlatValue>();
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = stripCr(lines[index] ?? '');
    index++;
    if (isSkippable(line)) {
      continue;
    }
    const match = topKey.exec(line);
    if (match === null) {
      return null;
    }
    const key = match[1] ?? '';
    if (result.has(key)) {
      return null; // duplicate keys are an error the full parser reports
    }
    const inline = match[2] ?? '';
    const start = index;
    while (index < lines.length && isNested(stripCr(lines[index] ?? ''))) {
      index++;
    }
    const nested = start === index ? noLines : lines.slice(start, index).map(stripCr);
    const value = readValue(inline, nested);
    if (value === fallback) {
      return null;
    }
    result.set(key, value);
  }
  return result;
}

const noLines: readonly string[] = [];

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function isSkippable(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

/** A line that belongs to the previous key: indented, a `- ` item, blank or a comment. */
function isNested(line: string): boolean {
  return line === '' || /^[ \t#-]/.test(line) || line.trim() === '';
}

function readValue(inline: string, nested: readonly string[]): Parsed {
  const content = nested.filter((line) => !isSkippable(line));
  const inlineValue = stripComment(inline);
  if (inlineValue !== '') {
    return content.length === 0 ? readScalar(inlineValue, false) : fallback;
  }
  if (content.length === 0) {
    return null;
  }
  return content[0]?.trimStart().startsWith('-') === true
    ? readBlockList(content)
    : readNestedMap(content);
}

function readBlockList(lines: readonly string[]): Parsed {
  const items: FlatValue[] = [];
  let indent: string | null = null;
  for (const line of lines) {
    const match = listItem.exec(line);
    if (match === null || (indent !== null && match[1] !== indent)) {
      return fallback;
    }
    indent = match[1] ?? '';
    const item = readScalar(stripComment(match[2] ?? ''), false);
    if (item === fallback || item === null) {
      return fallback;
    }
    items.push(item);
  }
  return items;
}

function readNestedMap(lines: readonly string[]): Parsed {
  const map: Record<string, FlatValue> = Object.create(null) as Record<string, FlatValue>;
  let indent: string | null = null;
  for (const line of lines) {
    const match = nestedKey.exec(line);
    if (match === null || (indent !== null && match[1] !== indent)) {
      return fallback;
    }
    indent = match[1] ?? '';
    const key = match[2] ?? '';
    const value = readScalar(stripComment(match[3] ?? ''), false);
    if (value === fallback || key in map) {
      return fallback;
    }
    map[key] = value;
  }
  return map;
}

/** Removes a trailing ` # comment` outside quotes and brackets, and trailing blanks. */
function stripComment(value: string): string {
  if (value.startsWith('#')) {
    return '';
  }
  let quote: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote !== null) {
      if (c === quote) {
        quote = null;
      }
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s,[]/.test(value[i - 1] ?? ''))) {
      quote = c;
    } else if (c === '#' && i > 0 && /\s/.test(value[i - 1] ?? '')) {
      return value.slice(0, i).trimEnd();
    }
  }
  return value.trimEnd();
}

function readScalar(value: string, inFlow: boolean): Parsed {
  if (value === '') {
    return null;
  }
  const first = value[0];
  if (first === "'") {
    return readSingleQuoted(value);
  }
  if (first === '"') {
    return readDoubleQuoted(value);
  }
  if (first === '[') {
    return inFlow ? fallback : readFlowList(value);
  }
  if (forbiddenStart.test(value) || /:(?:\s|$)|\s#|\t/.test(value)) {
    return fallback;
  }
  if (inFlow && /[,[\]{}]/.test(value)) {
    return fallback;
  }
  return resolvePlain(value);
}

/** YAML 1.2 core schema booleans and nulls; everything else keeps its text. */
function resolvePlain(value: string): FlatValue {
  switch (value) {
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    default:
      return value;
  }
}

function readSingleQuoted(value: string): Parsed {
  let text = '';
  for (let i = 1; i < value.length; i++) {
    const c = value[i];
    if (c === "'") {
      if (value[i + 1] === "'") {
        text += "'";
        i++;
        continue;
      }
      return i === value.length - 1 ? text : fallback;
    }
    text += c;
  }
  return fallback;
}

function readDoubleQuoted(value: string): Parsed {
  const close = value.indexOf('"', 1);
  if (close !== value.length - 1 || value.includes('\\')) {
    return fallback; // escapes are left to the full parser
  }
  return value.slice(1, -1);
}

function readFlowList(value: string): Parsed {
  if (!value.endsWith(']')) {
    return fallback;
  }
  const inner = value.slice(1, -1).trim();
  if (inner === '') {
    return [];
  }
  if (/['"]/.test(inner)) {
    return readQuotedFlowItems(inner);
  }
  const parts = inner.split(',').map((part) => part.trim());
  if (parts[parts.length - 1] === '') {
    parts.pop(); // YAML allows a trailing comma
  }
  const items: FlatValue[] = [];
  for (const part of parts) {
    const item = part === '' ? fallback : readScalar(part, true);
    if (item === fallback || item === null) {
      return fallback;
    }
    items.push(item);
  }
  return items;
}

/** Flow items where some are quoted: each item must be a whole quoted string or a plain word. */
function readQuotedFlowItems(inner: string): Parsed {
  const items: FlatValue[] = [];
  // The plain word ends on a non-blank (or is one blank right before `,`) so that it and the `\s*`
  // after it never share a blank run (a lazy word rescanned the run once per character).
  const itemPattern =
    /\s*('(?:[^']|'')*'|"[^"\\]*"|[^\s,'"[\]{}](?:[^,'"[\]{}]*[^\s,'"[\]{}])?|\s(?=,|$))\s*(?:,|$)/y;
  let position = 0;
  while (position < inner.length) {
    itemPattern.lastIndex = position;
    const match = itemPattern.exec(inner);
    if (match === null || match[0] === '') {
      return fallback;
    }
    const item = readScalar(match[1] ?? '', true);
    if (item === fallback || item === null) {
      return fallback;
    }
    items.push(item);
    position = itemPattern.lastIndex;
  }
  return items;
}
