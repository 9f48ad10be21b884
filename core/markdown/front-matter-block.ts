import type { FrontMatterErrorInfo } from '../api';
import { parseFrontMatter } from '../post/front-matter';
import { scanFrontMatter } from '../post/split';
import { dateKeyOf } from '../post/index-fields';

/** Where a post's front matter is, as a block of whole source lines. */
export interface FrontMatterBlock {
  format: 'yaml' | 'toml' | 'json';
  /** Always 0: front matter is only recognised at the top. */
  startLine: number;
  /** The first body line (exclusive end of the block, 0-based). */
  endLine: number;
  /** The block's text, delimiters included. */
  raw: string;
  summary: FrontMatterSummary;
}

/** What the preview shows above the body: the post's title, date and taxonomy as written. */
export interface FrontMatterSummary {
  title: string | null;
  /** The date exactly as written in the file (never re-formatted). */
  date: string | null;
  tags: string[];
  categories: string[];
  /** Set when the front matter cannot be parsed (the UI words it); the body still renders. */
  error: FrontMatterErrorInfo | null;
}

/**
 * Finds a post's front matter exactly as the front-matter codec does (`core/post`), so that the
 * preview and the form agree on where the body starts: `---` YAML, `+++` TOML, `{` JSON, Hexo's
 * block without an opening fence; a leading `---` that is a thematic break is body.
 *
 * Memoized by the block's text: typing in the body re-scans only the top of the post.
 */
export class FrontMatterReader {
  private cache: { raw: string; result: FrontMatterBlock | null } | null = null;

  /** The front matter of `text` (with '\n' line endings), or null. */
  read(text: string): FrontMatterBlock | null {
    const scan = scanFrontMatter(text, true);
    if (scan.kind !== 'block') {
      return null;
    }
    const raw = text.slice(0, scan.block.to);
    if (this.cache?.raw !== raw || !scan.block.closed) {
      this.cache = { raw, result: scan.block.closed ? readBlock(text, raw) : null };
    }
    return this.cache.result;
  }
}

function readBlock(text: string, raw: string): FrontMatterBlock | null {
  const post = parseFrontMatter(text);
  if (post.format === null || post.block === null) {
    return null;
  }
  const data = post.data;
  return {
    format: post.format,
    startLine: 0,
    endLine: post.bodyStartLine - 1,
    raw,
    summary: {
      title: scalarText(data['title']),
      date: scalarText(data[dateKeyOf((key) => data[key] !== undefined)]),
      tags: listOfText(data['tags']),
      categories: listOfText(data['categories'] ?? data['category']),
      error: post.error,
    },
  };
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return null;
}

function listOfText(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .flatMap((item: unknown) => (Array.isArray(item) ? listOfText(item) : [scalarText(item)]))
      .filter(isText);
  }
  const text = scalarText(value);
  if (text === null) {
    return [];
  }
  // Jekyll splits a string of tags on whitespace; a comma list is the other common spelling.
  return text.split(text.includes(',') ? /\s*,\s*/ : /\s+/).filter((item) => item !== '');
}

function isText(value: string | null): value is string {
  return value !== null && value !== '';
}
