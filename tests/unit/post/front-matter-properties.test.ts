import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import {
  parseFrontMatter,
  removeFrontMatterField,
  renameFrontMatterField,
  setFrontMatterField,
  type FieldValue,
  type ParsedPost,
} from '../../../core/post/front-matter';
import { readIndexFields } from '../../../core/post/index-reader';

import { blockEndings } from './block-endings';

// Property runs take a few seconds on a loaded machine; they must not trip the default timeout.
const propertyTimeoutMs = 60_000;

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const word = fc.stringMatching(
  /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5 ]{0,10}[A-Za-z0-9\u4e00-\u9fa5]$/,
);
const tricky = fc.constantFrom(
  '12:30',
  '0123',
  '1.10',
  '12345678901234567890',
  '2024-03-01 10:30:00',
  'no',
  '__proto__',
  'a: b',
  '# not a comment',
  '- dash',
  "it's",
  '"quoted"',
  'emoji 😀',
  '中文，标点：测试',
  '  spaced  ',
  'line\nbreak',
  'tab\there',
  'null',
  'true',
  '',
  '[x]',
  '{y}',
  '@at',
  '`tick`',
  '---',
);
const text = fc.oneof(word, tricky, fc.string({ unit: 'grapheme', maxLength: 12 }));

/** One `key: value` in one of the styles people write. */
const entry = fc.tuple(
  key,
  fc.oneof(
    word.map((value) => value),
    word.map((value) => `'${value}'`),
    word.map((value) => `"${value}"`),
    fc.constantFrom('12:30', '0123', '1.10', '2024-03-01', 'true', '~', ''),
    fc.array(word, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(word, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item) => `\n  - ${item}`).join('')),
    // Lists with comments after items and on lines of their own, and uneven flow spacing.
    fc
      .array(fc.tuple(word, fc.constantFrom('', '  # why', ' #x', '\n  # own line')), {
        minLength: 1,
        maxLength: 3,
      })
      .map((items) => items.map(([item, comment]) => `\n  - ${item}${comment}`).join('')),
    fc
      .array(fc.tuple(word, fc.constantFrom(', ', ',', ',   ')), { minLength: 1, maxLength: 3 })
      .map(
        (items) => `[${items.map(([item, comma], i) => (i === 0 ? '' : comma) + item).join('')}]`,
      ),
    word.map((value) => `\n  nested: ${value}\n  other: 1`),
  ),
  fc.option(
    word.map((comment) => ` # ${comment}`),
    { nil: '' },
  ),
);

const frontMatter = fc
  .uniqueArray(entry, { selector: ([name]) => name, maxLength: 7 })
  .chain((entries) =>
    fc.record({
      entries: fc.constant(entries),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      comment: fc.boolean(),
      body: fc.array(
        fc.oneof(fc.constantFrom('---', '+++', '# Heading', '', 'key: value'), fc.string()),
        {
          maxLength: 6,
        },
      ),
    }),
  )
  .map(({ entries, eol, bom, comment, body }) => {
    const lines = entries.map(([name, value, trailing]) => {
      const inline = value.startsWith('\n') ? '' : trailing;
      return `${name}:${value === '' || value.startsWith('\n') ? '' : ' '}${value}${inline}`.replace(
        /\n/g,
        eol,
      );
    });
    if (comment) {
      lines.splice(lines.length >> 1, 0, '# a comment line');
    }
    const block = ['---', ...lines, '---'].join(eol) + eol;
    return {
      text: (bom ? '\uFEFF' : '') + block + body.join(eol),
      keys: entries.map(([name]) => name),
    };
  });

/**
 * Each key's lines: from its own line up to the next key's line (or the block's end). Comment
 * lines at a segment's end are left out: they stay when the key after them goes, and so fall to
 * the key before.
 */
function segments(text: string, post: ParsedPost): Map<string, string> {
  const lines = text.slice(0, post.block?.to ?? 0).split('\n');
  const end = lines.length - 2; // the closing delimiter's line index
  const result = new Map<string, string>();
  post.fields.forEach((field, index) => {
    const next = post.fields[index + 1]?.line ?? end + 1;
    const own = lines.slice(field.line - 1, next - 1);
    while (own.length > 1 && /^\s*#/.test(own[own.length - 1] ?? '')) {
      own.pop();
    }
    result.set(field.key, own.join('\n'));
  });
  return result;
}

const value: fc.Arbitrary<FieldValue> = fc.oneof(
  text.map((t) => ({ kind: 'string', text: t }) as const),
  fc
    .constantFrom('0123', '1.10', '-5', '1e3', '12345678901234567890')
    .map((t) => ({ kind: 'number', text: t }) as const),
  fc.constantFrom('true', 'false').map((t) => ({ kind: 'boolean', text: t }) as const),
  fc
    .constantFrom('2024-03-01', '2024-03-01 10:30:00')
    .map((t) => ({ kind: 'date', text: t }) as const),
  fc.array(text, { maxLength: 4 }).map((items) => ({ kind: 'list', items }) as const),
);

