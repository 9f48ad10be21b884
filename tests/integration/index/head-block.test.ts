import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexFields } from '../../../core/post/index-reader';
import { findHeadBlock } from '../../../electron/node/index/head-block';
import { entryFromHead } from '../../../electron/node/index/post-entry';

const headBytes = 4096;
const encoder = new TextEncoder();
const root = mkdtempSync(join(tmpdir(), 'head-block-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

function decodeOrEmpty(bytes: Uint8Array, isCut: boolean): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: isCut });
    return text.replace(/^\uFEFF/, '');
  } catch {
    return '';
  }
}

/** The entry as the whole head decoded as text gives it (the reference the byte path must match). */
function fromText(bytes: Uint8Array, fileName: string) {
  const isCut = bytes.byteLength > headBytes;
  const head = decodeOrEmpty(bytes.subarray(0, headBytes), isCut);
  let fields = readIndexFields(head, fileName, { isWholeFile: !isCut });
  if (fields.needsMoreText && isCut) {
    fields = readIndexFields(decodeOrEmpty(bytes, false), fileName, { isWholeFile: true });
  }
  const title = [fields.title, fields.firstHeading].find((t) => t !== null && t.trim() !== '');
  return {
    title: title ?? fileName.replace(/\.md$/, ''),
    date: fields.date ?? fields.fileNameDate,
    draft: fields.draft,
    tags: fields.tags,
    categories: fields.categories,
    permalink: fields.permalink,
    frontMatterError: fields.error,
  };
}

function fromBytes(bytes: Uint8Array, fileName: string) {
  // Written out: a front matter that goes past the head is read again from the file.
  writeFileSync(join(root, fileName), bytes);
  const file = { path: fileName, size: bytes.byteLength, mtimeMs: 0 };
  const entry = entryFromHead(root, file, bytes.subarray(0, headBytes));
  const { title, date, draft, tags, categories, permalink, frontMatterError } = entry;
  return { title, date, draft, tags, categories, permalink, frontMatterError };
}

const tricky: Record<string, string> = {
  plain: '---\ntitle: Plain\ntags: [a, b]\n---\nbody\n',
  crlf: '---\r\ntitle: CRLF\r\ncategories:\r\n  - x\r\n---\r\nbody\r\n',
  bom: '\uFEFF---\ntitle: 带 BOM\n---\n',
  'closing with blanks': '---\ntitle: Blanks\n---  \t\nbody\n',
  'closing with dots': '---\ntitle: Dots\n...\nbody\n',
  'closing cr only': '---\ntitle: Lone CR\n---\r\r\nlater: x\n---\n',
  'four dashes inside': '---\ntitle: Four\nnote: x\n----\n---\n',
  'opening with blanks': '--- \ntitle: Open blanks\n---\n',
  'opening with a language': '---yaml\ntitle: Lang\n---\n',
  'no closing': '---\ntitle: Never closed\n',
  'closing at the end': '---\ntitle: At the end\n---',
  'empty title': "---\ntitle: ''\n---\n# Heading\n",
  'no title': '---\ndate: 2024-01-02\n---\n# From the heading\n',
  'duplicate keys': '---\ntitle: One\ntitle: Two\n---\n',
  'needs js-yaml': '---\ntitle: &a Anchored\nalias: *a\n---\n',
  'thematic break': '---\n\ntitle: maybe\n---\n',
  toml: '+++\ntitle = "TOML"\ndate = 2024-01-02\ntags = ["a"]\n+++\nbody\n',
  'toml broken': '+++\ntitle = \n+++\n# Heading\n',
  'toml with blanks': '+++\ntitle = "Blanks"\n+++ \r\nbody\n',
  'dashes then pluses': '---\ntitle: Mixed\n+++\n',
  'draft and permalink': '---\ntitle: D\ndraft: true\npermalink: /x/\npublished: false\n---\n',
};

describe('finding front matter in the bytes of a head', () => {
  it('gives the entry the text reader gives, for every tricky head', () => {
    for (const [name, text] of Object.entries(tricky)) {
      const bytes = encoder.encode(text);
      expect(fromBytes(bytes, `${name}.md`), name).toEqual(fromText(bytes, `${name}.md`));
    }
  });

  it('finds the content between the delimiters, after a BOM', () => {
    const bytes = encoder.encode('\uFEFF+++\r\ntitle = "x"\r\n+++\r\n');
    expect(findHeadBlock(bytes)).toEqual({ language: 'toml', contentFrom: 8, contentTo: 21 });
  });

  it('leaves a head whose closing line is cut by the end to the text reader', () => {
    const head = encoder.encode(`---\ntitle: ${'x'.repeat(4000)}\n--`);
    expect(findHeadBlock(head)).toBeNull();
    expect(findHeadBlock(encoder.encode('---\ntitle: x\n--- '))).toBeNull();
  });

  it('agrees with the text reader on generated heads around the 4 KB mark', () => {
    const line = fc.constantFrom(
      'title: Generated',
      'title: "引号里的标题"',
      "title: 'it''s'",
      'title:',
      'date: 2024-05-06',
      'tags: [a, b, c]',
      'tags:',
      '  - item',
      'draft: false',
      '---',
      '--- ',
      '...',
      '----',
      '+++',
      '# comment',
      '',
      '\r',
      'key: value # note',
      'bad: [unclosed',
    );
    const post = fc.record({
      opening: fc.constantFrom('---', '+++', '---\r', '\uFEFF---', '--- ', '---json'),
      lines: fc.array(line, { maxLength: 8 }),
      padding: fc.integer({ min: 0, max: 4200 }),
      closing: fc.constantFrom('---', '...', '+++', '--- ', '---\r', ''),
      body: fc.constantFrom('', '# Heading\n', '正文\n', 'text'),
    });
    fc.assert(
      fc.property(post, ({ opening, lines, padding, closing, body }) => {
        const filler = padding > 0 ? [`note: ${'n'.repeat(padding)}`] : [];
        const text = [opening, ...filler, ...lines, closing, body].join('\n');
        const bytes = encoder.encode(text);
        expect(fromBytes(bytes, 'generated.md')).toEqual(fromText(bytes, 'generated.md'));
      }),
      { numRuns: 400 },
    );
  });
});
