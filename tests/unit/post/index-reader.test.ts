import { describe, expect, it } from 'vitest';
import { readIndexFields, readSettledBlock } from '../../../core/post/index-reader';

const whole = { isWholeFile: true };

describe('readIndexFields', () => {
  it('reads flat YAML front matter with dates as written', () => {
    const text = [
      '---',
      'title: "Hello: world" # a comment',
      'date: 2024-03-01 10:30:00',
      'tags: [a, "b c", d]',
      'categories:',
      '  - Notes',
      '  - 日记',
      'permalink: /p/hello/',
      '---',
      '# Heading',
    ].join('\n');
    expect(readIndexFields(text, 'hello.md', whole)).toEqual({
      title: 'Hello: world',
      date: '2024-03-01 10:30:00',
      draft: false,
      tags: ['a', 'b c', 'd'],
      categories: ['Notes', '日记'],
      permalink: '/p/hello/',
      firstHeading: null,
      error: null,
      needsMoreText: false,
      fileNameDate: null,
    });
  });

  it("reads the date under Astro's and Hugo's names when the post has no date key", () => {
    const read = (front: string): string | null =>
      readIndexFields(`---\ntitle: T\n${front}\n---\n`, 'x.md', whole).date;
    expect(read('pubDate: 2024-05-01')).toBe('2024-05-01');
    expect(read('pubDatetime: 2024-05-01T08:00:00Z')).toBe('2024-05-01T08:00:00Z');
    expect(read('publishDate: 2024-05-02')).toBe('2024-05-02');
    // `date` first, wherever it is written.
    expect(read('pubDate: 2024-05-01\ndate: 2023-01-01')).toBe('2023-01-01');
    expect(read('updatedDate: 2024-05-01')).toBeNull();
  });

  it('keeps numbers and times as text', () => {
    const text = '---\ntitle: 1.10\ndate: 12:30\ntags: [0123, 12345678901234567890]\n---\n';
    const fields = readIndexFields(text, 'x.md', whole);
    expect(fields.title).toBe('1.10');
    expect(fields.date).toBe('12:30');
    expect(fields.tags).toEqual(['0123', '12345678901234567890']);
  });

  it.each([
    ['draft: true', true],
    ['draft: false', false],
    ['published: false', true],
    ['published: true', false],
    ['draft: yes', false], // YAML 1.2: 'yes' is a string
    ['draft: "true"', false],
  ])('treats %s as draft=%s', (line, draft) => {
    expect(readIndexFields(`---\n${line}\n---\n`, 'x.md', whole).draft).toBe(draft);
  });

  it('splits a tag string at spaces like Jekyll, and reads the singular category', () => {
    const fields = readIndexFields('---\ntags: one two\ncategory: life\n---\n', 'x.md', whole);
    expect(fields.tags).toEqual(['one', 'two']);
    expect(fields.categories).toEqual(['life']);
  });

  it('falls back to a full YAML parser for nested and block values', () => {
    const text =
      '---\ntitle: >-\n  Folded\n  title\ncategories: [[a, b], c]\nextra: {x: [1, 2]}\n---\n';
    const fields = readIndexFields(text, 'x.md', whole);
    expect(fields.title).toBe('Folded title');
    expect(fields.categories).toEqual(['a', 'b', 'c']);
    expect(fields.error).toBeNull();
  });

  it('reads TOML and JSON front matter', () => {
    const toml =
      '+++\ntitle = "T"\ndate = 2024-03-01T10:30:00+08:00\ndraft = true\ntags = ["x", "y"]\n+++\nbody';
    expect(readIndexFields(toml, 'x.md', whole)).toMatchObject({
      title: 'T',
      date: '2024-03-01T10:30:00+08:00',
      draft: true,
      tags: ['x', 'y'],
    });
    const json = '{\n\n  "date": "2024-03-01",\n  "categories": ["c"]\n}\n\n# Body';
    expect(readIndexFields(json, 'x.md', whole)).toMatchObject({
      title: null,
      date: '2024-03-01',
      categories: ['c'],
      firstHeading: 'Body',
    });
  });

  it('reads Hexo front matter without the opening ---', () => {
    const text = 'layout: post\ndate: 2013-12-24 23:31:30\ntags:\n- a\n---\n\n# 正文';
    expect(readIndexFields(text, 'x.md', whole)).toMatchObject({
      title: null,
      date: '2013-12-24 23:31:30',
      tags: ['a'],
      firstHeading: '正文',
    });
  });

  it('asks for more text when the block is not closed within the head', () => {
    const head = '---\ntitle: Long\ndescription: ' + 'x'.repeat(100);
    expect(readIndexFields(head, 'x.md').needsMoreText).toBe(true);
    expect(readIndexFields('title: x\nmore: y', 'x.md').needsMoreText).toBe(true);
  });

  it('reports an unclosed block when it has the whole file', () => {
    const fields = readIndexFields('---\ntitle: x\n\nbody text', 'x.md', whole);
    expect(fields.needsMoreText).toBe(false);
    expect(fields.title).toBeNull();
    expect(fields.error).toMatchObject({ line: 1, column: 1 });
  });

  it('takes a leading thematic break for one, and a list for no front matter', () => {
    expect(readIndexFields('---\n\n# Title\n', 'x.md', whole)).toMatchObject({
      title: null,
      firstHeading: 'Title',
      error: null,
    });
    expect(readIndexFields('---\n- a\n- b\n---\n', 'x.md', whole)).toMatchObject({
      title: null,
      tags: [],
      error: null,
    });
  });

  it('reports broken YAML with its line and column in the file', () => {
    const fields = readIndexFields('---\ntitle: ok\nbad: [unclosed\n---\n', 'x.md', whole);
    expect(fields.error?.line).toBeGreaterThanOrEqual(3);
    expect(fields.error?.column).not.toBeNull();
  });

  it('reports duplicate keys', () => {
    expect(readIndexFields('---\ntitle: a\ntitle: b\n---\n', 'x.md', whole).error).not.toBeNull();
  });

  it('refuses JavaScript front matter without running it', () => {
    const text = '---js\n{ title: (globalThis.ran = 1, "x") }\n---\n';
    const fields = readIndexFields(text, 'x.md', whole);
    expect(fields.error?.message).toMatch(/never runs/);
    expect((globalThis as { ran?: number }).ran).toBeUndefined();
  });

  it('ignores a __proto__ key safely', () => {
    const fields = readIndexFields('---\n__proto__: x\ntitle: t\n---\n', 'x.md', whole);
    expect(fields.title).toBe('t');
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });

  it('gives the date at the start of a Jekyll file name', () => {
    expect(readIndexFields('', '2024-03-01-hello.md', whole).fileNameDate).toBe('2024-03-01');
    expect(readIndexFields('', 'hello.md', whole).fileNameDate).toBeNull();
  });

  it('handles a BOM and CRLF line endings', () => {
    const text = '\uFEFF---\r\ntitle: CRLF\r\ntags:\r\n  - a\r\n---\r\nbody';
    expect(readIndexFields(text, 'x.md', whole)).toMatchObject({ title: 'CRLF', tags: ['a'] });
  });

  it('gives the first heading as plain text', () => {
    const text = '# **Bold** and `code` with [a link](https://x.y) {#anchor}\n';
    expect(readIndexFields(text, 'x.md', whole).firstHeading).toBe('Bold and code with a link');
    expect(readIndexFields('# snake_case_name\n', 'x.md', whole).firstHeading).toBe(
      'snake_case_name',
    );
  });

  it('finds a setext heading and skips headings in code', () => {
    expect(readIndexFields('```\n# not\n```\n\nReal\n====\n', 'x.md', whole).firstHeading).toBe(
      'Real',
    );
  });
});

