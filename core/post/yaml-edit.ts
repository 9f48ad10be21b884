import { isMap, isSeq, parseDocument } from 'yaml';
import type { FieldValue } from './front-matter-types';
import { yamlOptions } from './yaml-content';
import type { YamlEntry } from './yaml-content';
import { hasControlCharacter } from './field-kinds';
import { splice } from './text-lines';
import { editYamlList } from './yaml-list-edit';
import { yamlItem, yamlKey, yamlScalar } from './yaml-render';

/** A value rendered for one key: on the key's line, or as indented lines below it. */
type Rendered = { inline: string } | { header?: string; lines: string[] };

/** Renders a value for `entry` (null when the key is new), keeping its list and quote style. */
function renderValue(value: FieldValue, entry: YamlEntry | null, content: string): Rendered {
  if (value.kind === 'list') {
    return renderList(value.items, entry, content);
  }
  if (value.kind === 'source') {
    const text = value.text.trimEnd();
    // `teaser: x` or `- x` on one line is still a block mapping or list: it goes below the key.
    if (!text.includes('\n') && !isBlockCollection(text)) {
      return { inline: text.trim() };
    }
    // A list may sit at the key's own indentation (`tags:\n- a`); a mapping must be indented.
    const sameIndentOk = entry?.style === 'block' && /^-(\s|$)/.test(text.trimStart());
    const indent =
      entry !== null && (entry.blockIndent !== '' || sameIndentOk) ? entry.blockIndent : '  ';
    return {
      header: keptHeader(entry),
      lines: text.split(/\r?\n/).map((line) => (line.trim() === '' ? '' : indent + line)),
    };
  }
  if (entry?.style === 'block-scalar' && value.kind === 'string') {
    const folded = entry.blockHeader.startsWith('>');
    const block = blockScalar(value.text, entry.blockIndent, folded);
    if (block !== null) {
      return block;
    }
  }
  const old =
    entry === null
      ? null
      : { style: entry.style, source: content.slice(entry.valueFrom, entry.valueTo) };
  return { inline: yamlScalar(value.text, value.kind, old) };
}

/**
 * A string as a block scalar (`|`, `|-`, `|+`), for keys that were written as one.
 *
 * Folded style (`>`) is kept for one-line text, where folding changes nothing. Text a block scalar
 * cannot hold exactly (control characters, a leading space, nothing at all) gets null.
 */
function blockScalar(text: string, indent: string, folded: boolean): Rendered | null {
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
  const body = text.slice(0, text.length - trailing);
  const lines = body.split('\n');
  if (
    body === '' ||
    body.startsWith(' ') ||
    lines.some((line) => hasControlCharacter(line, true))
  ) {
    return null;
  }
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const style = folded && lines.length === 1 ? '>' : '|';
  const kept = Array.from({ length: Math.max(0, trailing - 1) }, () => '');
  return {
    header: style + chomp,
    lines: [...lines.map((line) => (line === '' ? '' : indent + line)), ...kept],
  };
}

/** A list written anew (when editYamlList cannot change it item by item). */
function renderList(items: string[], entry: YamlEntry | null, content: string): Rendered {
  const unused = [...(entry?.itemSources ?? [])];
  const block = entry?.style === 'block' && items.length > 0;
  const rendered = items.map((item) => {
    // An unchanged item keeps its exact source (quotes; in block lists its comment too).
    const index = unused.findIndex((old) => old.text === item);
    const old = index === -1 ? undefined : unused.splice(index, 1)[0];
    if (old === undefined) {
      return yamlItem(item, !block);
    }
    const rest = content.slice(old.to, lineEnd(content, old.to));
    const comment = block && content[old.to - 1] !== '\n' && /^[ \t]+#/.test(rest) ? rest : '';
    return (old.source + comment).replace(/\s+$/, '');
  });
  if (!block) {
    return { inline: `[${rendered.join(', ')}]` };
  }
  const indent = entry.blockIndent;
  return { header: keptHeader(entry), lines: rendered.map((item) => `${indent}- ${item}`) };
}

