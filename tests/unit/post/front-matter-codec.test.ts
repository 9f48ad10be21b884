import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { ApiError } from '../../../core/api';
import {
  parseFrontMatter,
  removeFrontMatterField,
  renameFrontMatterField,
  setFrontMatterField,
  type FrontMatterField,
} from '../../../core/post/front-matter';

function fieldOf(text: string, key: string): FrontMatterField | undefined {
  return parseFrontMatter(text).fields.find((candidate) => candidate.key === key);
}

function linesOf(text: string): string[] {
  return text.split('\n');
}

const tricky = [
  '---',
  "title: 'Hello' # greeting",
  'date: 2024-03-01 10:30:00',
  'time: 12:30',
  'zip: 0123',
  'version: 1.10',
  'id: 12345678901234567890',
  'answer: no',
  '__proto__: polluted',
  'tags: [a, "b c"]',
  'categories:',
  '  - 日记',
  '  - life',
  'cover:',
  '  image: a.png',
  '  alt: "A"',
  'empty:',
  '---',
  '',
  'Body text.',
  '',
].join('\n');

describe('parseFrontMatter', () => {
  it('runs gray-matter with options only, so nothing lands in its shared cache', () => {
    const text = '---\ntitle: cached?\n---\nbody';
    parseFrontMatter(text);
    setFrontMatterField(text, 'title', { kind: 'string', text: 'x' });
    // gray-matter's cache is not in its typings; it is a plain object keyed by input.
    const { cache } = matter as unknown as { cache: Record<string, unknown> };
    expect(Object.keys(cache)).toEqual([]);
  });

  it('gives a fresh result each time (nothing shared to mutate)', () => {
    const text = '---\ntitle: a\ntags: [x]\n---\n';
    const first = parseFrontMatter(text);
    (first.data.tags as string[]).push('mutated');
    expect(parseFrontMatter(text).data.tags).toEqual(['x']);
  });

  it('keeps every value as written', () => {
    const post = parseFrontMatter(tricky);
    expect(post.format).toBe('yaml');
    expect(post.fields.map((f) => [f.key, f.kind, f.text, f.line])).toEqual([
      ['title', 'string', 'Hello', 2],
      ['date', 'datetime', '2024-03-01 10:30:00', 3],
      ['time', 'string', '12:30', 4],
      ['zip', 'number', '0123', 5],
      ['version', 'number', '1.10', 6],
      ['id', 'number', '12345678901234567890', 7],
      ['answer', 'string', 'no', 8],
      ['__proto__', 'string', 'polluted', 9],
      ['tags', 'list', '', 10],
      ['categories', 'list', '', 11],
      ['cover', 'map', 'image: a.png\nalt: "A"', 14],
      ['empty', 'null', '', 17],
    ]);
    expect(fieldOf(tricky, 'tags')?.items).toEqual(['a', 'b c']);
    expect(fieldOf(tricky, 'categories')?.items).toEqual(['日记', 'life']);
  });

  it('gives plain data that loses no text and no prototype', () => {
    const { data } = parseFrontMatter(tricky);
    expect(data.zip).toBe('0123');
    expect(data.version).toBe('1.10');
    expect(data.id).toBe('12345678901234567890');
    expect(data.time).toBe('12:30');
    expect(data.date).toBe('2024-03-01 10:30:00');
    expect(data.answer).toBe('no');
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(data.cover).toEqual(
      Object.assign(Object.create(null) as object, { image: 'a.png', alt: 'A' }),
    );
  });

  it('locates the body exactly', () => {
    const post = parseFrontMatter(tricky);
    expect(post.body).toBe('\nBody text.\n');
    expect(tricky.slice(post.bodyOffset)).toBe(post.body);
    expect(post.bodyStartLine).toBe(19);
    expect(post.block).toEqual({ from: 0, to: tricky.indexOf('\n\nBody') + 1 });
  });

  it('accepts the YAML document-end marker ... as the closing line, like Jekyll', () => {
    const text = '---\ntitle: Dots\n...\nbody';
    expect(parseFrontMatter(text)).toMatchObject({
      format: 'yaml',
      body: 'body',
      data: { title: 'Dots' },
    });
    expect(setFrontMatterField(text, 'tags', { kind: 'list', items: ['a'] })).toBe(
      '---\ntitle: Dots\ntags: [a]\n...\nbody',
    );
  });

  it('keeps a BOM outside the block', () => {
    const post = parseFrontMatter('\uFEFF---\ntitle: x\n---\nbody');
    expect(post.block?.from).toBe(1);
    expect(post.body).toBe('body');
  });

  it.each([
    ['a thematic break at the top', '---\n\nSome text\n', 'thematic-break'],
    ['two thematic breaks around prose', '---\n\nJust prose.\n\n---\n\nMore.', 'thematic-break'],
    ['an unclosed block', '---\ntitle: x\n\n# Body', 'unclosed'],
    ['a list', '---\n- a\n- b\n---\nbody', 'not-a-mapping'],
    ['a string', '---\njust a sentence\n---\nbody', 'not-a-mapping'],
  ])('does not take %s for front matter', (_name, text, reason) => {
    const post = parseFrontMatter(text);
    expect(post.format).toBeNull();
    expect(post.notFrontMatterReason).toBe(reason);
    expect(post.body).toBe(text);
    expect(post.fields).toEqual([]);
  });

  it('reports explicit-language blocks that are no mapping or never closed', () => {
    expect(parseFrontMatter('---json\n[1, 2]\n---\nbody')).toMatchObject({
      format: null,
      notFrontMatterReason: 'not-a-mapping',
    });
    expect(parseFrontMatter('---yaml\n\n- a\n---\nbody').notFrontMatterReason).toBe(
      'not-a-mapping',
    );
    expect(parseFrontMatter('---json\n{"title": "x"}\nbody').notFrontMatterReason).toBe('unclosed');
  });

  it('refuses to write into an unclosed block or a non-mapping', () => {
    for (const text of ['---\ntitle: x\n\n# Body', '---\n- a\n---\nbody']) {
      expect(() => setFrontMatterField(text, 'title', { kind: 'string', text: 'x' })).toThrow(
        ApiError,
      );
    }
  });

  it('reports an unclosed block with its line', () => {
    expect(parseFrontMatter('---\ntitle: x\n\nbody').error).toMatchObject({ line: 1, column: 1 });
  });

  it('reports broken YAML with a line and column in the file, body still readable', () => {
    const text = '---\ntitle: ok\nlist: [a, b\nnext: 1\n---\nThe body';
    const post = parseFrontMatter(text);
    expect(post.format).toBe('yaml');
    expect(post.error?.line).toBeGreaterThanOrEqual(3);
    expect(post.error?.column).toBeGreaterThanOrEqual(1);
    expect(post.error?.message).not.toMatch(/at line/);
    expect(post.body).toBe('The body');
  });

  it('reports a bad indentation at the exact line and column', () => {
    const post = parseFrontMatter('---\ntitle: ok\ntags:\n  - a\n - b\n---\n');
    expect(post.error).toMatchObject({ line: 5, column: 1 });
  });

  it('reports duplicate keys', () => {
    const post = parseFrontMatter('---\ntitle: a\ntitle: b\n---\n');
    expect(post.error).toMatchObject({ line: 3, column: 1 });
    expect(post.error?.message).toMatch(/unique/i);
  });

  it('limits alias expansion', () => {
    const lines = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++) {
      const ref = `*${String.fromCharCode(96 + level)}`;
      lines.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(ref).join(', ')}]`,
      );
    }
    lines.push('---', '');
    expect(parseFrontMatter(lines.join('\n')).error?.message).toMatch(/aliases/);
  });

  it.each([
    '---js',
    '---JS',
    '--- js',
    '--- JavaScript ',
    '---javascript',
    '---coffee',
    '---CoffeeScript',
  ])('refuses %j front matter without evaluating it', (opening) => {
    const text = `${opening}\n{ title: (globalThis.__evaluated = true, 'x') }\n---\nbody`;
    const post = parseFrontMatter(text);
    expect(post.error?.message).toMatch(/never/);
    expect(post.format).toBeNull();
    expect(post.body).toBe('body');
    expect((globalThis as { __evaluated?: boolean }).__evaluated).toBeUndefined();
    expect(() => setFrontMatterField(text, 'title', { kind: 'string', text: 'y' })).toThrow(
      expect.objectContaining({ code: 'E_FRONT_MATTER' }) as Error,
    );
  });

  it('reads TOML with values as written', () => {
    const text =
      '+++\ntitle = "T"\ndate = 2024-03-01T10:30:00+08:00\nids = [1, 2]\n[params]\nx = 1\n+++\nbody';
    const post = parseFrontMatter(text);
    expect(post.format).toBe('toml');
    expect(post.fields.map((f) => [f.key, f.kind, f.text, f.line])).toEqual([
      ['title', 'string', 'T', 2],
      ['date', 'datetime', '2024-03-01T10:30:00+08:00', 3],
      ['ids', 'list', '', 4],
      ['params', 'map', '[params]\nx = 1', 5],
    ]);
    expect(post.fields[2]?.items).toEqual(['1', '2']);
    expect(post.data.date).toBe('2024-03-01T10:30:00+08:00');
    expect(post.error).toBeNull();
  });

  it('reports broken TOML with its line in the file', () => {
    const post = parseFrontMatter('+++\ntitle = "T"\ndate = \n+++\nbody');
    expect(post.error?.line).toBe(3);
    expect(post.body).toBe('body');
  });

  it('reads JSON front matter, Hugo style and ---json', () => {
    const hugo = parseFrontMatter('{\n  "title": "J",\n  "n": 1.10\n}\nbody');
    expect(hugo.format).toBe('json');
    expect(hugo.fields.map((f) => [f.key, f.text])).toEqual([
      ['title', 'J'],
      ['n', '1.10'],
    ]);
    expect(hugo.body).toBe('body');
    const dashed = parseFrontMatter('---json\n{"title": "D"}\n---\nbody');
    expect(dashed.format).toBe('json');
    expect(dashed.data.title).toBe('D');
  });

  it('reports broken JSON with its line and column in the file', () => {
    const post = parseFrontMatter('{\n  "title": "x",\n  "tags": [1 2]\n}\nbody');
    expect(post.format).toBe('json');
    expect(post.error).toMatchObject({ line: 3, column: 14 });
    expect(post.body).toBe('body');
  });

  it('reads Hexo front matter without an opening ---', () => {
    const text = 'title: 中文測試\ndate: 2013-12-24 23:31:30\ntags:\n---\n\nBody';
    const post = parseFrontMatter(text);
    expect(post.format).toBe('yaml');
    expect(post.block).toEqual({ from: 0, to: text.indexOf('---') + 4 });
    expect(post.data.title).toBe('中文測試');
    expect(post.body).toBe('\nBody');
  });

  it('does not take prose with a colon for Hexo front matter', () => {
    const text = 'Note: this is prose, not metadata.\nIt goes on.\n\n---\n\nMore.';
    expect(parseFrontMatter(text).format).toBeNull();
  });
});

describe('setFrontMatterField', () => {
  it('changes only the line of the key it sets', () => {
    const next = setFrontMatterField(tricky, 'title', { kind: 'string', text: 'New: 标题 🎉' });
    const before = linesOf(tricky);
    const after = linesOf(next);
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual([
      "title: 'New: 标题 🎉' # greeting",
    ]);
    expect(fieldOf(next, 'title')?.text).toBe('New: 标题 🎉');
  });

  it('keeps the quote style, and quotes plain strings only when YAML needs it', () => {
    const text = '---\na: "x"\nb: plain\nc: plain\nd: plain\ne: plain\n---\n';
    let next = setFrontMatterField(text, 'a', { kind: 'string', text: 'y' });
    next = setFrontMatterField(next, 'b', { kind: 'string', text: '新的 value' });
    next = setFrontMatterField(next, 'c', { kind: 'string', text: 'a: b # not a comment' });
    next = setFrontMatterField(next, 'd', { kind: 'string', text: 'true' });
    next = setFrontMatterField(next, 'e', { kind: 'string', text: '- leading dash' });
    expect(next).toBe(
      '---\na: "y"\nb: 新的 value\nc: "a: b # not a comment"\nd: "true"\ne: "- leading dash"\n---\n',
    );
    for (const [key, text] of [
      ['c', 'a: b # not a comment'],
      ['d', 'true'],
      ['e', '- leading dash'],
    ]) {
      expect(fieldOf(next, key ?? '')).toMatchObject({ kind: 'string', text });
    }
  });

  it.each([
    ['12:30', 'string'],
    ['0123', 'number'],
    ['1.10', 'number'],
    ['12345678901234567890', 'number'],
    ['2024-03-01 10:30:00', 'datetime'],
    ['no', 'string'],
    ['__proto__', 'string'],
    ['it\'s "quoted"', 'string'],
    ['line one\nline two', 'string'],
    ['#hashtag', 'string'],
    ['emoji 😀 and 中文', 'string'],
    ['', 'string'],
  ] as const)('writes %j so that it reads back the same', (text, kind) => {
    const next = setFrontMatterField(tricky, 'title', { kind, text });
    expect(fieldOf(next, 'title')?.text).toBe(text);
  });

  it('keeps flow lists flow and block lists block, with their indent', () => {
    let next = setFrontMatterField(tricky, 'tags', { kind: 'list', items: ['a', 'b c', 'd, e'] });
    next = setFrontMatterField(next, 'categories', { kind: 'list', items: ['life', '新'] });
    expect(next).toContain('tags: [a, "b c", "d, e"]\n');
    expect(next).toContain('categories:\n  - life\n  - 新\ncover:');
    expect(fieldOf(next, 'tags')?.items).toEqual(['a', 'b c', 'd, e']);
  });

  it('keeps block scalars block scalars', () => {
    const text =
      '---\ndesc: |\n    line one\n    line two\nsum: >-\n  folded\n  text\nnext: 1\n---\n';
    expect(fieldOf(text, 'desc')?.text).toBe('line one\nline two\n');
    expect(setFrontMatterField(text, 'desc', { kind: 'string', text: '新\n的' })).toBe(
      '---\ndesc: |-\n    新\n    的\nsum: >-\n  folded\n  text\nnext: 1\n---\n',
    );
    expect(setFrontMatterField(text, 'sum', { kind: 'string', text: 'one line' })).toBe(
      '---\ndesc: |\n    line one\n    line two\nsum: >-\n  one line\nnext: 1\n---\n',
    );
    // A leading space needs an indentation indicator: quoted instead.
    expect(setFrontMatterField(text, 'desc', { kind: 'string', text: ' lead' })).toContain(
      'desc: " lead"\nsum',
    );
  });

  it('writes an empty list as []', () => {
    const next = setFrontMatterField(tricky, 'categories', { kind: 'list', items: [] });
    expect(next).toContain('categories: []\ncover:');
  });

  it('fills an empty value on its own line', () => {
    const next = setFrontMatterField(tricky, 'empty', { kind: 'date', text: '2024-05-06' });
    expect(next).toContain('\nempty: 2024-05-06\n---');
  });

  it('adds a missing key at the end of the block', () => {
    const next = setFrontMatterField(tricky, 'draft', { kind: 'boolean', text: 'true' });
    expect(next).toBe(tricky.replace('empty:\n---', 'empty:\ndraft: true\n---'));
  });

  it('creates a YAML block in a post without one', () => {
    expect(setFrontMatterField('# Hi\n', 'title', { kind: 'string', text: 'Hi' })).toBe(
      '---\ntitle: Hi\n---\n# Hi\n',
    );
    expect(setFrontMatterField('\uFEFFBody\r\n', 'title', { kind: 'string', text: 'T' })).toBe(
      '\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n',
    );
  });

  it('replaces a nested value from its source text', () => {
    const next = setFrontMatterField(tricky, 'cover', {
      kind: 'source',
      text: 'image: b.png\nalt: B',
    });
    expect(next).toContain('cover:\n  image: b.png\n  alt: B\nempty:');
  });

  it('refuses source text that does not parse', () => {
    expect(() =>
      setFrontMatterField(tricky, 'cover', { kind: 'source', text: '[unclosed' }),
    ).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }) as Error);
  });

  it('keeps CRLF line endings, also in the lines it adds', () => {
    const crlf = tricky.replace(/\n/g, '\r\n');
    let next = setFrontMatterField(crlf, 'categories', { kind: 'list', items: ['x', 'y', 'z'] });
    next = setFrontMatterField(next, 'added', { kind: 'string', text: 'v' });
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    // `y` is a boolean to YAML 1.1 readers, so the new item is quoted.
    expect(next).toContain('categories:\r\n  - x\r\n  - "y"\r\n  - z\r\ncover:');
    expect(next).toContain('added: v\r\n---\r\n');
  });

  it('replaces a value on a CRLF line without touching its line ending', () => {
    const crlf = '---\r\ntitle: Old # c\r\nempty:\r\ntags: [a]\r\n---\r\nbody\r\n';
    let next = setFrontMatterField(crlf, 'title', { kind: 'string', text: '新' });
    next = setFrontMatterField(next, 'empty', { kind: 'string', text: 'now' });
    next = setFrontMatterField(next, 'tags', { kind: 'list', items: ['a', 'b'] });
    expect(next).toBe('---\r\ntitle: 新 # c\r\nempty: now\r\ntags: [a, b]\r\n---\r\nbody\r\n');
    expect(removeFrontMatterField(next, 'empty')).toBe(
      '---\r\ntitle: 新 # c\r\ntags: [a, b]\r\n---\r\nbody\r\n',
    );
  });

  it('uses the dominant line ending of a mixed block', () => {
    const mixed = '---\r\na: 1\r\nb: 2\nc: 3\r\n---\nbody\n';
    expect(setFrontMatterField(mixed, 'd', { kind: 'number', text: '4' })).toBe(
      '---\r\na: 1\r\nb: 2\nc: 3\r\nd: 4\r\n---\nbody\n',
    );
  });

  it('throws E_FRONT_MATTER on broken front matter', () => {
    expect(() =>
      setFrontMatterField('---\na: [\n---\n', 'a', { kind: 'string', text: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'E_FRONT_MATTER' }) as Error);
  });

  it('edits TOML in place, keeping literal quotes and adding keys before tables', () => {
    const text = "+++\ntitle = 'T' # c\ntags = [\"a\", 'b']\n\n[params]\nx = 1\n+++\nbody";
    let next = setFrontMatterField(text, 'title', { kind: 'string', text: '新' });
    next = setFrontMatterField(next, 'tags', { kind: 'list', items: ['a', 'b', 'c'] });
    next = setFrontMatterField(next, 'draft', { kind: 'boolean', text: 'true' });
    expect(next).toBe(
      '+++\ntitle = \'新\' # c\ntags = ["a", \'b\', "c"]\ndraft = true\n\n[params]\nx = 1\n+++\nbody',
    );
    expect(removeFrontMatterField(next, 'params')).toBe(
      '+++\ntitle = \'新\' # c\ntags = ["a", \'b\', "c"]\ndraft = true\n\n+++\nbody',
    );
    expect(renameFrontMatterField(next, 'params', 'extra')).toContain('[extra]\nx = 1');
    expect(renameFrontMatterField('+++\nsite.name = "x"\n+++\n', 'site.name', 'site name')).toBe(
      '+++\n"site name" = "x"\n+++\n',
    );
  });

  it('edits JSON in place', () => {
    const text = '{\n  "title": "J",\n  "n": 1.10\n}\nbody';
    let next = setFrontMatterField(text, 'title', { kind: 'string', text: 'K "q"' });
    next = setFrontMatterField(next, 'tags', { kind: 'list', items: ['a'] });
    expect(next).toBe('{\n  "title": "K \\"q\\"",\n  "n": 1.10,\n  "tags": ["a"]\n}\nbody');
    expect(removeFrontMatterField(next, 'n')).toBe(
      '{\n  "title": "K \\"q\\"",\n  "tags": ["a"]\n}\nbody',
    );
    expect(renameFrontMatterField(next, 'n', 'weight')).toContain('"weight": 1.10');
  });
});

describe('removeFrontMatterField and renameFrontMatterField', () => {
  it('removes exactly the lines of one key', () => {
    const next = removeFrontMatterField(tricky, 'categories');
    expect(next).toBe(tricky.replace('categories:\n  - 日记\n  - life\n', ''));
    expect(removeFrontMatterField(tricky, 'missing')).toBe(tricky);
    expect(removeFrontMatterField('# No front matter\n', 'title')).toBe('# No front matter\n');
    expect(() => removeFrontMatterField('---\n- a\n---\n', 'title')).toThrow(ApiError);
  });

  it('keeps comments on lines of their own', () => {
    const text = '---\n# about the title\ntitle: x\n# about tags\ntags: [a]\n---\n';
    expect(removeFrontMatterField(text, 'title')).toBe(
      '---\n# about the title\n# about tags\ntags: [a]\n---\n',
    );
  });

  it('renames a key on its own line, value untouched', () => {
    const next = renameFrontMatterField(tricky, 'answer', 'reply');
    expect(next).toBe(tricky.replace('answer: no', 'reply: no'));
    expect(renameFrontMatterField(tricky, 'answer', 'has space: x')).toContain(
      '"has space: x": no',
    );
  });

  it('refuses to rename onto an existing key', () => {
    expect(() => renameFrontMatterField(tricky, 'answer', 'title')).toThrow(
      expect.objectContaining({ code: 'E_EXISTS' }) as Error,
    );
  });
});
