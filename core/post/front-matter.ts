import { ApiError } from '../api';
import type { BlockContent, FieldValue, FrontMatterFormat, ParsedPost } from './front-matter-types';
import { emptyRecord } from './field-kinds';
import { withReason } from './front-matter-errors';
import { readBlockWithGrayMatter } from './gray-matter-split';
import { readJsonContent } from './json-content';
import { removeJsonEntry, renameJsonEntry, setJsonEntry } from './json-edit';
import {
  bomLength,
  dataLanguages,
  judgeBlock,
  languageError,
  lineOfOffset,
  scanFrontMatter,
  unclosedError,
  type BlockCandidate,
  type NotFrontMatterReason,
} from './split';
import { readTomlContent } from './toml-content';
import { removeTomlEntry, renameTomlEntry, setTomlEntry } from './toml-edit';
import { readYamlContent, type YamlContent, type YamlEntry } from './yaml-content';
import { splice } from './text-lines';
import { removeYamlEntry, renameYamlEntry, setYamlEntry } from './yaml-edit';

/** The codec's types, re-exported so callers need one import. */
export type {
  FieldKind,
  FieldValue,
  FrontMatterField,
  FrontMatterFormat,
  ParsedPost,
} from './front-matter-types';

/** A parse with what an edit needs besides the public result. */
interface Analysis {
  post: ParsedPost;
  block: BlockCandidate | null;
  yamlEntries: YamlEntry[];
}

function formatOf(language: string): FrontMatterFormat {
  return language === 'toml' ? 'toml' : language === 'json' ? 'json' : 'yaml';
}

function noFrontMatter(
  text: string,
  reason: NotFrontMatterReason | null,
  error: ParsedPost['error'],
): Analysis {
  const offset = bomLength(text);
  const post: ParsedPost = {
    format: null,
    fields: [],
    data: emptyRecord(),
    body: text.slice(offset),
    bodyOffset: offset,
    bodyStartLine: 1,
    block: null,
    error,
    notFrontMatterReason: reason,
  };
  return { post, block: null, yamlEntries: [] };
}

function analyze(text: string): Analysis {
  const scan = scanFrontMatter(text, true);
  if (scan.kind !== 'block') {
    return noFrontMatter(text, null, null);
  }
  const block = scan.block;
  const openingLine =
    block.syntax === 'dashes' || block.syntax === 'pluses'
      ? block.contentLine - 1
      : block.contentLine;
  if (!dataLanguages.has(block.language)) {
    const error = languageError(block, openingLine);
    if (!block.closed) {
      return noFrontMatter(text, 'unclosed', error);
    }
    return withBlock(text, block, null, {
      fields: [],
      data: emptyRecord(),
      isMapping: true,
      isEmpty: false,
      error,
    });
  }
  if (!block.closed) {
    const verdict = judgeBlock(text, block, () => 'error');
    const reason = verdict.isFrontMatter ? 'unclosed' : verdict.reason;
    const error = reason === 'unclosed' ? unclosedError(block, openingLine) : null;
    return noFrontMatter(text, reason, error);
  }
  let yamlEntries: YamlEntry[] = [];
  const read = readBlockWithGrayMatter(text, block, (content) => {
    const found = readContent(block, content);
    if ('entries' in found) {
      yamlEntries = found.entries;
    }
    return { ...found, error: withReason(block.language, content, found.error) };
  });
  const verdict = judgeBlock(text, block, () =>
    read.error !== null ? 'error' : !read.isMapping ? 'other' : read.isEmpty ? 'empty' : 'mapping',
  );
  if (!verdict.isFrontMatter) {
    return noFrontMatter(text, verdict.reason, null);
  }
  return { ...withBlock(text, block, formatOf(block.language), read), yamlEntries };
}

function readContent(block: BlockCandidate, content: string): BlockContent | YamlContent {
  if (block.language === 'toml') {
    return readTomlContent(content, block.contentLine);
  }
  if (block.language === 'json') {
    return readJsonContent(content, block.contentLine);
  }
  return readYamlContent(content, block.contentLine);
}

function withBlock(
  text: string,
  block: BlockCandidate,
  format: FrontMatterFormat | null,
  read: BlockContent,
): Analysis {
  const post: ParsedPost = {
    format,
    fields: read.fields,
    data: read.data,
    body: text.slice(block.to),
    bodyOffset: block.to,
    bodyStartLine: lineOfOffset(text, block.to),
    block: { from: block.from, to: block.to },
    error: read.error,
    notFrontMatterReason: null,
  };
  return { post, block, yamlEntries: [] };
}

/**
 * Splits a post into front matter and body without changing a byte of either.
 *
 * Every value keeps its text as written; see `ParsedPost`. A leading `---` that is a thematic
 * break, an unclosed block or a block that holds no mapping gives `format: null` and says why.
 */
export function parseFrontMatter(text: string): ParsedPost {
  return analyze(text).post;
}

