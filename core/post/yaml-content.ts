import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
  Scalar,
} from 'yaml';
import type { BlockContent, FieldKind, FrontMatterField } from './front-matter-types';
import { dateKindOf, dedent, emptyRecord, field, numberOrText } from './field-kinds';
import { lineAt, lineStartsOf } from './text-lines';
import { findDuplicateKey } from './yaml-unique-keys';

/** Alias expansions allowed in one front matter block (a "billion laughs" guard). */
export const maxAliasCount = 100;

/** Options for the `yaml` package: YAML 1.2 core schema, duplicate keys are errors. */
export const yamlOptions = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  maxAliasCount,
  // Pretty errors copy their whole line into every message: a line of 100,000 errors (`! ! !`)
  // took a minute. The one position shown is computed from the first error's offset instead.
  prettyErrors: false,
  strict: true,
} as const;

/** How a value is written in the source. */
export type YamlValueStyle =
  'empty' | 'plain' | 'single' | 'double' | 'block-scalar' | 'flow' | 'block' | 'alias';

/** One top-level pair with the source ranges an edit needs. */
export interface YamlEntry {
  key: string;
  keyFrom: number;
  keyTo: number;
  valueFrom: number;
  valueTo: number;
  /** The pair's whole lines: from the key's line start to after the value's last line. */
  linesFrom: number;
  linesTo: number;
  style: YamlValueStyle;
  /** Whether the value starts on the key's line. */
  valueInline: boolean;
  /** For sequences: each item's source text and its text as a field shows it. */
  itemSources: YamlItem[];
  /** Indentation of a block value's lines. */
  blockIndent: string;
  /**
   * A block scalar's header as written (`|`, `>-`, ...); for a block list or mapping, what follows
   * `key:` on its line (anchor, tag, comment); '' for other values.
   */
  blockHeader: string;
}

/** One item of a sequence value. */
export interface YamlItem {
  /** The value as written (quotes kept; no anchor, tag or comment). */
  source: string;
  /** The text a field shows. */
  text: string;
  /** Where the value is in the content. */
  from: number;
  to: number;
  /** Whether the item is a scalar (not a nested list, mapping or alias). */
  scalar: boolean;
}

/** YAML content read for the codec. */
export interface YamlContent extends BlockContent {
  entries: YamlEntry[];
}

/** A problem found while converting nodes; `offset` is where it is in the content. */
class LocatedError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Reads a YAML block's content; `firstLine` is the file line of its first line (1-based). */
export function readYamlContent(content: string, firstLine: number): YamlContent {
  // Duplicate keys are found by findDuplicateKey (yaml's own check is quadratic in the keys).
  const doc = parseDocument(content, { ...yamlOptions, uniqueKeys: false });
  const duplicate = doc.errors.length === 0 ? findDuplicateKey(doc) : null;
  if (duplicate !== null) {
    const starts = lineStartsOf(content);
    const line = lineAt(starts, duplicate.offset);
    const error = {
      message: duplicate.message,
      line: line + firstLine - 1,
      column: duplicate.offset - (starts[line - 1] ?? 0) + 1,
    };
    return { fields: [], data: emptyRecord(), isMapping: true, isEmpty: false, error, entries: [] };
  }
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const offset = firstError.pos[0];
    const starts = lineStartsOf(content);
    const line = offset < 0 ? null : lineAt(starts, offset);
    const error = {
      // yaml's message ends with a position relative to the block; ours are the file's.
      message: readableMessage(
        (firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
      ),
      line: line === null ? null : line + firstLine - 1,
      column: line === null ? null : offset - (starts[line - 1] ?? 0) + 1,
    };
    return { fields: [], data: emptyRecord(), isMapping: true, isEmpty: false, error, entries: [] };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return {
      fields: [],
      data: emptyRecord(),
      isMapping: true,
      isEmpty: true,
      error: null,
      entries: [],
    };
  }
  if (!isMap(root)) {
    return {
      fields: [],
      data: emptyRecord(),
      isMapping: false,
      isEmpty: false,
      error: null,
      entries: [],
    };
  }
  const starts = lineStartsOf(content);
  const fields: FrontMatterField[] = [];
  const entries: YamlEntry[] = [];
  const data = emptyRecord<unknown>();
  const budget = { aliases: maxAliasCount };
  try {
    for (const pair of root.items) {
      const entry = entryOf(content, starts, pair);
      entries.push(entry);
      fields.push(fieldOf(content, pair, entry, lineAt(starts, entry.keyFrom) + firstLine - 1));
      data[entry.key] = toPlain(pair.value, doc, budget);
    }
  } catch (error) {
    const message = readableMessage(error instanceof Error ? error.message : String(error));
    const at = error instanceof LocatedError ? error.offset : null;
    const line = at === null ? null : lineAt(starts, at);
    const column = at === null || line === null ? null : at - (starts[line - 1] ?? 0) + 1;
    return {
      fields: [],
      data: emptyRecord(),
      isMapping: true,
      isEmpty: false,
      error: { message, line: line === null ? null : line + firstLine - 1, column },
      entries: [],
    };
  }
  return { fields, data, isMapping: true, isEmpty: entries.length === 0, error: null, entries };
}

