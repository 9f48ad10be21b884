import { parseFrontMatter } from '../post/front-matter';

/**
 * Sets `parent.child` (a string) in a post's YAML or TOML front matter, changing only that line.
 *
 * Handles block mappings (`header:` then indented `teaser: x`), flow mappings and JSON objects
 * (`"header": { "teaser": "x" }`), TOML tables (`[cover]` then `image = "x"`) and TOML dotted
 * keys (`cover.image = "x"`). Returns null when the value is written another way (nested
 * deeper, a multi-line string): the caller then leaves the value as it was.
 */
export function setNestedString(
  text: string,
  parent: string,
  child: string,
  value: string,
): string | null {
  const parsed = parseFrontMatter(text);
  if (parsed.block === null || parsed.error !== null) {
    return null;
  }
  const { from, to } = parsed.block;
  const lines = splitKeepingEnds(text.slice(from, to));
  // JSON string syntax is valid in both YAML double quotes and TOML basic strings.
  const quoted = JSON.stringify(value);
  const flow = setInFlowMapping(text, from, to, parent, child, quoted);
  if (flow !== null) {
    return flow;
  }
  const index =
    parsed.format === 'yaml'
      ? findYamlChild(lines, parent, child)
      : parsed.format === 'toml'
        ? findTomlChild(lines, parent, child)
        : -1;
  if (index < 0) {
    return null;
  }
  const line = lines[index] ?? '';
  if (parsed.format === 'yaml' && continuesOnNextLine(line, lines[index + 1])) {
    return null;
  }
  const ending = /\r?\n$/.exec(line)?.[0] ?? '';
  const body = line.slice(0, line.length - ending.length);
  const around = aroundValue(body, parsed.format === 'yaml');
  if (around === null) {
    return null;
  }
  lines[index] = `${around[0]}${quoted}${around[1]}${ending}`;
  return text.slice(0, from) + lines.join('') + text.slice(to);
}

/**
 * Splits `key: value  # note` (YAML, indented) or `key = value # note` (TOML) around its value:
 * the key with what follows it up to the value, and the blanks and comment after the value.
 *
 * Written as steps rather than one pattern: a lazy value followed by `\s*` rescans every blank
 * run once per character (a line of blanks froze the export).
 */
function aroundValue(body: string, yaml: boolean): [string, string] | null {
  const head = (yaml ? /^\s[^:#]+:\s*/ : /^[^=]+=\s*/).exec(body);
  if (head === null) {
    return null;
  }
  const rest = body.slice(head[0].length);
  const quoted = (yaml ? yamlQuoted : tomlQuoted).exec(rest);
  if (quoted !== null) {
    return [head[0], rest.slice(quoted[0].length)];
  }
  // A plain value runs to the first `#`, whose comment must reach the end of the line.
  const hash = rest.indexOf('#');
  if (hash !== -1 && /[\n\r\u2028\u2029]/.test(rest.slice(hash))) {
    return null;
  }
  const value = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  return [head[0], rest.slice(value.length)];
}

/** A quoted value followed only by blanks and a comment. */
const yamlQuoted = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(?=\s*(?:#.*)?$)/;
const tomlQuoted = /^(?:"(?:[^"\\]|\\.)*"|'[^']*')(?=\s*(?:#.*)?$)/;

function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function escapeKey(key: string): string {
  return key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line of `child:` inside the top-level block mapping `parent:`. */
function findYamlChild(lines: string[], parent: string, child: string): number {
  const parentLine = new RegExp(`^["']?${escapeKey(parent)}["']?\\s*:\\s*(?:#.*)?\\r?\\n?$`);
  const start = lines.findIndex((line) => parentLine.test(line));
  if (start < 0) {
    return -1;
  }
  let indent: number | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(?:#.*)?\r?\n?$/.test(line)) {
      continue;
    }
    const lead = /^ */.exec(line)?.[0].length ?? 0;
    if (lead === 0) {
      return -1;
    }
    indent ??= lead;
    if (lead !== indent) {
      continue;
    }
    if (new RegExp(`^ +["']?${escapeKey(child)}["']?\\s*:`).test(line)) {
      return i;
    }
  }
  return -1;
}

/** The line of `child = …` in the `[parent]` table, or of `parent.child = …` at the top. */
function findTomlChild(lines: string[], parent: string, child: string): number {
  const dotted = new RegExp(`^\\s*${escapeKey(parent)}\\s*\\.\\s*${escapeKey(child)}\\s*=`);
  const key = new RegExp(`^\\s*${escapeKey(child)}\\s*=`);
  let table: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?\r?\n?$/.exec(line);
    if (header !== null) {
      table = (header[1] ?? '').trim();
      continue;
    }
    if (table === null && dotted.test(line)) {
      return i;
    }
    if (table === parent && key.test(line)) {
      return i;
    }
  }
  return -1;
}

/** `parent: { …, child: value, … }` (YAML flow or JSON, also TOML inline tables) on the block's text. */
function setInFlowMapping(
  text: string,
  from: number,
  to: number,
  parent: string,
  child: string,
  quoted: string,
): string | null {
  const block = text.slice(from, to);
  const open = new RegExp(`(?:^|[\\s{,])["']?${escapeKey(parent)}["']?\\s*[:=]\\s*\\{`, 'm').exec(
    block,
  );
  if (open === null) {
    return null;
  }
  const start = open.index + open[0].length;
  const end = block.indexOf('}', start);
  if (end < 0) {
    return null;
  }
  const inner = block.slice(start, end);
  const entry = new RegExp(
    `((?:^|[\\s{,])["']?${escapeKey(child)}["']?\\s*[:=]\\s*)("(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^,}\\n]*[^,}\\s])`,
  ).exec(inner);
  if (entry === null) {
    return null;
  }
  const valueStart = from + start + entry.index + (entry[1] ?? '').length;
  return text.slice(0, valueStart) + quoted + text.slice(valueStart + (entry[2] ?? '').length);
}

/**
 * The first character of a `key: value` line's value; '' when there is none (or only a comment).
 * Reads what `/:\s*(.*?)\s*(?:#.*)?\r?\n?$/` captured, without its lazy value rescanning a blank
 * run once per character. A line with a lone CR, U+2028 or U+2029 inside gives '' (more than one
 * line: the caller leaves the value alone).
 */
function valueStart(line: string): string {
  const body = line.replace(/\r?\n$|\r$/, '');
  const colon = body.indexOf(':');
  if (colon === -1 || /[\n\r\u2028\u2029]/.test(body)) {
    return '';
  }
  const value = body.slice(colon + 1).trimStart();
  return value.startsWith('#') ? '' : value.slice(0, 1);
}

/** A block scalar (`|`, `>`) or a plain scalar folded onto more-indented lines: not one line. */
function continuesOnNextLine(line: string, next: string | undefined): boolean {
  const value = valueStart(line);
  if (/^[|>]/.test(value) || value === '') {
    return true;
  }
  if (next === undefined || /^\s*(?:#.*)?\r?\n?$/.test(next)) {
    return false;
  }
  const indent = (text: string): number => /^ */.exec(text)?.[0].length ?? 0;
  return indent(next) > indent(line);
}
