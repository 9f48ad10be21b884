import { FAILSAFE_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import type { FrontMatterErrorInfo } from '../api';
import { readFlatYaml } from './flat-yaml';
import { withReason } from './front-matter-errors';
import {
  noListedFields,
  pickListedFields,
  pickListedFieldsOf,
  type ListedFields,
} from './index-fields';
import { readJsonContent } from './json-content';
import { firstHeading } from './first-heading';
import {
  codeLanguages,
  dataLanguages,
  judgeBlock,
  languageError,
  scanFrontMatter,
  unclosedError,
  type BlockCandidate,
  type ContentShape,
} from './split';
import { readTomlContent } from './toml-content';
import { maxAliasCount } from './yaml-content';

/** What the post list needs from one post, read from the start of its file. */
export interface IndexFields extends ListedFields {
  /** The first Markdown heading of the body (within the text given); only looked for when there is no title. */
  firstHeading: string | null;
  error: FrontMatterErrorInfo | null;
  /** The front matter did not end within the text given: call again with more (or all) of it. */
  needsMoreText: boolean;
  /** A `YYYY-MM-DD` date at the start of the file name (Jekyll's `_posts` naming), as written. */
  fileNameDate: string | null;
}

/** Options of `readIndexFields`. */
export interface IndexReadOptions {
  /** The text is the whole file (so an unclosed block is judged, not waited for). */
  isWholeFile?: boolean;
}

/**
 * Reads the listed fields from the first few KB of a post, fast.
 *
 * Flat YAML is read by a small reader; anything else goes to js-yaml (core schema booleans and
 * nulls, every other scalar as written). It agrees with `parseFrontMatter` on every front matter field it returns.
 * `fileName` (the base name) only supplies `fileNameDate`.
 */
export function readIndexFields(
  head: string,
  fileName: string,
  options: IndexReadOptions = {},
): IndexFields {
  const fields = readFields(head, options.isWholeFile ?? false);
  return indexFields(fields, fields.firstHeading, fields.error, fields.needsMoreText, fileName);
}

const fileNameDatePattern = /^(\d{4}-\d{2}-\d{2})(?:-|$)/;

/**
 * The fields of a post whose head opens with a `---` (YAML) or `+++` (TOML) line and closes the
 * block (the caller found both delimiters), when the block alone settles them: content that reads
 * as a mapping without error, with a title. `readIndexFields` gives exactly these fields then (the
 * body is not looked at). Null otherwise: the caller reads the head with `readIndexFields`.
 */
export function readSettledBlock(
  language: 'yaml' | 'toml',
  content: string,
  fileName: string,
): IndexFields | null {
  let fields: ListedFields;
  if (language === 'yaml') {
    const flat = readFlatYaml(content);
    if (flat === null) {
      return null;
    }
    fields = pickListedFieldsOf(flat);
  } else {
    const read = readTomlContent(content, 2);
    if (read.error !== null || !read.isMapping) {
      return null;
    }
    fields = pickListedFields(read.data);
  }
  if (fields.title === null) {
    return null;
  }
  return indexFields(fields, null, null, false, fileName);
}

/**
 * The fields as one object literal: an object spread here cost ~3 µs per post (a third of the
 * main thread's time per post in a 10,000-post open).
 */
function indexFields(
  fields: ListedFields,
  firstHeading: string | null,
  error: FrontMatterErrorInfo | null,
  needsMoreText: boolean,
  fileName: string | null,
): IndexFields {
  return {
    title: fields.title,
    date: fields.date,
    draft: fields.draft,
    tags: fields.tags,
    categories: fields.categories,
    permalink: fields.permalink,
    firstHeading,
    error,
    needsMoreText,
    fileNameDate: fileName === null ? null : (fileNameDatePattern.exec(fileName)?.[1] ?? null),
  };
}

function readFields(head: string, isWhole: boolean): IndexFields {
  const scan = scanFrontMatter(head, isWhole);
  if (scan.kind === 'needs-more') {
    return indexFields(noListedFields, null, null, true, null);
  }
  if (scan.kind === 'none') {
    return withBody(noListedFields, head, 0, null);
  }
  const block = scan.block;
  const content = head.slice(block.contentFrom, block.contentTo);
  if (codeLanguages.has(block.language) || !dataLanguages.has(block.language)) {
    return withBody(noListedFields, head, block.to, languageError(block, block.contentLine - 1));
  }
  const read = readContent(block, content);
  const verdict = judgeBlock(head, block, () => read.shape);
  if (!verdict.isFrontMatter) {
    const error =
      verdict.reason === 'unclosed' ? unclosedError(block, block.contentLine - 1) : null;
    return withBody(noListedFields, head, 0, error);
  }
  return withBody(read.fields, head, block.to, withReason(block.language, content, read.error));
}

function withBody(
  fields: ListedFields,
  head: string,
  bodyFrom: number,
  error: FrontMatterErrorInfo | null,
): IndexFields {
  const heading = fields.title === null ? firstHeading(head, bodyFrom) : null;
  return indexFields(fields, heading, error, false, null);
}

interface ContentRead {
  shape: ContentShape;
  fields: ListedFields;
  error: FrontMatterErrorInfo | null;
}

function readContent(block: BlockCandidate, content: string): ContentRead {
  if (block.language === 'toml' || block.language === 'json') {
    const read =
      block.language === 'toml'
        ? readTomlContent(content, block.contentLine)
        : readJsonContent(content, block.contentLine);
    const shape: ContentShape =
      read.error !== null ? 'error' : read.isMapping ? 'mapping' : 'other';
    return { shape, fields: pickListedFields(read.data), error: read.error };
  }
  const flat = readFlatYaml(content);
  if (flat !== null) {
    const shape: ContentShape = flat.size === 0 ? 'empty' : 'mapping';
    return { shape, fields: pickListedFieldsOf(flat), error: null };
  }
  return readWithJsYaml(content, block.contentLine);
}

/**
 * The YAML 1.2 core schema's booleans and nulls, with every other scalar kept as its text: dates
 * stay as written and numbers keep their digits ('1.10', '0123'), as the codec shows them.
 */
const textSchema = FAILSAFE_SCHEMA.extend({
  // An array here would add explicit (tag-only) types; these must resolve plain scalars.
  implicit: [
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: unknown) =>
        typeof data === 'string' && /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
      construct: (data: string) => data.toLowerCase() === 'true',
    }),
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: unknown) =>
        data === null || (typeof data === 'string' && /^(?:~|null|Null|NULL|)$/.test(data)),
      construct: () => null,
    }),
  ],
});