/** A parser's stack overflow (thousands of nested lists) said in the user's terms. */
function readableMessage(message: string): string {
  return /maximum call stack/i.test(message)
    ? 'Front matter is nested too deeply to read'
    : message;
}

function keyText(key: unknown): string {
  if (isScalar(key)) {
    return typeof key.source === 'string' ? key.source : String(key.value);
  }
  const offset = (key as YamlNode | null)?.range?.[0] ?? 0;
  throw new LocatedError('Front matter keys must be plain values, not lists or mappings', offset);
}

function styleOf(node: YamlNode | null): YamlValueStyle {
  if (
    node === null ||
    (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1])
  ) {
    return 'empty';
  }
  if (isAlias(node)) {
    return 'alias';
  }
  if (isScalar(node)) {
    switch (node.type) {
      case Scalar.QUOTE_SINGLE:
        return 'single';
      case Scalar.QUOTE_DOUBLE:
        return 'double';
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return 'block-scalar';
      default:
        return 'plain';
    }
  }
  return (node as { flow?: boolean }).flow === true ? 'flow' : 'block';
}

function entryOf(content: string, starts: number[], pair: Pair): YamlEntry {
  const key = keyText(pair.key);
  const keyNode = pair.key as YamlNode;
  const [keyFrom, keyTo] = keyNode.range ?? [0, 0];
  const value = pair.value as YamlNode | null;
  const style = styleOf(value);
  const keyLineEnd = lineEnd(content, keyTo);
  const [valueFrom, valueTo] = value?.range ?? [keyLineEnd, keyLineEnd];
  const endsAtLineStart = valueTo > keyLineEnd && content[valueTo - 1] === '\n';
  const itemSources =
    value !== null && isSeq(value)
      ? value.items.map((item) => {
          const [from, to] = (item as YamlNode).range ?? [0, 0];
          const source = content.slice(from, to);
          return { source, text: scalarText(item as YamlNode), from, to, scalar: isScalar(item) };
        })
      : [];
  return {
    key,
    keyFrom,
    keyTo,
    valueFrom,
    valueTo,
    linesFrom: starts[lineAt(starts, keyFrom) - 1] ?? 0,
    linesTo: endsAtLineStart ? valueTo : nextLineStart(content, valueTo),
    style,
    valueInline: valueFrom <= keyLineEnd,
    itemSources,
    blockHeader:
      style === 'block-scalar'
        ? (/^[|>][-+0-9]*/.exec(content.slice(valueFrom, valueTo))?.[0] ?? '')
        : style === 'block' && valueFrom > keyLineEnd
          ? // An anchor, a tag or a comment after `key:` of a block list or mapping stays on edit.
            content.slice(content.indexOf(':', keyTo) + 1, keyLineEnd).trim()
          : '',
    blockIndent:
      style === 'block-scalar'
        ? scalarIndent(content.slice(keyLineEnd, valueTo))
        : content
            .slice(starts[lineAt(starts, valueFrom) - 1] ?? 0, valueFrom)
            .replace(/[^ \t].*$/, ''),
  };
}

