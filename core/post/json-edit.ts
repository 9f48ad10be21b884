import type { FieldValue } from './front-matter-types';
import { scanJsonObject, type JsonMember } from './json-content';
import { splice } from './text-lines';

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

function renderValue(value: FieldValue, oldRaw: string | null): string {
  if (value.kind === 'source') {
    return value.text.replace(/\s+$/, '');
  }
  if (value.kind !== 'list') {
    return renderScalar(value.text, value.kind);
  }
  const old = oldRaw === null ? null : (JSON.parse(oldRaw) as unknown);
  const oldItems = Array.isArray(old) ? old : [];
  // Items that were numbers stay numbers when their text still is one.
  const numeric = oldItems.length > 0 && oldItems.every((item) => typeof item === 'number');
  const rendered = value.items.map((item) =>
    numeric && jsonNumber.test(item) ? item : JSON.stringify(item),
  );
  return `[${rendered.join(', ')}]`;
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
