import { parse, TomlDate } from 'smol-toml';
import type { FieldValue } from './front-matter-types';
import { hasControlCharacter } from './field-kinds';
import { diffItems, editBracketList } from './list-edit';
import { arrayItemRanges, arrayItemTexts } from './toml-content';
import { scanToml, type TomlStatement } from './toml-scan';
import { splice } from './text-lines';

/** TOML's basic string: JSON's escapes are TOML's, except DEL which TOML wants escaped too. */
function basicString(text: string): string {
  return JSON.stringify(text).replace(/\u007f/g, '\\u007f');
}

function literalString(text: string): string | null {
  return text.includes("'") || hasControlCharacter(text, true) ? null : `'${text}'`;
}

function tomlValueOf(raw: string): unknown {
  try {
    return parse(`v = ${raw}`, { integersAsBigInt: 'asNeeded' }).v;
  } catch {
    return undefined;
  }
}

/** Writes a TOML scalar: strings keep literal quotes if they had them; others as their kind. */
function tomlScalar(text: string, kind: FieldValue['kind'], oldRaw: string | null): string {
  const asString = (): string =>
    oldRaw?.startsWith("'") === true
      ? (literalString(text) ?? basicString(text))
      : basicString(text);
  const value = tomlValueOf(text);
  switch (kind) {
    case 'number':
      return typeof value === 'number' || typeof value === 'bigint' ? text : asString();
    case 'boolean':
      return typeof value === 'boolean' ? text : asString();
    case 'date':
    case 'datetime':
      // Quoted dates stay quoted (Hugo accepts both); bare ones must be real TOML dates.
      return oldRaw?.startsWith('"') !== true &&
        oldRaw?.startsWith("'") !== true &&
        value instanceof TomlDate
        ? text
        : asString();
    case 'null':
      return asString(); // TOML has no null: an empty value is an empty string
    default:
      return asString();
  }
}

