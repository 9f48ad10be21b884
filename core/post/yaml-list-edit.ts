import { diffItems, editBracketList, editLineList, type LineItem } from './list-edit';
import { readYamlContent, type YamlEntry, type YamlItem } from './yaml-content';
import { splice } from './text-lines';
import { yamlItem } from './yaml-render';

/** What may stand before a block list item's value on its line: indent, dash, anchor or tag. */
const dashPrefix = /^[ \t]*-[ \t]+(?:[&!][^ \t]*[ \t]+)*$/;

/** A line ending in the content, or null after its last line. */
function lineEndAfter(content: string, position: number): number | null {
  const newline = content.indexOf('\n', position);
  return newline === -1 ? null : newline + 1;
}

/**
 * A block list's items as whole lines (dash line to the end of the value's last line, trailing
 * comment included), or null when an item does not sit on lines of its own (`-` alone on a line,
 * the content's last line without a line ending).
 */
function blockLines(content: string, items: YamlItem[]): LineItem[] | null {
  const lines: LineItem[] = [];
  let previousEnd = 0;
  for (const item of items) {
    const from = content.lastIndexOf('\n', item.from - 1) + 1;
    const prefix = content.slice(from, item.from);
    const dash = /^[ \t]*-[ \t]+/.exec(prefix)?.[0];
    if (!dashPrefix.test(prefix) || dash === undefined || from < previousEnd) {
      return null;
    }
    let to: number | null = item.to;
    if (content[item.to - 1] !== '\n') {
      to = lineEndAfter(content, item.to);
      const rest = content.slice(item.to, to ?? content.length);
      if (to === null || !/^[ \t]*(?:#[^\n]*)?\r?\n$/.test(rest)) {
        return null;
      }
    }
    lines.push({ from, to, prefix: dash });
    previousEnd = to;
  }
  return lines;
}

/** Whether an entry's new lines read back as the given list (and nothing else). */
function readsBack(
  next: string,
  content: string,
  entry: YamlEntry,
  items: string[],
  style: YamlEntry['style'],
): boolean {
  const lines = next.slice(entry.linesFrom, entry.linesTo + next.length - content.length);
  const read = readYamlContent(lines, 1);
  const written = read.fields[0];
  return (
    read.error === null &&
    read.fields.length === 1 &&
    read.entries[0]?.style === style &&
    written?.key === entry.key &&
    written.items !== null &&
    written.items.length === items.length &&
    written.items.every((item, index) => item === items[index])
  );
}

/**
 * Sets a list by changing only the items that changed: a new item is one new line in a block
 * list (in the style of its neighbour) or `, item` in a flow list; a removed item takes only its
 * line (or its text and comma) with it. Untouched items keep their source and comments, and so
 * do comment lines between items.
 *
 * Null when no such edit is safe (nested or aliased items, unusual layouts, an edit that would
 * not read back as `items`); the caller then rewrites the whole value.
 */
export function editYamlList(
  content: string,
  entry: YamlEntry,
  items: string[],
  eol: string,
): string | null {
  const old = entry.itemSources;
  if (old.length === 0 || old.some((item) => !item.scalar)) {
    return null;
  }
  const steps = diffItems(
    old.map((item) => item.text),
    items,
  );
  if (steps.every((step) => step.op === 'keep')) {
    return content;
  }
  let next: string | null = null;
  let style = entry.style;
  if (entry.style === 'block') {
    const lines = blockLines(content, old);
    const header = entry.blockHeader;
    const emptyHeaderOk = header === '' || header.startsWith('#');
    if (lines !== null && (items.length > 0 || emptyHeaderOk)) {
      next = editLineList(content, lines, steps, (item) => yamlItem(item, false), eol);
      if (items.length === 0) {
        // No item left: `key: []`, keeping the comment lines that were between the items.
        const colon = content.indexOf(':', entry.keyTo) + 1;
        next = splice(next, colon, colon, ' []');
        style = 'flow';
      }
    }
  } else if (
    entry.style === 'flow' &&
    content[entry.valueFrom] === '[' &&
    content[entry.valueTo - 1] === ']'
  ) {
    const list = { open: entry.valueFrom, close: entry.valueTo - 1, items: old };
    next = editBracketList(content, list, steps, (item) => yamlItem(item, true), eol);
  }
  return next !== null && readsBack(next, content, entry, items, style) ? next : null;
}