/** Indentation of a block scalar's first non-blank content line. */
function scalarIndent(source: string): string {
  const line = source.split('\n').find((candidate, index) => index > 0 && candidate.trim() !== '');
  return /^[ ]*/.exec(line ?? '')?.[0] || '  ';
}

function lineEnd(content: string, position: number): number {
  const newline = content.indexOf('\n', position);
  return newline === -1 ? content.length : newline;
}

function nextLineStart(content: string, position: number): number {
  const newline = content.indexOf('\n', position);
  return newline === -1 ? content.length : newline + 1;
}

/** The text a scalar shows: as written for plain values, unquoted for quoted ones. */
function scalarText(node: YamlNode | null): string {
  if (node === null) {
    return '';
  }
  if (isScalar(node)) {
    return typeof node.source === 'string' ? node.source : plainString(node.value);
  }
  return '';
}

function plainString(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

function scalarKind(node: Scalar): FieldKind {
  const value: unknown = node.value;
  if (typeof value === 'number' || typeof value === 'bigint') {
    return 'number';
  }
  if (typeof value === 'boolean') {
    return 'boolean';
  }
  if (value === null) {
    return 'null';
  }
  return dateKindOf(plainString(value)) ?? 'string';
}

function fieldOf(content: string, pair: Pair, entry: YamlEntry, line: number): FrontMatterField {
  const value = pair.value as YamlNode | null;
  if (value === null || entry.style === 'empty') {
    return field(entry.key, 'null', '', null, line);
  }
  if (isScalar(value)) {
    return field(entry.key, scalarKind(value), scalarText(value), null, line);
  }
  if (isSeq(value) && value.items.every((item) => isScalar(item))) {
    return field(
      entry.key,
      'list',
      '',
      entry.itemSources.map((item) => item.text),
      line,
    );
  }
  const source = content.slice(
    entry.valueInline ? entry.valueFrom : lineStart(content, entry.valueFrom),
    entry.valueTo,
  );
  return field(entry.key, 'map', dedent(source), null, line);
}

function lineStart(content: string, position: number): number {
  return content.lastIndexOf('\n', position - 1) + 1;
}

/** Converts a node to plain values with null-prototype maps and a bounded alias expansion. */
function toPlain(node: unknown, doc: Document, budget: { aliases: number }): unknown {
  if (node === null) {
    return null;
  }
  if (isAlias(node)) {
    if (--budget.aliases < 0) {
      throw new Error(`Front matter uses more than ${maxAliasCount} aliases`);
    }
    const target = node.resolve(doc);
    if (target === undefined) {
      throw new LocatedError(`Unresolved alias *${node.source}`, node.range?.[0] ?? 0);
    }
    return toPlain(target, doc, budget);
  }
  if (isScalar(node)) {
    const value: unknown = node.value;
    if (typeof value === 'number' || typeof value === 'bigint') {
      return numberOrText(value, scalarText(node));
    }
    return value;
  }
  if (isSeq(node)) {
    return node.items.map((item) => toPlain(item, doc, budget));
  }
  if (isMap(node)) {
    const record = emptyRecord<unknown>();
    for (const pair of node.items) {
      // A nested complex key (`{{ title }}` in a template is one) becomes its YAML text.
      const key = isScalar(pair.key) ? keyText(pair.key) : String(pair.key);
      record[key] = toPlain(pair.value, doc, budget);
    }
    return record;
  }
  return null;
}