/** The line ending most used in a range ('\n' when there is none). */
function dominantEnding(text: string, from: number, to: number): string {
  const slice = text.slice(from, to);
  const crlf = slice.split('\r\n').length - 1;
  const lf = slice.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function editable(text: string): Analysis & { block: BlockCandidate } {
  const analysis = analyze(text);
  const { post, block } = analysis;
  if (post.error !== null) {
    throw new ApiError(
      'E_FRONT_MATTER',
      `The front matter cannot be edited: ${post.error.message}`,
      {
        line: post.error.line,
        column: post.error.column,
        reason: post.error.reason ?? null,
        parserCode: post.error.parserCode ?? null,
        subject: post.error.subject ?? null,
        parserMessage: post.error.message,
      },
    );
  }
  if (block === null || post.format === null) {
    throw new ApiError('E_FRONT_MATTER', 'The post has no front matter to edit', {
      reason: post.notFrontMatterReason,
    });
  }
  return { ...analysis, block };
}

type ContentEdit = (content: string, analysis: Analysis, eol: string) => string;

function editContent(text: string, edit: ContentEdit): string {
  const analysis = editable(text);
  const { block } = analysis;
  const eol = dominantEnding(text, block.from, block.to);
  const content = text.slice(block.contentFrom, block.contentTo);
  return splice(text, block.contentFrom, block.contentTo, edit(content, analysis, eol));
}

/** Creates a YAML block holding one key at the start of a post that has none. */
function addBlock(text: string, key: string, value: FieldValue): string {
  const offset = bomLength(text);
  const eol = dominantEnding(text, 0, text.length);
  const content = setYamlEntry('', [], key, value, eol);
  return splice(text, offset, offset, `---${eol}${content}---${eol}`);
}

/**
 * Sets one top-level key; only that key's lines change.
 *
 * Adds the key at the end of the block when absent, and creates a YAML block when the post has
 * none. Throws `E_FRONT_MATTER` when the front matter is broken, is code, or is no mapping, and
 * `E_INVALID_ARGUMENT` when the value cannot be written (e.g. source text that does not parse).
 */
export function setFrontMatterField(text: string, key: string, value: FieldValue): string {
  const current = analyze(text).post;
  const next =
    current.format === null &&
    current.error === null &&
    current.notFrontMatterReason !== 'not-a-mapping'
      ? addBlock(text, key, value)
      : editContent(text, (content, analysis, eol) => {
          switch (analysis.post.format) {
            case 'toml':
              return setTomlEntry(content, key, value, eol);
            case 'json':
              return setJsonEntry(content, key, value, eol);
            default:
              return setYamlEntry(content, analysis.yamlEntries, key, value, eol);
          }
        });
  checkWritten(next, key, value);
  return next;
}

/**
 * Removes one top-level key and its lines; a missing key (or no front matter at all) leaves the
 * text as it is. Throws `E_FRONT_MATTER` when the front matter is broken, code, or no mapping.
 */
export function removeFrontMatterField(text: string, key: string): string {
  const current = analyze(text).post;
  if (
    current.format === null &&
    current.error === null &&
    current.notFrontMatterReason !== 'not-a-mapping'
  ) {
    return text;
  }
  return editContent(text, (content, analysis) => {
    switch (analysis.post.format) {
      case 'toml':
        return removeTomlEntry(content, key);
      case 'json':
        return removeJsonEntry(content, key);
      default:
        return removeYamlEntry(content, analysis.yamlEntries, key);
    }
  });
}

/** Renames a key in place (same line), value untouched; `E_EXISTS` when the new key is taken. */
export function renameFrontMatterField(text: string, oldKey: string, newKey: string): string {
  if (oldKey === newKey) {
    return text;
  }
  const current = parseFrontMatter(text);
  if (current.fields.some((candidate) => candidate.key === newKey)) {
    throw new ApiError('E_EXISTS', `The front matter already has a key "${newKey}"`, {
      key: newKey,
    });
  }
  const next = editContent(text, (content, analysis) => {
    switch (analysis.post.format) {
      case 'toml':
        return renameTomlEntry(content, oldKey, newKey);
      case 'json':
        return renameJsonEntry(content, oldKey, newKey);
      default:
        return renameYamlEntry(content, analysis.yamlEntries, oldKey, newKey);
    }
  });
  const after = parseFrontMatter(next);
  if (after.error !== null || !after.fields.some((candidate) => candidate.key === newKey)) {
    throw new ApiError('E_INVALID_ARGUMENT', `"${newKey}" cannot be used as a key here`, {
      key: newKey,
      reason: 'bad-key',
    });
  }
  return next;
}

/** Refuses an edit whose result would not read back as the value that was set. */
function checkWritten(next: string, key: string, value: FieldValue): void {
  const after = parseFrontMatter(next);
  const written = after.fields.find((candidate) => candidate.key === key);
  const message =
    after.error !== null
      ? `The value for "${key}" does not parse: ${after.error.message}`
      : written === undefined
        ? `The value for "${key}" could not be written`
        : value.kind === 'list'
          ? sameItems(written.items, value.items)
            ? null
            : `The list for "${key}" did not read back the same`
          : value.kind === 'source' || value.kind === 'null' || written.text === value.text
            ? null
            : `The value for "${key}" did not read back the same`;
  if (message !== null) {
    throw new ApiError('E_INVALID_ARGUMENT', message, { key });
  }
}

function sameItems(actual: string[] | null, expected: string[]): boolean {
  return (
    (actual ?? []).length === expected.length &&
    expected.every((item, index) => actual?.[index] === item)
  );
}
