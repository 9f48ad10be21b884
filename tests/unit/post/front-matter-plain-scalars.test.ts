import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import {
  parseFrontMatter,
  renameFrontMatterField,
  setFrontMatterField,
} from '../../../core/post/front-matter';

/** Texts that YAML 1.2, YAML 1.1 (PyYAML, Psych) or js-yaml read as something other than text. */
const lookAlikes = [
  'yes',
  'Yes',
  'YES',
  'No',
  'no',
  'NO',
  'on',
  'On',
  'OFF',
  'off',
  'y',
  'n',
  'Y',
  'N',
  'yEs',
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  'NULL',
  '~',
  '12:30',
  '1:30:00',
  '190:20:30.15',
  '-12:30',
  '1_000',
  '1_000.5',
  '.5',
  '+1',
  '-1',
  '+.5',
  '0b101',
  '0o17',
  '0x10',
  '0xFF_FF',
  '010',
  '1.10',
  '1e3',
  '1E3',
  '1.5e+3',
  '12e03',
  '.inf',
  '-.INF',
  '+.Inf',
  '.NaN',
  '.nan',
  '2025-02-14',
  '2025-2-4',
  '2025-02-14 10:00:00',
  '2025-02-14T10:00:00Z',
  '2001-12-14t21:59:43.10-05:00',
  '=',
  '<<',
  ':symbol',
];

/** Texts every reader already reads as themselves; they stay unquoted. */
const plainTexts = ['hello', '中文', 'v1.10', 'yes please', '1.2.3', 'no-js', 'C++', '12:30pm'];

/** The front matter block's content (between the `---` lines). */
function content(post: string): string {
  return post.split('---\n')[1] ?? '';
}

/** The value of `key` as three common readers see it: YAML 1.2 core, YAML 1.1, js-yaml. */
function readings(post: string, key: string): unknown[] {
  const yaml = content(post);
  return [
    (parse(yaml) as Record<string, unknown>)[key],
    (parse(yaml, { version: '1.1' }) as Record<string, unknown>)[key],
    (load(yaml, { schema: DEFAULT_SCHEMA }) as Record<string, unknown>)[key],
  ];
}

