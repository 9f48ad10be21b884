import { stringify as stringifyToml } from 'smol-toml';
import { stringify as stringifyYaml } from 'yaml';
import type { FrontMatterErrorInfo } from '../api';
import {
  parseFrontMatter,
  removeFrontMatterField,
  renameFrontMatterField,
  setFrontMatterField,
} from '../post/front-matter';
import type { FieldValue } from '../post/front-matter-types';
import { dateKindOf } from '../post/field-kinds';
import { setNestedString } from './nested-field';
import type { EditValue, FieldEdit } from './presets/types';

/** The parts of a parsed post export reads. */
export interface ParsedForExport {
  format: 'yaml' | 'toml' | 'json' | null;
  data: Record<string, unknown>;
  body: string;
  bodyOffset: number;
  /** 1-based file line of the body's first line. */
  bodyStartLine: number;
  /** The block's range including delimiters, or null without front matter. */
  block: { from: number; to: number } | null;
  error: FrontMatterErrorInfo | null;
}

/** Parses a post with the shared lossless codec (no code is ever evaluated). */
export function parseForExport(text: string): ParsedForExport {
  const parsed = parseFrontMatter(text);
  return {
    format: parsed.format,
    data: parsed.data,
    body: parsed.body,
    bodyOffset: parsed.bodyOffset,
    bodyStartLine: parsed.bodyStartLine,
    block: parsed.block,
    error: parsed.error,
  };
}

/**
 * Applies front-matter edits key by key, so every other byte of the user's front matter stays.
 *
 * A field renamed by an earlier edit is followed: a later edit of `image` after `image` became
 * `heroImage` changes `heroImage`, instead of writing a second `image`.
 */
export function applyFieldEdits(text: string, edits: readonly FieldEdit[]): string {
  let result = text;
  const renamed = new Map<string, string>();
  const current = (key: string): string => renamed.get(key) ?? key;
  for (const edit of edits) {
    if (edit.op === 'set') {
      result = setFrontMatterField(result, current(edit.key), toFieldValue(edit.value));
    } else if (edit.op === 'set-nested') {
      result = setNestedString(result, current(edit.parent), edit.child, edit.text) ?? result;
    } else if (edit.op === 'rename') {
      const before = result;
      result = renameFrontMatterField(result, current(edit.from), edit.to);
      if (result !== before) {
        renamed.set(edit.from, edit.to);
      }
    } else {
      result = removeFrontMatterField(result, current(edit.key));
    }
  }
  return result;
}

function toFieldValue(value: EditValue): FieldValue {
  return value.kind === 'list'
    ? { kind: 'list', items: value.items }
    : { kind: value.kind, text: value.text };
}

/**
 * Rewrites a post's front matter in another syntax (Hugo repositories that use TOML).
 *
 * The new file is serialised whole from the parsed values; dates written as dates stay dates
 * (`date = 2025-02-14` in TOML), never shifted to UTC. Comments and what TOML cannot hold are
 * lost: `conversionLosses` lists them, for the plan to say.
 */
export function convertFrontMatter(text: string, to: 'yaml' | 'toml'): string {
  const parsed = parseFrontMatter(text);
  if (parsed.format === null || parsed.format === to || parsed.error !== null) {
    return text;
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const head = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = text.slice(parsed.bodyOffset);
  if (to === 'toml') {
    const dates: string[] = [];
    const data = tomlTable(parsed.data, dates);
    // Dates are spliced in as written (smol-toml would print `.000` milliseconds).
    const toml = stringifyToml(data)
      .replace(
        /"@@postwright-date-(\d+)@@"/g,
        (_match, index: string) => dates[Number(index)] ?? '',
      )
      .trimEnd()
      .replace(/\n/g, eol);
    return `${head}+++${eol}${toml}${eol}+++${eol}${body}`;
  }
  const yaml = stringifyYaml({ ...parsed.data }, { lineWidth: 0 }).replace(/\n/g, eol);
  return `${head}---${eol}${yaml}---${eol}${body}`;
}

const tomlDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/i;

/**
 * TOML has no null: a null value is left out (`conversionLosses` says which); strings written
 * like TOML dates become TOML dates.
 */
function tomlValue(value: unknown, dates: string[]): unknown {
  if (typeof value === 'string' && dateKindOf(value) !== null && tomlDate.test(value)) {
    dates.push(value);
    return `@@postwright-date-${dates.length - 1}@@`;
  }
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== null && item !== undefined)
      .map((item) => tomlValue(item, dates));
  }
  if (typeof value === 'object' && value !== null) {
    return tomlTable(value as Record<string, unknown>, dates);
  }
  return value;
}

function tomlTable(value: Record<string, unknown>, dates: string[]): Record<string, unknown> {
  const table: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== null && inner !== undefined) {
      table[key] = tomlValue(inner, dates);
    }
  }
  return table;
}

/**
 * Adds the opening `---` Hexo lets posts omit (`title: x` … `---`), which no other generator reads.
 */
export function withOpeningDelimiter(text: string): string {
  // A block always starts right after the byte-order mark: text that opens with `---` there is
  // left as it is whatever it holds, without parsing it again.
  if (text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0)) {
    return text;
  }
  const parsed = parseFrontMatter(text);
  if (
    parsed.format !== 'yaml' ||
    parsed.block === null ||
    text.startsWith('---', parsed.block.from)
  ) {
    return text;
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text.slice(0, parsed.block.from)}---${eol}${text.slice(parsed.block.from)}`;
}
