import type { FrontMatterErrorInfo } from '../api';
import type { NotFrontMatterReason } from './split';

/** The syntax of a front matter block. */
export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

/**
 * What kind of value a key holds, for choosing a form widget.
 *
 * 'map' is any structured value that is not a flat list of scalars (a mapping, a table, a list of
 * mappings); it is edited as source text.
 */
export type FieldKind =
  'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'null' | 'list' | 'map';

/** One top-level key, in file order. */
export interface FrontMatterField {
  key: string;
  kind: FieldKind;
  /**
   * Scalars: the value's text exactly as written, without quotes ('12:30', '0123', '1.10').
   * Lists of scalars: '' (see items). Maps and lists of maps: the value's source text, de-indented.
   */
  text: string;
  /** For 'list': each item's text as written; null otherwise. */
  items: string[] | null;
  /** 1-based line of the key in the file. */
  line: number;
}

/** What the form sends back for one key. */
export type FieldValue =
  | { kind: 'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'null'; text: string }
  | { kind: 'list'; items: string[] }
  /** Raw YAML/TOML/JSON source for a nested value. */
  | { kind: 'source'; text: string };

/** A post split into front matter and body, with every value as written. */
export interface ParsedPost {
  /** null: no front matter (or a leading delimiter that is not front matter). */
  format: FrontMatterFormat | null;
  fields: FrontMatterField[];
  /**
   * Plain values (null-prototype objects). Dates and times stay strings as written; numbers that
   * would lose their text ('0123', '1.10', 20-digit ids) stay strings.
   */
  data: Record<string, unknown>;
  body: string;
  /** Char offset where the body starts, and its 1-based line. */
  bodyOffset: number;
  bodyStartLine: number;
  /** Char range of the whole front matter block including its delimiters, or null. */
  block: { from: number; to: number } | null;
  /** Line and column are 1-based and relative to the whole file. */
  error: FrontMatterErrorInfo | null;
  /** Why a leading '---' was not treated as front matter, if so. */
  notFrontMatterReason: NotFrontMatterReason | null;
}

/** The result of reading the content of one block (between its delimiters). */
export interface BlockContent {
  fields: FrontMatterField[];
  data: Record<string, unknown>;
  /** The content is no mapping (a list, a string): it is not front matter. */
  isMapping: boolean;
  isEmpty: boolean;
  error: FrontMatterErrorInfo | null;
}