describe('plain scalars every reader agrees on', () => {
  it.each(lookAlikes)('writes the title %j so that every reader reads that text', (text) => {
    const next = setFrontMatterField('---\ntitle: Hello\n---\nbody\n', 'title', {
      kind: 'string',
      text,
    });
    expect(next).toBe(`---\ntitle: ${JSON.stringify(text)}\n---\nbody\n`);
    expect(readings(next, 'title')).toEqual([text, text, text]);
    // The form shows the same text (a quoted date is still offered as a date).
    expect(parseFrontMatter(next).fields[0]?.text).toBe(text);
  });

  it.each(lookAlikes)('writes the tag %j quoted in flow and block lists', (text) => {
    const flow = setFrontMatterField('---\ntags: [a]\n---\n', 'tags', {
      kind: 'list',
      items: ['a', text],
    });
    expect(flow).toBe(`---\ntags: [a, ${JSON.stringify(text)}]\n---\n`);
    const block = setFrontMatterField('---\ntags:\n  - a\n---\n', 'tags', {
      kind: 'list',
      items: ['a', text],
    });
    expect(block).toBe(`---\ntags:\n  - a\n  - ${JSON.stringify(text)}\n---\n`);
    for (const post of [flow, block]) {
      expect(readings(post, 'tags')).toEqual([
        ['a', text],
        ['a', text],
        ['a', text],
      ]);
    }
  });

  it('quotes the chips QA added, which js-yaml and PyYAML read as numbers and a date', () => {
    const next = setFrontMatterField('---\ntags: []\n---\n', 'tags', {
      kind: 'list',
      items: ['1.10', '010', '2025-02-14', '0x10', '1e3'],
    });
    expect(next).toBe('---\ntags: ["1.10", "010", "2025-02-14", "0x10", "1e3"]\n---\n');
  });

  it('quotes digits with commas in a block list (Psych reads 1,000 as 1000)', () => {
    const next = setFrontMatterField('---\ntags:\n  - a\n---\n', 'tags', {
      kind: 'list',
      items: ['a', '1,000'],
    });
    expect(next).toBe('---\ntags:\n  - a\n  - "1,000"\n---\n');
  });

  it.each(plainTexts)('leaves %j plain, as a title and as a tag', (text) => {
    const title = setFrontMatterField('---\ntitle: x\n---\n', 'title', { kind: 'string', text });
    expect(title).toBe(`---\ntitle: ${text}\n---\n`);
    const tags = setFrontMatterField('---\ntags: [a]\n---\n', 'tags', {
      kind: 'list',
      items: ['a', text],
    });
    expect(tags).toBe(`---\ntags: [a, ${text}]\n---\n`);
    expect(readings(tags, 'tags')).toEqual([
      ['a', text],
      ['a', text],
      ['a', text],
    ]);
  });

  it('quotes a new or renamed key that YAML 1.1 would read as a boolean, number or date', () => {
    let next = setFrontMatterField('---\ntitle: x\n---\n', 'on', { kind: 'string', text: 'a' });
    next = renameFrontMatterField(next, 'title', '2025-02-14');
    next = setFrontMatterField(next, 'layout', { kind: 'string', text: 'post' });
    expect(next).toBe('---\n"2025-02-14": x\n"on": a\nlayout: post\n---\n');
    const yaml = content(next);
    for (const read of [
      parse(yaml, { version: '1.1' }) as Record<string, unknown>,
      load(yaml, { schema: DEFAULT_SCHEMA }) as Record<string, unknown>,
    ]) {
      expect(Object.keys(read)).toEqual(['2025-02-14', 'on', 'layout']);
    }
  });

  it('keeps the quote style a field already had', () => {
    const post = '---\na: \'x\'\nb: "x"\n---\n';
    let next = setFrontMatterField(post, 'a', { kind: 'string', text: 'No' });
    next = setFrontMatterField(next, 'b', { kind: 'string', text: '12:30' });
    expect(next).toBe('---\na: \'No\'\nb: "12:30"\n---\n');
  });

  it('keeps a YAML 1.1 flag plain when it is set to another flag (Jekyll reads both as booleans)', () => {
    const post = '---\npublished: no\ncount: 1_000\ntitle: Hello\n---\n';
    let next = setFrontMatterField(post, 'published', { kind: 'string', text: 'yes' });
    next = setFrontMatterField(next, 'count', { kind: 'string', text: '2_000' });
    next = setFrontMatterField(next, 'title', { kind: 'string', text: 'yes' });
    expect(next).toBe('---\npublished: yes\ncount: 2_000\ntitle: "yes"\n---\n');
    // A flag set to plain words is a string again, so it is quoted only if it has to be.
    expect(setFrontMatterField(next, 'published', { kind: 'string', text: 'later' })).toContain(
      'published: later\n',
    );
    expect(setFrontMatterField(next, 'published', { kind: 'string', text: '12:30' })).toContain(
      'published: "12:30"\n',
    );
  });

  it('writes real numbers, booleans and dates of those kinds plain', () => {
    const post = '---\nn: 1\nb: false\nd: 2024-01-01\n---\n';
    let next = setFrontMatterField(post, 'n', { kind: 'number', text: '1.5' });
    next = setFrontMatterField(next, 'b', { kind: 'boolean', text: 'true' });
    next = setFrontMatterField(next, 'd', { kind: 'date', text: '2025-02-14' });
    expect(next).toBe('---\nn: 1.5\nb: true\nd: 2025-02-14\n---\n');
  });
});

/** Characters that make up numbers, times, dates, booleans and null in some YAML reader. */
const scalarCharacters = fc.constantFrom(...'019.:-+_eExobnyaN~ =<,ITZtfOl'.split(''));

describe('plain scalars, property', () => {
  it('writes any text of number-like characters so that every reader reads it back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: scalarCharacters, minLength: 1, maxLength: 9 }), (text) => {
        const title = setFrontMatterField('---\ntitle: x\n---\n', 'title', {
          kind: 'string',
          text,
        });
        expect(readings(title, 'title')).toEqual([text, text, text]);
        const tags = setFrontMatterField('---\ntags:\n  - a\n---\n', 'tags', {
          kind: 'list',
          items: ['a', text],
        });
        expect(readings(tags, 'tags')).toEqual([
          ['a', text],
          ['a', text],
          ['a', text],
        ]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
