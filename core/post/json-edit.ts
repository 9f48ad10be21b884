import type { FieldValue } from './front-matter-types';
import { scanJsonObject, type JsonMember } from './json-content';
import { diffItems, editBracketList } from './list-edit';
import { splice } from './text-lines';
import { arrayItemRanges } from './toml-content';

const jsonNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function renderScalar(text: string, kind: FieldValue['kind']): string {
  if (kind === 'number' && jsonNumber.test(text)) {
    return text;
  }
  if (kind === 'boolean' && (text === 'true' || text === 'false')) {
    return text;
  }
  if (kind === 'null' && (text === '' || text === 'null')) {
    return 'null';
  }
  return JSON.stringify(text);
}

/** Items that were all numbers stay numbers when their text still is one. */
function itemRenderer(oldItems: unknown[]): (item: string) => string {
  const numeric = oldItems.length > 0 && oldItems.every((item) => typeof item === 'number');
  return (item) => (numeric && jsonNumber.test(item) ? item : JSON.stringify(item));
}

function parsedArray(raw: string | null): unknown[] | null {
  try {
    const value = raw === null ? null : (JSON.parse(raw) as unknown);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function renderValue(value: FieldValue, oldRaw: string | null): string {
  if (value.kind === 'source') {
    return value.text.trimEnd();
  }
  if (value.kind !== 'list') {
    return renderScalar(value.text, value.kind);
  }
  const render = itemRenderer(parsedArray(oldRaw) ?? []);
  return `[${value.items.map(render).join(', ')}]`;
}

/** The texts a list field shows for an array's source (strings unquoted, others as written). */
function listTexts(raw: string): string[] | null {
  const value = parsedArray(raw);
  const sources = arrayItemRanges(raw).map((range) => raw.slice(range.from, range.to));
  if (value === null || sources.length !== value.length) {
    return null;
  }
  return value.every((item) => item === null || typeof item !== 'object')
    ? value.map((item, index) => (typeof item === 'string' ? item : (sources[index] ?? '')))
    : null;
}

/**
 * Sets an array by changing only the items that changed (see editBracketList), so a multi-line
 * array keeps one item per line. Null when that would not read back as `items`.
 */
function editJsonList(
  content: string,
  member: JsonMember,
  items: string[],
  eol: string,
): string | null {
  const raw = content.slice(member.valueFrom, member.valueTo);
  const oldTexts = listTexts(raw);
  if (oldTexts === null || !raw.startsWith('[')) {
    return null;
  }
  const steps = diffItems(oldTexts, items);
  if (steps.every((step) => step.op === 'keep')) {
    return content;
  }
  const ranges = arrayItemRanges(raw).map((range) => ({
    from: member.valueFrom + range.from,
    to: member.valueFrom + range.to,
  }));
  const list = { open: member.valueFrom, close: member.valueTo - 1, items: ranges };
  const render = itemRenderer(parsedArray(raw) ?? []);
  const next = editBracketList(content, list, steps, render, eol);
  if (next === null) {
    return null;
  }
  const written = listTexts(
    next.slice(member.valueFrom, member.valueTo + next.length - content.length),
  );
  const same = written?.length === items.length && written.every((text, i) => text === items[i]);
  return same ? next : null;
}

function find(
  content: string,
  key: string,
): { members: JsonMember[]; index: number; close: number } | null {
  const scan = scanJsonObject(content);
  if (scan === null) {
    return null;
  }
  return {
    members: scan.members,
    index: scan.members.findIndex((member) => member.key === key),
    close: scan.close,
  };
}

function lineIndent(content: string, position: number): string {
  const start = content.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(content.slice(start, position))?.[0] ?? '';
}

/** Sets one key of JSON front matter; only that member's text changes. */
export function setJsonEntry(content: string, key: string, value: FieldValue, eol: string): string {
  const found = find(content, key);
  if (found === null) {
    return content;
  }
  const member = found.members[found.index];
  if (member !== undefined && value.kind === 'list') {
    const edited = editJsonList(content, member, value.items, eol);
    if (edited !== null) {
      return edited;
    }
  }
  if (member !== undefined) {
    const oldRaw = content.slice(member.valueFrom, member.valueTo);
    return splice(content, member.valueFrom, member.valueTo, renderValue(value, oldRaw));
  }
  const last = found.members[found.members.length - 1];
  const rendered = `${JSON.stringify(key)}: ${renderValue(value, null)}`;
  if (last === undefined) {
    const open = content.indexOf('{');
    return splice(content, open + 1, found.close, `${eol}  ${rendered}${eol}`);
  }
  const indent = lineIndent(content, last.keyFrom);
  // One-line objects stay on one line; otherwise each member gets its own line.
  const open = content.indexOf('{');
  const sameLine = !content.slice(open, found.members[0]?.keyFrom ?? open).includes('\n');
  const separator = sameLine ? ', ' : `,${eol}${indent}`;
  return splice(content, last.valueTo, last.valueTo, separator + rendered);
}

/** Removes one member (and the comma that separated it). */
export function removeJsonEntry(content: string, key: string): string {
  const found = find(content, key);
  const member = found?.members[found.index];
  if (found === null || member === undefined) {
    return content;
  }
  const previous = found.members[found.index - 1];
  const next = found.members[found.index + 1];
  if (previous !== undefined) {
    return splice(content, previous.valueTo, member.valueTo, '');
  }
  return splice(content, member.keyFrom, next?.keyFrom ?? member.valueTo, '');
}

/** Renames one member in place. */
export function renameJsonEntry(content: string, oldKey: string, newKey: string): string {
  const found = find(content, oldKey);
  const member = found?.members[found.index];
  return member === undefined
    ? content
    : splice(content, member.keyFrom, member.keyTo, JSON.stringify(newKey));
}
