import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseFrontMatter,
  removeFrontMatterField,
  renameFrontMatterField,
  setFrontMatterField,
  type FieldValue,
  type ParsedPost,
} from '../../../core/post/front-matter';

import { blockEndings } from './block-endings';

// Property runs take a few seconds on a loaded machine; they must not trip the default timeout.
const propertyTimeoutMs = 60_000;

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const word = fc.stringMatching(
  /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5 ]{0,8}[A-Za-z0-9\u4e00-\u9fa5]$/,
);
const text = fc.oneof(
  word,
  fc.constantFrom("it's", 'a "b"', 'line\nbreak', 'back\\slash', '中文', '', '12:30', '#x'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

const tomlValue = fc.oneof(
  word.map((value) => `"${value}"`),
  word.map((value) => `'${value}'`),
  fc.constantFrom(
    '42',
    '1.10',
    'true',
    '2024-03-01',
    '2024-03-01T10:30:00+08:00',
    '1979-05-27 07:32:00',
  ),
  fc
    .array(word, { maxLength: 3 })
    .map((items) => `[${items.map((item) => `"${item}"`).join(', ')}]`),
  fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((items) => `[\n${items.map((item) => `  "${item}", # c\n`).join('')}]`),
  fc.constant('{ a = 1, b = "x" }'),
  fc.constant('"""\nmulti\nline"""'),
);

const tomlPost = fc
  .record({
    pairs: fc.uniqueArray(fc.tuple(key, tomlValue), { selector: ([name]) => name, maxLength: 6 }),
    table: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ pairs, table, eol }) => {
    const lines = pairs.map(([name, value]) => `${name} = ${value}`);
    if (table) {
      lines.push('', '[params]', 'x = 1', '[params.sub]', 'y = "z"');
    }
    return ['+++', ...lines, '+++', 'body ---', ''].join('\n').replace(/\n/g, eol);
  });

const jsonPost = fc
  .record({
    members: fc.uniqueArray(
      fc.tuple(
        key,
        fc.oneof(
          word.map((value) => JSON.stringify(value)),
          fc.constantFrom(
            '1.10',
            '12345678901234567890',
            'true',
            'null',
            '[]',
            '{"a": [1, {"b": 2}]}',
          ),
          fc.array(word, { maxLength: 3 }).map((items) => JSON.stringify(items)),
        ),
      ),
      { selector: ([name]) => name, maxLength: 6 },
    ),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ members, eol }) => {
    const lines = members.map(
      ([name, value], index) => `  "${name}": ${value}${index < members.length - 1 ? ',' : ''}`,
    );
    return ['{', ...lines, '}', '', 'body'].join('\n').replace(/\n/g, eol);
  });

const value: fc.Arbitrary<FieldValue> = fc.oneof(
  text.map((t) => ({ kind: 'string', text: t }) as const),
  fc
    .constantFrom('7', '1.10', '-5', '1e3', 'abc')
    .map((t) => ({ kind: 'number', text: t }) as const),
  fc.constantFrom('true', 'false').map((t) => ({ kind: 'boolean', text: t }) as const),
  fc
    .constantFrom('2024-03-01', '2024-03-01T10:30:00Z')
    .map((t) => ({ kind: 'date', text: t }) as const),
  fc.array(text, { maxLength: 4 }).map((items) => ({ kind: 'list', items }) as const),
);

const edit = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key: fc.oneof(key, fc.constant('params')), value }),
  fc.record({ op: fc.constant('remove' as const), key: fc.oneof(key, fc.constant('params')) }),
  fc.record({ op: fc.constant('rename' as const), key, to: key }),
);

/** Each key's first line; JSON's separating comma comes and goes with the member after it. */
function keyLines(text: string, post: ParsedPost): Map<string, string> {
  const lines = text.split('\n');
  const line = (index: number): string => lines[index - 1] ?? '';
  return new Map(
    post.fields.map((field) => [
      field.key,
      post.format === 'json' ? line(field.line).replace(/,?(\r?)$/, '$1') : line(field.line),
    ]),
  );
}

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function runEdits(post: string, steps: Edit[], format: string): void {
  let current = post;
  for (const step of steps) {
    const before = parseFrontMatter(current);
    expect(before.error).toBeNull();
    expect(before.format).toBe(format);
    let next: string;
    if (step.op === 'set') {
      next = setFrontMatterField(current, step.key, step.value);
    } else if (step.op === 'remove') {
      next = removeFrontMatterField(current, step.key);
    } else {
      if (
        step.key === step.to ||
        !before.fields.some((field) => field.key === step.key) ||
        before.fields.some((field) => field.key === step.to)
      ) {
        continue;
      }
      next = renameFrontMatterField(current, step.key, step.to);
    }
    const after = parseFrontMatter(next);
    expect(after.error).toBeNull();
    expect(after.body).toBe(before.body);
    expect(blockEndings(next, after)).toBe(blockEndings(current, before));
    const touched = new Set([step.key, step.op === 'rename' ? step.to : step.key]);
    const beforeLines = keyLines(current, before);
    const afterLines = keyLines(next, after);
    for (const field of before.fields) {
      if (!touched.has(field.key)) {
        const now = after.fields.find((candidate) => candidate.key === field.key);
        expect(now).toMatchObject({ kind: field.kind, text: field.text, items: field.items });
        expect(afterLines.get(field.key)).toBe(beforeLines.get(field.key));
      }
    }
    const written = after.fields.find(
      (field) => field.key === (step.op === 'rename' ? step.to : step.key),
    );
    if (step.op === 'remove') {
      expect(written).toBeUndefined();
    } else if (step.op === 'set') {
      const set = step.value;
      if (set.kind === 'list') {
        expect(written?.items).toEqual(set.items);
      } else {
        expect(written?.text).toBe(set.text);
      }
    }
    current = next;
  }
}

describe('TOML and JSON front matter under random edits', () => {
  it(
    'TOML: other keys keep their lines and values; set values read back',
    () => {
      fc.assert(
        fc.property(tomlPost, fc.array(edit, { minLength: 1, maxLength: 4 }), (post, steps) => {
          const parsed = parseFrontMatter(post);
          expect(post.slice(0, parsed.bodyOffset) + parsed.body).toBe(post);
          runEdits(post, steps, 'toml');
        }),
        { numRuns: 120 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'JSON: other keys keep their lines and values; set values read back',
    () => {
      fc.assert(
        fc.property(jsonPost, fc.array(edit, { minLength: 1, maxLength: 4 }), (post, steps) => {
          const parsed = parseFrontMatter(post);
          expect(post.slice(0, parsed.bodyOffset) + parsed.body).toBe(post);
          runEdits(post, steps, 'json');
        }),
        { numRuns: 120 },
      );
    },
    propertyTimeoutMs,
  );
});