function readWithJsYaml(content: string, firstLine: number): ContentRead {
  let value: unknown;
  try {
    value = load(content, { schema: textSchema });
  } catch (error) {
    const mark = error instanceof YAMLException ? error.mark : undefined;
    const message = error instanceof YAMLException ? error.reason : String(error);
    const info: FrontMatterErrorInfo = {
      message,
      line: mark === undefined ? null : mark.line + firstLine,
      column: mark === undefined ? null : mark.column + 1,
    };
    return { shape: 'error', fields: noListedFields, error: info };
  }
  if (value === null || value === undefined) {
    return { shape: 'empty', fields: noListedFields, error: null };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { shape: 'other', fields: noListedFields, error: null };
  }
  if (aliasesExceed(value, maxAliasCount)) {
    // js-yaml shares aliased nodes instead of copying them; the codec expands them and refuses a
    // "billion laughs" block, so the list must call it broken too.
    const message = `Front matter uses more than ${maxAliasCount} aliases`;
    return { shape: 'error', fields: noListedFields, error: { message, line: null, column: null } };
  }
  return {
    shape: 'mapping',
    fields: pickListedFields(value as Record<string, unknown>),
    error: null,
  };
}

/**
 * Whether expanding the aliases of a js-yaml value would take more than `limit` expansions: an
 * object met again is an alias, and its contents count again (as in the codec), stopping early.
 */
function aliasesExceed(value: object, limit: number): boolean {
  const seen = new Set<object>();
  let budget = limit;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) {
      continue;
    }
    if (seen.has(node)) {
      budget -= 1;
      if (budget < 0) {
        return true;
      }
    }
    seen.add(node);
    pending.push(...(Object.values(node) as unknown[]));
  }
  return false;
}