describe('readSettledBlock', () => {
  const contents = [
    'title: Plain\ntags: [a, b]\n',
    'title: "引号"\ndate: 2024-01-02\ndraft: true\n',
    'title: T\r\ncategories:\r\n  - x\r\n',
    "title: ''\n",
    'date: 2024-01-02\n',
    'title: &a A\nalias: *a\n',
    'title: [unclosed\n',
    'title: One\ntitle: Two\n',
    '',
  ];

  it('gives the fields readIndexFields gives for a closed --- block that settles them, else null', () => {
    for (const content of contents) {
      const text = `---\n${content}---\n# Heading\n`;
      const fields = readIndexFields(text, '2024-05-06-post.md', whole);
      const settles = fields.title !== null && fields.error === null;
      const settled = readSettledBlock('yaml', content, '2024-05-06-post.md');
      if (settled !== null) {
        expect(settled, content).toEqual(fields);
      }
      // The flat reader leaves anchors to js-yaml: such a block is left to the text reader too.
      expect(settled !== null, content).toBe(settles && !content.includes('&a'));
    }
  });

  it('reads TOML the same way', () => {
    const content = 'title = "Hugo"\ndate = 2024-01-02\ntags = ["a", "b"]\n';
    const fields = readIndexFields(`+++\n${content}+++\nbody\n`, 'index.md', whole);
    expect(readSettledBlock('toml', content, 'index.md')).toEqual(fields);
    expect(readSettledBlock('toml', 'title = \n', 'index.md')).toBeNull();
  });
});
