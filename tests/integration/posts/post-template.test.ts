import fc from 'fast-check';
import { load as loadJsYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { fillTemplate } from '../../../electron/node/posts/post-template';

const date = '2025-03-04 09:30:00';
const fillWith = (template: string, title: string, draft = false) =>
  fillTemplate(template, { title, date, draft });

/** The title the created post's front matter holds (failing the test when it does not parse). */
function titleOf(text: string, key = 'title'): unknown {
  const post = parseFrontMatter(text);
  expect(post.error, text).toBeNull();
  expect(post.format, text).not.toBeNull();
  return post.data[key];
}

const tricky = `Say "hi": it's #1`;

describe('fillTemplate: the title where it stands', () => {
  it('escapes for a YAML double-quoted string (the QA case)', () => {
    const text = fillWith('---\ntitle: "{{title}}"\ndate: {{date}}\n---\n', tricky);
    expect(text).toBe(`---\ntitle: "Say \\"hi\\": it's #1"\ndate: ${date}\n---\n`);
    expect(titleOf(text)).toBe(tricky);
    expect(fillWith('---\ntitle: "{{title}}"\n---\n', 'Hello')).toBe('---\ntitle: "Hello"\n---\n');
  });

  it("doubles ' in a YAML single-quoted string", () => {
    const text = fillWith("---\ntitle: '{{title}}'\n---\n", tricky);
    expect(text).toBe(`---\ntitle: 'Say "hi": it''s #1'\n---\n`);
    expect(titleOf(text)).toBe(tricky);
  });

  it('writes a bare title plain when that is safe, quoted when it is not', () => {
    expect(fillWith('---\ntitle: {{title}}\n---\n', 'Hello world')).toBe(
      '---\ntitle: Hello world\n---\n',
    );
    for (const title of [tricky, 'yes', '2025-01-01', '123', '- list', ' lead', '中文: 标题', '']) {
      expect(titleOf(fillWith('---\ntitle: {{title}}\n---\n', title)), title).toBe(title);
    }
  });

  it('writes the whole plain value safely when the title is part of it', () => {
    const text = fillWith('---\ndescription: About {{title}} today # a note\n---\n', tricky);
    expect(titleOf(text, 'description')).toBe(`About ${tricky} today`);
    expect(text).toContain('# a note');
  });

  it('fills a flow list item and a flow mapping value', () => {
    const text = fillWith('---\ntags: [{{title}}, blog]\nmeta: {name: "{{title}}"}\n---\n', tricky);
    expect(titleOf(text, 'tags')).toEqual([tricky, 'blog']);
    expect(titleOf(text, 'meta')).toEqual({ name: tricky });
  });

  it('takes a block scalar and a comment literally', () => {
    const text = fillWith('---\nsummary: |\n  {{title}}\n# {{title}}\n---\n', tricky);
    expect(titleOf(text, 'summary')).toBe(`${tricky}\n`);
    expect(text).toContain(`# ${tricky}\n`);
  });

  it('escapes for TOML basic strings, and turns a literal string that cannot hold it into one', () => {
    const basic = fillWith('+++\ntitle = "{{title}}"\n+++\n', tricky);
    expect(basic).toBe(`+++\ntitle = "Say \\"hi\\": it's #1"\n+++\n`);
    expect(titleOf(basic)).toBe(tricky);
    const literal = fillWith("+++\ntitle = '{{title}}'\n+++\n", tricky);
    expect(literal).toBe(`+++\ntitle = "Say \\"hi\\": it's #1"\n+++\n`);
    expect(titleOf(literal)).toBe(tricky);
    expect(fillWith("+++\ntitle = '{{title}}'\n+++\n", 'C:\\posts')).toBe(
      "+++\ntitle = 'C:\\posts'\n+++\n",
    );
    expect(titleOf(fillWith('+++\ntitle = {{title}}\n+++\n', tricky))).toBe(tricky);
  });

  it('writes a JSON string in JSON front matter', () => {
    for (const template of ['{\n  "title": "{{title}}"\n}\n', '{\n  "title": {{title}}\n}\n']) {
      expect(titleOf(fillWith(template, tricky))).toBe(tricky);
    }
  });

  it('puts the raw title in the body', () => {
    const text = fillWith('---\ntitle: "{{title}}"\n---\n\n# {{title}}\n', tricky);
    expect(text.endsWith(`\n# ${tricky}\n`)).toBe(true);
  });

  it('keeps `$&` and friends in a title as they are', () => {
    const title = 'Price: $& and $1 $$';
    expect(titleOf(fillWith('---\ntitle: "{{title}}"\n---\n# {{title}}\n', title))).toBe(title);
    expect(fillWith('# {{title}}\n', title)).toBe(`# ${title}\n`);
  });

  it('makes a title one line: line breaks become spaces', () => {
    expect(titleOf(fillWith('---\ntitle: {{title}}\n---\n', 'one\ntwo\r\nthree'))).toBe(
      'one two three',
    );
  });

  it('fills the date and draft as written, and adds draft: true when asked', () => {
    const text = fillWith('---\ntitle: {{title}}\ndate: {{date}}\n---\n', 'Post', true);
    expect(text).toBe(`---\ntitle: Post\ndate: ${date}\ndraft: true\n---\n`);
    expect(fillWith('---\ndraft: {{draft}}\n---\n', 'x', true)).toBe('---\ndraft: true\n---\n');
  });
});

// Titles full of what breaks front matter: quotes, colons, #, backslashes, Chinese, emoji, spaces.
const piece = fc.constantFrom(
  '"',
  "'",
  "''",
  ':',
  ': ',
  '#',
  ' #',
  '\\',
  '\\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  '-',
  '- ',
  '? ',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '$&',
  '---',
  '+++',
  '"""',
  "'''",
  ' ',
  '\t',
  '\n',
  '中文',
  '标题：',
  '😀',
  '👩‍💻',
  'yes',
  'null',
  '1.5',
  '2025-01-01',
  'é',
  '\u0007',
  '\u007f',
);
const title = fc
  .array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const expected = (text: string) => text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ');

const templates: { name: string; template: string; key?: string; prefix?: string }[] = [
  { name: 'YAML double', template: '---\ntitle: "{{title}}"\ndate: {{date}}\n---\n' },
  { name: 'YAML single', template: "---\ntitle: '{{title}}'\n---\n" },
  { name: 'YAML bare', template: '---\ntitle: {{title}}\ntags: []\n---\n\n# {{title}}\n' },
  { name: 'YAML in a value', template: '---\ntitle: Re: {{title}}\n---\n', prefix: 'Re: ' },
  { name: 'YAML list item', template: '---\ntitle:\n  - {{title}}\n---\n' },
  { name: 'TOML basic', template: '+++\ntitle = "{{title}}"\n+++\n' },
  { name: 'TOML literal', template: "+++\ntitle = '{{title}}'\n+++\n" },
  { name: 'TOML bare', template: '+++\ntitle = {{title}}\n+++\n' },
  { name: 'TOML multi-line', template: "+++\ntitle = '''{{title}}'''\n+++\n" },
  { name: 'JSON', template: '{\n  "title": "{{title}}"\n}\n' },
];

describe('fillTemplate: any title reads back exactly as typed', () => {
  it.each(templates)('$name', ({ template, prefix = '' }) => {
    fc.assert(
      fc.property(title, (typed) => {
        const text = fillWith(template, typed);
        const read = titleOf(text);
        const want = prefix + expected(typed);
        expect(Array.isArray(read) ? read[0] : read).toBe(want);
        if (template.startsWith('---')) {
          // Hexo reads front matter with js-yaml: it must agree.
          const block = text.slice(4, text.indexOf('\n---\n') + 1);
          const data = loadJsYaml(block) as { title: unknown };
          expect(Array.isArray(data.title) ? data.title[0] : data.title).toBe(want);
        }
        if (template.includes('# {{title}}')) {
          expect(text.endsWith(`# ${expected(typed)}\n`)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
