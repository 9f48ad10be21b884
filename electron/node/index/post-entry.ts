import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { PostEntry } from '../../../core/api';
import {
  readIndexFields,
  readSettledBlock,
  type IndexFields,
} from '../../../core/post/index-reader';
import { findHeadBlock } from './head-block';
import type { FoundFile } from './scan';

/** The first read of a post: enough for nearly every front matter. */
export const headBytes = 4096;
/** A front matter longer than this is not read further for the list. */
const maxHeadBytes = 256 * 1024;

/** Builds a post's list entry, reading the head of its file (usually the first 4 KB). */
export function readEntry(root: string, file: FoundFile): PostEntry {
  return entryFromHead(root, file, readHeadBytes(join(root, file.path), headBytes));
}

/** Builds a post's list entry from the first bytes of its file (read here or by the index worker). */
export function entryFromHead(root: string, file: FoundFile, head: Uint8Array): PostEntry {
  const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
  const bundle = bundleFolder(file.path, fileName);
  // A page bundle is named by its folder: its date prefix and, without a title, its title.
  const dateSource = bundle ?? fileName;
  const isCut = head.byteLength < file.size;
  let fields = readBlockBytes(head, isCut, dateSource) ?? readFromPrefix(head, isCut, dateSource);
  fields ??= readIndexFields(decodeHead(head, head.byteLength < file.size), dateSource, {
    isWholeFile: file.size <= head.byteLength,
  });
  if (fields.needsMoreText && file.size > head.byteLength) {
    const limit = Math.min(file.size, maxHeadBytes);
    const more = readHeadBytes(join(root, file.path), limit);
    fields = readIndexFields(decodeHead(more, more.byteLength < file.size), dateSource, {
      isWholeFile: limit === file.size,
    });
  }
  const stem = bundle ?? fileName.replace(/\.(md|markdown)$/i, '');
  return {
    path: file.path,
    title: nonEmpty(fields.title) ?? nonEmpty(fields.firstHeading) ?? stem,
    date: fields.date ?? fields.fileNameDate,
    // Jekyll and Hexo keep drafts in `_drafts/`, without a `draft:` key.
    draft: fields.draft || /(^|\/)_drafts\//.test(file.path),
    tags: fields.tags,
    categories: fields.categories,
    permalink: fields.permalink,
    mtimeMs: file.mtimeMs,
    size: file.size,
    frontMatterError: fields.error,
  };
}

/** The content file of a Hugo page bundle (`index.md`, `index.zh-cn.md`) or section (`_index.md`). */
const bundleFileName = /^(?:index(?:\.[a-z]{2}(?:-[a-z]+)?)?|_index)\.(?:md|markdown)$/i;

/** The folder name of a page bundle's content file; null for any other post. */
function bundleFolder(path: string, fileName: string): string | null {
  if (!bundleFileName.test(fileName) || path.length === fileName.length) {
    return null;
  }
  const folder = path.slice(0, path.length - fileName.length - 1);
  return folder.slice(folder.lastIndexOf('/') + 1);
}

/**
 * The fields read from the bytes of a front matter block found without decoding the head (only
 * the block's content is decoded), when the block settles the entry; null otherwise.
 */
function readBlockBytes(head: Uint8Array, isCut: boolean, fileName: string): IndexFields | null {
  const block = findHeadBlock(head);
  // A head that is not UTF-8 anywhere is listed under its file name, as `decodeHead` does.
  if (block === null || !isUtf8(isCut ? head.subarray(0, completeUtf8Length(head)) : head)) {
    return null;
  }
  const content = asBuffer(head).toString('utf8', block.contentFrom, block.contentTo);
  return readSettledBlock(block.language, content, fileName);
}

/** Bytes decoded first: nearly every front matter ends within them. */
const prefixBytes = 1024;

/**
 * The fields read from the head's first whole lines up to `prefixBytes`, when they settle the
 * entry: a front matter that closes there with a title and no error (the body then does not
 * matter). Null otherwise (the whole head is read). Decoding the whole 4 KB head was most of the
 * main thread's time in a 10,000-post open.
 */
function readFromPrefix(head: Uint8Array, isCut: boolean, fileName: string): IndexFields | null {
  const lineEnd = head.byteLength > prefixBytes ? head.lastIndexOf(0x0a, prefixBytes - 1) : -1;
  // A head that is not UTF-8 somewhere after the prefix is listed under its file name.
  const checked = isCut ? head.subarray(0, completeUtf8Length(head)) : head;
  if (lineEnd < 0 || !isUtf8(checked)) {
    return null;
  }
  const text = Buffer.from(head.buffer, head.byteOffset, lineEnd + 1).toString('utf8');
  const fields = readIndexFields(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, fileName);
  return !fields.needsMoreText && fields.title !== null && fields.error === null ? fields : null;
}

/** Reads up to `limit` bytes from the start of a file. */
function readHeadBytes(absPath: string, limit: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(limit);
  const fd = openSync(absPath, 'r');
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length < limit; length += read) {
      read = readSync(fd, buffer, length, limit - length, length);
    }
  } finally {
    closeSync(fd);
  }
  return buffer.subarray(0, length);
}

/**
 * Decodes a head as UTF-8 (without a leading BOM). When the file goes on (`isCut`), a character
 * cut at the end is held back; a file that is not UTF-8 gives '' (listed under its file name: its
 * title would be mojibake). `isUtf8` + `toString` rather than a fatal `TextDecoder`: the latter
 * cost ~90 ms of a 10,000-post open.
 */
function decodeHead(bytes: Uint8Array, isCut: boolean): string {
  const whole = asBuffer(bytes);
  const head = isCut ? whole.subarray(0, completeUtf8Length(bytes)) : whole;
  if (!isUtf8(head)) {
    return '';
  }
  const hasBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return head.toString('utf8', hasBom ? 3 : 0);
}

/** The length without a multi-byte character cut off at the end (it belongs to the unread rest). */
function completeUtf8Length(bytes: Uint8Array): number {
  const length = bytes.byteLength;
  let start = length - 1;
  while (start > 0 && length - start < 4 && ((bytes[start] ?? 0) & 0xc0) === 0x80) {
    start -= 1;
  }
  const lead = bytes[start] ?? 0;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return start + needed > length ? start : length;
}

/** The bytes as a Buffer (the worker's heads already are one: no view object per post then). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function nonEmpty(value: string | null): string | null {
  return value !== null && value.trim() !== '' ? value : null;
}