/** The anchor, tag or comment after `key:` of a block value, kept when it is rewritten as one. */
function keptHeader(entry: YamlEntry | null): string | undefined {
  return entry?.style === 'block' && entry.blockHeader !== '' ? entry.blockHeader : undefined;
}

/** Whether source text is a block mapping or list (not a scalar or a flow collection). */
function isBlockCollection(text: string): boolean {
  const doc = parseDocument(text, yamlOptions);
  const root = doc.contents;
  return doc.errors.length === 0 && (isMap(root) || isSeq(root)) && root.flow !== true;
}

function pairText(key: string, rendered: Rendered, eol: string): string {
  if ('inline' in rendered) {
    return rendered.inline === '' ? `${key}:` : `${key}: ${rendered.inline}`;
  }
  const header = rendered.header === undefined ? '' : ` ${rendered.header}`;
  return [`${key}:${header}`, ...rendered.lines].join(eol);
}

/** Where the line holding `position` ends (before its line break). */
function lineEnd(content: string, position: number): number {
  const newline = content.indexOf('\n', position);
  return newline === -1 ? content.length : newline;
}

/** Position right after the `:` that follows an entry's key. */
function colonEnd(content: string, entry: YamlEntry): number {
  return content.indexOf(':', entry.keyTo) + 1;
}

/** Sets one key in YAML content; only that key's lines change. */
export function setYamlEntry(
  content: string,
  entries: YamlEntry[],
  key: string,
  value: FieldValue,
  eol: string,
): string {
  const entry = entries.find((candidate) => candidate.key === key);
  if (entry !== undefined && value.kind === 'list') {
    const edited = editYamlList(content, entry, value.items, eol);
    if (edited !== null) {
      return edited;
    }
  }
  if (entry === undefined) {
    const line = pairText(yamlKey(key), renderValue(value, null, content), eol) + eol;
    const separator = content === '' || content.endsWith('\n') ? '' : eol;
    return content + separator + line;
  }
  const rendered = renderValue(value, entry, content);
  const simple = entry.style === 'plain' || entry.style === 'single' || entry.style === 'double';
  const flowList = entry.style === 'flow' && entry.valueInline;
  if ('inline' in rendered && rendered.inline !== '' && entry.valueInline && (simple || flowList)) {
    return splice(content, entry.valueFrom, entry.valueTo, rendered.inline);
  }
  const from = colonEnd(content, entry);
  if ('inline' in rendered && entry.style === 'empty') {
    return splice(content, from, from, rendered.inline === '' ? '' : ` ${rendered.inline}`);
  }
  // A multi-line value (or one that becomes one): replace everything after the colon.
  const hadNewline = content[entry.linesTo - 1] === '\n';
  const tail =
    'inline' in rendered
      ? rendered.inline === ''
        ? ''
        : ` ${rendered.inline}`
      : (rendered.header === undefined ? '' : ` ${rendered.header}`) +
        eol +
        rendered.lines.join(eol);
  return splice(content, from, entry.linesTo, tail + (hadNewline ? eol : ''));
}

/** Removes one key's lines (comments on lines of their own stay). */
export function removeYamlEntry(content: string, entries: YamlEntry[], key: string): string {
  const entry = entries.find((candidate) => candidate.key === key);
  return entry === undefined ? content : splice(content, entry.linesFrom, entry.linesTo, '');
}

/** Renames one key in place. */
export function renameYamlEntry(
  content: string,
  entries: YamlEntry[],
  oldKey: string,
  newKey: string,
): string {
  const entry = entries.find((candidate) => candidate.key === oldKey);
  return entry === undefined
    ? content
    : splice(content, entry.keyFrom, entry.keyTo, yamlKey(newKey));
}