/** A list of bare values (numbers, dates) keeps new items bare when they are such values too. */
function isBareList(sources: string[]): boolean {
  return sources.length > 0 && sources.every((source) => !/^["']/.test(source));
}

function newItem(item: string, bare: boolean): string {
  const value = tomlValueOf(item);
  const isBare =
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean' ||
    value instanceof TomlDate;
  return bare && isBare ? item : basicString(item);
}

/** A list written anew, on one line (when editTomlList cannot change it item by item). */
function renderList(items: string[], oldRaw: string | null): string {
  const sources = oldRaw === null ? [] : arrayItemTexts(oldRaw);
  const unused = sources.map((source) => ({ source, text: itemText(source) }));
  const bare = isBareList(sources);
  const rendered = items.map((item) => {
    const index = unused.findIndex((old) => old.text === item);
    if (index !== -1) {
      return unused.splice(index, 1)[0]?.source ?? basicString(item);
    }
    return newItem(item, bare);
  });
  return `[${rendered.join(', ')}]`;
}

/** The texts a list field shows for an array's source, or null when it is no list of scalars. */
function listTexts(raw: string): string[] | null {
  const value = tomlValueOf(raw);
  if (
    !Array.isArray(value) ||
    value.some((item) => typeof item === 'object' && !(item instanceof TomlDate))
  ) {
    return null;
  }
  const texts = arrayItemTexts(raw).map(itemText);
  return texts.length === value.length ? texts : null;
}

/**
 * Sets an array by changing only the items that changed (see editBracketList): kept items keep
 * their text, comments and layout, a multi-line array gets a new line in its style. Null when
 * that is not possible or would not read back as `items`.
 */
function editTomlList(
  content: string,
  entry: TomlStatement,
  items: string[],
  eol: string,
): string | null {
  const raw = content.slice(entry.valueFrom, entry.valueTo);
  const oldTexts = listTexts(raw);
  if (oldTexts === null || !raw.startsWith('[') || !raw.endsWith(']')) {
    return null;
  }
  const steps = diffItems(oldTexts, items);
  if (steps.every((step) => step.op === 'keep')) {
    return content;
  }
  const ranges = arrayItemRanges(raw).map((range) => ({
    from: entry.valueFrom + range.from,
    to: entry.valueFrom + range.to,
  }));
  const list = { open: entry.valueFrom, close: entry.valueTo - 1, items: ranges };
  const bare = isBareList(arrayItemTexts(raw));
  const next = editBracketList(content, list, steps, (item) => newItem(item, bare), eol);
  if (next === null) {
    return null;
  }
  const written = listTexts(
    next.slice(entry.valueFrom, entry.valueTo + next.length - content.length),
  );
  const same = written?.length === items.length && written.every((text, i) => text === items[i]);
  return same ? next : null;
}

function itemText(source: string): string {
  const value = tomlValueOf(source);
  return typeof value === 'string' ? value : source;
}

function renderValue(value: FieldValue, oldRaw: string | null): string {
  if (value.kind === 'list') {
    return renderList(value.items, oldRaw);
  }
  if (value.kind === 'source') {
    return value.text.trimEnd();
  }
  return tomlScalar(value.text, value.kind, oldRaw);
}

/** Writes a key: bare when TOML allows it, else a basic string. */
export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : basicString(key);
}

/** Sets one top-level key in TOML content; only that key's lines change. */
export function setTomlEntry(content: string, key: string, value: FieldValue, eol: string): string {
  const statements = scanToml(content);
  const entry = statements.find((statement) => statement.key === key);
  if (entry?.kind === 'pair' && value.kind === 'list') {
    const edited = editTomlList(content, entry, value.items, eol);
    if (edited !== null) {
      return edited;
    }
  }
  if (entry?.kind === 'pair') {
    const oldRaw = content.slice(entry.valueFrom, entry.valueTo);
    return splice(content, entry.valueFrom, entry.valueTo, renderValue(value, oldRaw));
  }
  if (entry !== undefined && value.kind === 'source') {
    // A [table] section edited as source: its whole text (header included) is replaced.
    const text = value.text.trimEnd().split(/\r?\n/).join(eol) + eol;
    return splice(content, entry.from, entry.to, text);
  }
  const without = entry === undefined ? content : splice(content, entry.from, entry.to, '');
  return insertPair(without, `${tomlKey(key)} = ${renderValue(value, null)}`, eol);
}

/** Inserts a pair after the last top-level pair (before any [table], where it would belong to it). */
function insertPair(content: string, line: string, eol: string): string {
  const statements = scanToml(content);
  const firstTable = statements.findIndex((statement) => statement.kind !== 'pair');
  const pairs = (firstTable === -1 ? statements : statements.slice(0, firstTable)).filter(
    (statement) => statement.kind === 'pair',
  );
  const lastPair = pairs[pairs.length - 1];
  const at =
    lastPair?.to ??
    (firstTable === -1 ? content.length : (statements[firstTable]?.from ?? content.length));
  const before = content.slice(0, at);
  const separator = before === '' || before.endsWith('\n') ? '' : eol;
  return before + separator + line + eol + content.slice(at);
}

/** Removes one top-level key (a pair's lines, or a whole [table] section). */
export function removeTomlEntry(content: string, key: string): string {
  const entry = scanToml(content).find((statement) => statement.key === key);
  return entry === undefined ? content : splice(content, entry.from, entry.to, '');
}

/** Renames one top-level key in place (a table's headers are renamed too). */
export function renameTomlEntry(content: string, oldKey: string, newKey: string): string {
  const entry: TomlStatement | undefined = scanToml(content).find(
    (statement) => statement.key === oldKey,
  );
  if (entry === undefined) {
    return content;
  }
  if (entry.kind === 'pair') {
    // The field is the whole (possibly dotted) key, so the whole key is renamed.
    return splice(content, entry.keyFrom, entry.keyTo, tomlKey(newKey));
  }
  const section = content.slice(entry.from, entry.to);
  const header = /^([ \t]*\[\[?[ \t]*)("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)(?=[ \t]*[.\]])/gm;
  const renamed = section.replace(header, (match: string, open: string, name: string) =>
    itemText(name) === oldKey || name === oldKey ? open + tomlKey(newKey) : match,
  );
  return splice(content, entry.from, entry.to, renamed);
}
