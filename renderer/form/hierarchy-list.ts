import { isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { FieldValue, FrontMatterField, ParsedPost } from '../../core/post/front-matter-types';
import { yamlItem } from '../../core/post/yaml-render';
import { levelSeparator } from './nested-value';

/**
 * A YAML list whose items are values or lists of values: Hexo's hierarchical categories
 * (`- [Diary, Life]` is the category Life under Diary). Each top-level item is one chip; an edit
 * adds or removes one item's source and leaves every other item's text as it was.
 */
export interface HierarchyList {
  /** One label per top-level item (`Diary › Life` for a nested list). */
  labels: string[];
  /** The value that appends `item` after the last item. */
  add: (item: string) => FieldValue;
  /** The value without the item at `index`. */
  remove: (index: number) => FieldValue;
}

/** The list as chips that edit it item by item, or null when it is no such list. */
export function hierarchyList(parsed: ParsedPost, key: string): HierarchyList | null {
  const field = parsed.fields.find((candidate) => candidate.key === key);
  if (parsed.format !== 'yaml' || field?.kind !== 'map') {
    return null;
  }
  return listOf(field);
}

function listOf(field: FrontMatterField): HierarchyList | null {
  const source = field.text;
  const doc = parseDocument(source, { version: '1.2', schema: 'core', strict: true });
  const root = doc.contents;
  if (doc.errors.length > 0 || !isSeq(root) || root.items.length === 0) {
    return null;
  }
  const items = root.items as YamlNode[];
  const labels: string[] = [];
  for (const item of items) {
    const label = itemLabel(item);
    if (label === null) {
      return null;
    }
    labels.push(label);
  }
  const ranges = items.map((item): Range => item.range ?? [0, 0, 0]);
  const isFlow = root.flow === true;
  const add = (item: string): FieldValue => ({
    kind: 'source',
    text: isFlow ? flowAppend(source, ranges, item) : blockAppend(source, item),
  });
  const remove = (index: number): FieldValue => {
    if (items.length === 1) {
      return { kind: 'list', items: [] };
    }
    const text = isFlow ? flowRemove(source, ranges, index) : blockRemove(source, ranges, index);
    return { kind: 'source', text };
  };
  return { labels, add, remove };
}

/** A value's text, or a list of values joined level by level; null for anything deeper. */
function itemLabel(item: YamlNode): string | null {
  if (isScalar(item)) {
    return scalarLabel(item.value);
  }
  if (!isSeq(item) || item.items.length === 0) {
    return null;
  }
  const levels: string[] = [];
  for (const level of item.items) {
    const text = isScalar(level) ? scalarLabel(level.value) : null;
    if (text === null) {
      return null;
    }
    levels.push(text);
  }
  return levels.join(levelSeparator);
}

function scalarLabel(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : null;
}

type Range = readonly [number, number, number];

function blockAppend(source: string, item: string): string {
  return `${source.trimEnd()}\n- ${yamlItem(item, false)}`;
}

/** Drops the lines of one block item (from its `- ` line to the end of its last line). */
function blockRemove(source: string, ranges: Range[], index: number): string {
  const range = ranges[index] ?? [0, 0, 0];
  const from = source.lastIndexOf('\n', range[0] - 1) + 1;
  const lastChar = Math.max(range[0], range[1] - 1);
  const newline = source.indexOf('\n', source[lastChar] === '\n' ? lastChar - 1 : lastChar);
  const to = newline === -1 ? source.length : newline + 1;
  return withoutTrailingNewlines(source.slice(0, from) + source.slice(to));
}

// A loop, not `/\n+$/`: that pattern rescans a run of newlines from each one of them.
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') {
    end--;
  }
  return text.slice(0, end);
}

function flowAppend(source: string, ranges: Range[], item: string): string {
  const end = ranges[ranges.length - 1]?.[1] ?? 0;
  return `${source.slice(0, end)}, ${yamlItem(item, true)}${source.slice(end)}`;
}

/** Drops one flow item and the comma that separates it from its neighbour. */
function flowRemove(source: string, ranges: Range[], index: number): string {
  const range = ranges[index] ?? [0, 0, 0];
  const next = ranges[index + 1];
  if (next !== undefined) {
    return source.slice(0, range[0]) + source.slice(next[0]);
  }
  const previous = ranges[index - 1] ?? range;
  return source.slice(0, previous[1]) + source.slice(range[1]);
}

/**
 * The edit a chips change stands for: one chip added at the end or one removed (what the chips
 * field sends), else null.
 */
export function hierarchyEdit(list: HierarchyList, next: readonly string[]): FieldValue | null {
  const { labels } = list;
  const last = next[next.length - 1];
  if (next.length === labels.length + 1 && last !== undefined && sameStart(labels, next)) {
    return list.add(last);
  }
  if (next.length === labels.length - 1) {
    const index = labels.findIndex((label, at) => next[at] !== label);
    return sameStart(
      next,
      labels.filter((_, at) => at !== index),
    )
      ? list.remove(index)
      : null;
  }
  return null;
}

function sameStart(shorter: readonly string[], longer: readonly string[]): boolean {
  return shorter.every((label, index) => longer[index] === label);
}
