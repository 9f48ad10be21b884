/**
 * Finds the top-level statements of a TOML front matter block with their exact source ranges,
 * so values can be shown as written and one key can be replaced without touching the others.
 */

/** One top-level key of a TOML block: `key = value`, or a `[table]` / `[[array]]` section. */
export interface TomlStatement {
  /** The key as TOML names it: dotted keys stay dotted (`params.x`), quotes are removed. */
  key: string;
  kind: 'pair' | 'table' | 'array-of-tables';
  /** Start of the statement's first line and end after its last line ending. */
  from: number;
  to: number;
  /** For pairs: the key's source range and the value's source range. */
  keyFrom: number;
  keyTo: number;
  valueFrom: number;
  valueTo: number;
}

const bareKey = /[A-Za-z0-9_-]/;

/** Scans TOML text into top-level statements (comments and blank lines belong to none). */
export function scanToml(text: string): TomlStatement[] {
  const statements: TomlStatement[] = [];
  let position = 0;
  while (position < text.length) {
    const lineStart = position;
    position = skipBlanks(text, position);
    const c = text[position];
    if (c === undefined) {
      break;
    }
    if (c === '\n' || c === '#' || c === '\r') {
      position = nextLine(text, position);
      continue;
    }
    if (c === '[') {
      statements.push(scanTable(text, lineStart, position));
      // A section runs to the next header: every following pair belongs to it.
      position = sectionEnd(text, nextLine(text, position));
      const last = statements[statements.length - 1];
      if (last !== undefined) {
        last.to = position;
      }
      continue;
    }
    const pair = scanPair(text, lineStart, position);
    statements.push(pair);
    position = pair.to;
  }
  return mergeSections(statements);
}

function skipBlanks(text: string, position: number): number {
  let p = position;
  while (text[p] === ' ' || text[p] === '\t') {
    p++;
  }
  return p;
}

function nextLine(text: string, position: number): number {
  const newline = text.indexOf('\n', position);
  return newline === -1 ? text.length : newline + 1;
}

/** Reads a (possibly dotted, possibly quoted) key; returns the key and where it ends. */
function readKey(text: string, position: number, stop: string): { key: string; end: number } {
  let key = '';
  let p = position;
  while (p < text.length && !stop.includes(text[p] ?? '') && text[p] !== '\n') {
    const c = text[p] ?? '';
    if (c === '"' || c === "'") {
      const close = findQuoteEnd(text, p, c);
      key +=
        c === '"' ? (JSON.parse(text.slice(p, close)) as string) : text.slice(p + 1, close - 1);
      p = close;
    } else if (bareKey.test(c) || c === '.') {
      key += c;
      p++;
    } else {
      p++; // whitespace around dots
    }
  }
  return { key, end: p };
}

function findQuoteEnd(text: string, position: number, quote: string): number {
  for (let p = position + 1; p < text.length; p++) {
    if (quote === '"' && text[p] === '\\') {
      p++;
    } else if (text[p] === quote || text[p] === '\n') {
      return p + 1;
    }
  }
  return text.length;
}

function scanTable(text: string, lineStart: number, position: number): TomlStatement {
  const isArray = text[position + 1] === '[';
  const { key } = readKey(text, position + (isArray ? 2 : 1), ']');
  const first = key.split('.')[0] ?? key;
  return {
    key: first,
    kind: isArray ? 'array-of-tables' : 'table',
    from: lineStart,
    to: nextLine(text, position),
    keyFrom: position,
    keyTo: position,
    valueFrom: position,
    valueTo: position,
  };
}

/** End of a section: the start of the next `[header]` line, or the end of the text. */
function sectionEnd(text: string, position: number): number {
  let p = position;
  while (p < text.length) {
    const start = p;
    p = skipBlanks(text, p);
    if (text[p] === '[') {
      return start;
    }
    if (text[p] === '\n' || text[p] === '#' || text[p] === '\r' || p >= text.length) {
      p = nextLine(text, p);
      continue;
    }
    p = scanPair(text, start, p).to;
  }
  return text.length;
}

function scanPair(text: string, lineStart: number, position: number): TomlStatement {
  const { key, end } = readKey(text, position, '=');
  let keyTo = end;
  while (keyTo > position && /\s/.test(text[keyTo - 1] ?? '')) {
    keyTo--;
  }
  const valueFrom = skipBlanks(text, end + 1);
  const valueTo = valueEnd(text, valueFrom);
  return {
    key,
    kind: 'pair',
    from: lineStart,
    to: nextLine(text, valueTo),
    keyFrom: position,
    keyTo,
    valueFrom,
    valueTo,
  };
}

/** Where a value ends: strings (multi-line too) and brackets are skipped, then a comment or newline. */
function valueEnd(text: string, position: number): number {
  let depth = 0;
  let p = position;
  let lastSignificant = position;
  while (p < text.length) {
    const c = text[p] ?? '';
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), p);
      p = triple ? tripleEnd(text, p, c) : findQuoteEnd(text, p, c);
      lastSignificant = p;
      continue;
    }
    if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
    } else if (c === '#') {
      p = text.indexOf('\n', p);
      if (p === -1 || depth <= 0) {
        return lastSignificant;
      }
      continue;
    } else if (c === '\n' && depth <= 0) {
      return lastSignificant;
    }
    p++;
    if (!/\s/.test(c)) {
      lastSignificant = p;
    }
  }
  return lastSignificant;
}

function tripleEnd(text: string, position: number, quote: string): number {
  const close = quote.repeat(3);
  let p = position + 3;
  while (p < text.length) {
    if (quote === '"' && text[p] === '\\') {
      p += 2;
      continue;
    }
    if (text.startsWith(close, p)) {
      // Up to two quotes may end the string right before the delimiter.
      let end = p + 3;
      while (text[end] === quote && end - p < 5) {
        end++;
      }
      return end;
    }
    p++;
  }
  return text.length;
}

/** Consecutive sections of one top-level key (`[params]`, `[params.x]`) are one field. */
function mergeSections(statements: TomlStatement[]): TomlStatement[] {
  const merged: TomlStatement[] = [];
  for (const statement of statements) {
    const previous = merged[merged.length - 1];
    if (
      previous !== undefined &&
      statement.kind !== 'pair' &&
      previous.kind === statement.kind &&
      previous.key === statement.key &&
      previous.to === statement.from
    ) {
      previous.to = statement.to;
    } else {
      merged.push(statement);
    }
  }
  return merged;
}
