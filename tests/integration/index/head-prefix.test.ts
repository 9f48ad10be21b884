import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndexFields } from '../../../core/post/index-reader';
import { entryFromHead } from '../../../electron/node/index/post-entry';
import { makeWorkspace, type TempWorkspace } from '../support/temp-workspace';

const realPosts = new URL('../../../../shared/fixtures/real-posts', import.meta.url);
const headBytes = 4096;

let workspace: TempWorkspace | null = null;

afterEach(async () => {
  await workspace?.cleanup();
  workspace = null;
});

/** The entry's fields as the whole 4 KB head decoded at once gives them (the reference). */
function fromWholeHead(bytes: Uint8Array, fileName: string) {
  const head = bytes.subarray(0, headBytes);
  const text = decodeOrEmpty(head, bytes.byteLength > headBytes);
  const fields = readIndexFields(text, fileName, { isWholeFile: bytes.byteLength <= headBytes });
  return {
    title: nonEmpty(fields.title) ?? nonEmpty(fields.firstHeading) ?? fileName.replace(/\.md$/, ''),
    date: fields.date ?? fields.fileNameDate,
    tags: fields.tags,
    categories: fields.categories,
    frontMatterError: fields.error,
  };
}

function nonEmpty(value: string | null): string | null {
  return value !== null && value.trim() !== '' ? value : null;
}

/** Fatal UTF-8 decoding; a character cut at the end of a cut head is held back (stream mode). */
function decodeOrEmpty(head: Uint8Array, isCut: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: isCut });
  } catch {
    return '';
  }
}

function entryOf(root: string, path: string, bytes: Uint8Array) {
  const file = { path, size: bytes.byteLength, mtimeMs: 0 };
  const entry = entryFromHead(root, file, bytes.subarray(0, headBytes));
  return {
    title: entry.title,
    date: entry.date,
    tags: entry.tags,
    categories: entry.categories,
    frontMatterError: entry.frontMatterError,
  };
}

function postsBelow(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? postsBelow(path) : /\.md$/.test(name) ? [path] : [];
  });
}

describe('reading a post from the first KB of its head', () => {
  it('gives the entry the whole head gives, for front matter around the 1 KB mark', async () => {
    const long = 'x'.repeat(1100);
    const posts: Record<string, string> = {
      'short.md': `---\ntitle: 短标题\ntags: [a, b]\n---\n${'正文'.repeat(2000)}`,
      'long-fm.md': `---\ndescription: ${long}\ntitle: After a long field\n---\n${'body '.repeat(900)}`,
      'straddle.md': `---\nnote: ${'y'.repeat(1005)}\ntitle: 跨过边界的标题\n---\n${'z'.repeat(4000)}`,
      'no-title.md': `---\ndate: 2024-01-02\n---\n\n# 正文标题\n${'w'.repeat(5000)}`,
      'broken.md': `---\ntitle: [unclosed\n---\n${'v'.repeat(5000)}`,
      'plain.md': `# Only a heading\n${'u'.repeat(5000)}`,
    };
    workspace = await makeWorkspace(posts);
    for (const [path, text] of Object.entries(posts)) {
      const bytes = new TextEncoder().encode(text);
      expect(entryOf(workspace.root, path, bytes), path).toEqual(fromWholeHead(bytes, path));
    }
  });

  it('lists a post under its file name when its body is not UTF-8, as the whole head does', async () => {
    const frontMatter = new TextEncoder().encode('---\ntitle: ASCII title\n---\n');
    const gbkBody = new Uint8Array(5000).fill(0xb1);
    const bytes = new Uint8Array([...frontMatter, ...gbkBody]);
    workspace = await makeWorkspace({ 'gbk-body.md': bytes });
    expect(entryOf(workspace.root, 'gbk-body.md', bytes).title).toBe('gbk-body');
  });

  it.skipIf(!existsSync(realPosts))('agrees with the whole head on every real post', () => {
    const root = realPosts.pathname;
    for (const absPath of postsBelow(root)) {
      const bytes = new Uint8Array(readFileSync(absPath));
      const path = absPath.slice(root.length + 1);
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      const expected = fromWholeHead(bytes, fileName);
      const actual = entryOf(root, path, bytes);
      expect(actual.date, path).toEqual(expected.date);
      expect(actual.tags, path).toEqual(expected.tags);
      expect(actual.categories, path).toEqual(expected.categories);
      expect(actual.frontMatterError, path).toEqual(expected.frontMatterError);
      expect(actual.title, path).toBe(expected.title);
    }
  });
});