const edit = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key, value }),
  fc.record({ op: fc.constant('remove' as const), key }),
);

describe('front matter codec properties', () => {
  it(
    'round-trips random front matter and bodies byte-identical',
    () => {
      fc.assert(
        fc.property(frontMatter, ({ text: post, keys }) => {
          const parsed = parseFrontMatter(post);
          expect(parsed.error).toBeNull();
          expect(parsed.format).toBe('yaml');
          expect(parsed.fields.map((field) => field.key)).toEqual(keys);
          expect(post.slice(0, parsed.bodyOffset) + parsed.body).toBe(post);
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'leaves the text byte-identical when a list is set to the items it already has',
    () => {
      fc.assert(
        fc.property(frontMatter, ({ text: post }) => {
          for (const field of parseFrontMatter(post).fields) {
            if (field.kind === 'list' && field.items !== null) {
              const items = [...field.items];
              expect(setFrontMatterField(post, field.key, { kind: 'list', items })).toBe(post);
            }
          }
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'keeps untouched keys byte-identical through random edits, and reads back what was set',
    () => {
      fc.assert(
        fc.property(
          frontMatter,
          fc.array(edit, { minLength: 1, maxLength: 5 }),
          ({ text: post }, edits) => {
            let current = post;
            for (const step of edits) {
              const before = parseFrontMatter(current);
              const beforeSegments = segments(current, before);
              const next =
                step.op === 'set'
                  ? setFrontMatterField(current, step.key, step.value)
                  : removeFrontMatterField(current, step.key);
              const after = parseFrontMatter(next);
              expect(after.error).toBeNull();
              expect(after.body).toBe(before.body);
              expect(blockEndings(next, after)).toBe(blockEndings(current, before));
              const afterSegments = segments(next, after);
              for (const [name, segment] of beforeSegments) {
                if (name !== step.key) {
                  expect(afterSegments.get(name)).toBe(segment);
                }
              }
              const written = after.fields.find((field) => field.key === step.key);
              if (step.op === 'remove') {
                expect(written).toBeUndefined();
              } else if (step.value.kind === 'list') {
                expect(written?.items).toEqual(step.value.items);
              } else if (step.value.kind !== 'source') {
                expect(written?.text).toBe(step.value.text);
              }
              current = next;
            }
          },
        ),
        { numRuns: 120 },
      );
    },
    propertyTimeoutMs,
  );
});

const piece = fc.oneof(
  fc.constantFrom(
    '---',
    '+++',
    '{',
    '}',
    '---js',
    'title: x',
    'tags:',
    '  - a',
    '- b',
    '"',
    "'",
    '[',
    ']',
    '#',
    ': ',
    '\r',
    'a = 1',
    '[t]',
    '"k": 1,',
    '  k: v',
    '\t',
    '\uFEFF',
    '...',
    '|',
    '>',
    '&a',
    '*a',
    '<<: *a',
  ),
  fc.string({ maxLength: 6 }),
);
const noise = fc
  .array(fc.tuple(piece, fc.constantFrom('\n', '\r\n', ' ', '')), { maxLength: 14 })
  .map((parts) => parts.map(([part, separator]) => part + separator).join(''));

describe('front matter codec on arbitrary text', () => {
  it(
    'never loses a byte, and edits either succeed cleanly or refuse with an ApiError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            noise,
            noise.map((inner) => `---\n${inner}\n---\nbody`),
          ),
          fc.constantFrom('title', 'tags', 'k', 'a'),
          (post, name) => {
            const parsed = parseFrontMatter(post);
            expect(post.slice(0, parsed.bodyOffset) + parsed.body).toBe(post);
            readIndexFields(post, 'x.md', { isWholeFile: true });
            const edits = [
              (): string => setFrontMatterField(post, name, { kind: 'string', text: 'v: 1' }),
              (): string => setFrontMatterField(post, name, { kind: 'list', items: ['a', 'b c'] }),
              (): string => removeFrontMatterField(post, name),
              (): string => renameFrontMatterField(post, name, 'renamed'),
            ];
            for (const run of edits) {
              let next: string | null = null;
              try {
                next = run();
              } catch (error) {
                expect(error).toBeInstanceOf(ApiError);
              }
              if (next !== null) {
                expect(parseFrontMatter(next).error).toBeNull();
              }
            }
          },
        ),
        { numRuns: 400 },
      );
    },
    propertyTimeoutMs,
  );
});
