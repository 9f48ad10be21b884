import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { pickListedFields } from '../../../core/post/index-fields';
import { readIndexFields } from '../../../core/post/index-reader';

// Property runs take a few seconds on a loaded machine; they must not trip the default timeout.
const propertyTimeoutMs = 60_000;

const listedKey = fc.constantFrom(
  'title',
  'date',
  'draft',
  'published',
  'tags',
  'categories',
  'category',
  'permalink',
  'layout',
  'cover',
);
const scalar = fc.oneof(
  fc.constantFrom(
    'Hello',
    'Hello: world',
    '1.10',
    '0123',
    '12:30',
    '2024-03-01 10:30:00',
    '2024-03-01T10:30:00+08:00',
    'true',
    'False',
    'yes',
    'no',
    '~',
    'null',
    '中文标题',
    'C# & F#',
    '/posts/a/',
    'a b c',
    '-1',
    '.inf',
    '0x1F',
  ),
  fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5][\w \u4e00-\u9fa5./-]{0,12}$/),
);

/** A value written the ways people write front matter, including ones the fast reader hands off. */
const written = fc.oneof(
  scalar,
  scalar.map((value) => `'${value.replace(/'/g, "''")}'`),
  scalar.map((value) => JSON.stringify(value)),
  fc
    .array(scalar, { maxLength: 3 })
    .map((items) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`),
  fc
    .array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 })
    .map((items) => `[${items.join(', ')}]`),
  fc
    .array(scalar, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((item) => `\n  - ${JSON.stringify(item)}`).join('')),
  fc
    .array(scalar, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((item) => `\n- ${JSON.stringify(item)}`).join('')),
  fc.constantFrom(
    '',
    ' # only a comment',
    '\n  nested: x\n  other: 2',
    ' >-\n  folded\n  text',
    ' |\n  literal',
    ' &a x',
    ' [[a, b], c]',
    ' {a: 1}',
  ),
);

const post = fc
  .uniqueArray(fc.tuple(listedKey, written), { selector: ([key]) => key, maxLength: 7 })
  .map((pairs) => {
    const lines = pairs.map(([key, value]) =>
      value.startsWith('\n') || value.startsWith(' ') || value === ''
        ? `${key}:${value}`
        : `${key}: ${value}`,
    );
    return `---\n${lines.join('\n')}\n---\n\n# Heading\n`;
  });

describe('readIndexFields agrees with parseFrontMatter', () => {
  it(
    'on random front matter in the styles people write',
    () => {
      fc.assert(
        fc.property(post, (text) => {
          const parsed = parseFrontMatter(text);
          const index = readIndexFields(text, 'post.md', { isWholeFile: true });
          expect(index.error === null).toBe(parsed.error === null);
          if (parsed.error === null) {
            const { title, date, draft, tags, categories, permalink } = index;
            expect({ title, date, draft, tags, categories, permalink }).toEqual(
              pickListedFields(parsed.format === null ? {} : parsed.data),
            );
          }
        }),
        { numRuns: 400 },
      );
    },
    propertyTimeoutMs,
  );
});
