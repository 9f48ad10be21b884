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
  const pattern =
    parsed.format === 'yaml'
      ? /^(\s+[^:#]+?\s*:\s*)(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^#]*?)(\s*(?:#.*)?)$/
      : /^(\s*[^=]+?\s*=\s*)(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^#]*?)(\s*(?:#.*)?)$/;
  const match = pattern.exec(body);
  if (match === null) {
    return null;
  }
  lines[index] = `${match[1] ?? ''}${quoted}${match[2] ?? ''}${ending}`;
  return text.slice(0, from) + lines.join('') + text.slice(to);
}

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

/** A block scalar (`|`, `>`) or a plain scalar folded onto more-indented lines: not one line. */
function continuesOnNextLine(line: string, next: string | undefined): boolean {
  const value = /:\s*(.*?)\s*(?:#.*)?\r?\n?$/.exec(line)?.[1] ?? '';
  if (/^[|>]/.test(value) || value === '') {
    return true;
  }
  if (next === undefined || /^\s*(?:#.*)?\r?\n?$/.test(next)) {
    return false;
  }
  const indent = (text: string): number => /^ */.exec(text)?.[0].length ?? 0;
  return indent(next) > indent(line);
}
