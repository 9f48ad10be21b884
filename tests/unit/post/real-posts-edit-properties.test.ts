import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKindOf } from '../../../core/post/field-kinds';
import {
  parseFrontMatter,
  setFrontMatterField,
  type FieldValue,
  type FrontMatterField,
} from '../../../core/post/front-matter';

const realPostsUrl = new URL('../../../../shared/fixtures/real-posts/', import.meta.url);
const ownFixturesUrl = new URL('../../fixtures/post/', import.meta.url);

function postsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      return postsUnder(path);
    }
    return /\.(md|markdown|mdx)$/.test(name) && name !== 'SOURCES.md' ? [path] : [];
  });
}

const posts = [
  ...(existsSync(realPostsUrl) ? postsUnder(fileURLToPath(realPostsUrl)) : []),
  ...(existsSync(ownFixturesUrl) ? postsUnder(fileURLToPath(ownFixturesUrl)) : []),
];

/** Texts that YAML, TOML and JSON each read differently when written bare. */
const trickyText = fc.constantFrom(
  '12:30',
  '0123',
  '1.10',
  'yes',
  'no',
  'null',
  'true',
  '~',
  '',
  ' padded ',
  '"quoted"',
  "it's",
  '# not a comment',
  'key: value',
  '- item',
  '[x]',
  '{y}',
  '&anchor',
  '*alias',
  '@at',
  '`tick`',
  '%pct',
  'back\\slash',
  '中文标题：副标题',
  'emoji 🎉',
  '2024-03-01 10:30:00',
  '---',
  '+++',
);
const text = fc.oneof(trickyText, fc.string({ maxLength: 30 }));
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A new value as the form would send it for a field of this kind. */
function newValue(field: FrontMatterField): fc.Arbitrary<FieldValue> {
  const asString = text.map((value): FieldValue => ({ kind: 'string', text: value }));
  switch (field.kind) {
    case 'list':
      return fc.array(text, { maxLength: 4 }).map((items): FieldValue => ({ kind: 'list', items }));
    case 'map':
      // A nested value is edited as its source; the form sends it back as shown.
      return fc.constant<FieldValue>({ kind: 'source', text: field.text });
    case 'number':
      return fc.oneof(
        asString,
        fc.integer().map((value): FieldValue => ({ kind: 'number', text: String(value) })),
      );
    case 'boolean':
      return fc.oneof(
        asString,
        fc.boolean().map((value): FieldValue => ({ kind: 'boolean', text: String(value) })),
      );
    case 'date':
      return fc.oneof(
        asString,
        day.map((value): FieldValue => ({ kind: 'date', text: value })),
      );
    default:
      return asString;
  }
}

/** 0-based [from, to) of the lines that differ between two texts (common prefix and suffix cut). */
function changedRange(before: string, after: string): { from: number; to: number } | null {
  const a = before.split('\n');
  const b = after.split('\n');
  let from = 0;
  while (from < a.length && from < b.length && a[from] === b[from]) {
    from += 1;
  }
  if (from === a.length && from === b.length) {
    return null;
  }
  let to = a.length;
  let toB = b.length;
  while (to > from && toB > from && a[to - 1] === b[toB - 1]) {
    to -= 1;
    toB -= 1;
  }
  return { from, to };
}

/** The 1-based last line a key may own: up to the next key, else up to the closing delimiter. */
function lastLineOf(
  text: string,
  fields: FrontMatterField[],
  index: number,
  blockTo: number,
): number {
  const next = fields[index + 1];
  if (next !== undefined) {
    return next.line - 1;
  }
  const closingLine = text
    .slice(0, blockTo)
    .replace(/\r?\n$/, '')
    .split('\n').length;
  return closingLine - 1;
}

describe.runIf(posts.length > 0)('editing any key of any real post', () => {
  it.each(posts.map((path) => [path.slice(path.indexOf('fixtures/') + 9), path]))(
    '%s: a new value changes only that key’s lines',
    (_name, path) => {
      const original = readFileSync(path, 'utf8');
      const post = parseFrontMatter(original);
      if (post.error !== null || post.block === null || post.format === null) {
        return;
      }
      const { fields, block } = post;
      fields.forEach((field, index) => {
        const lastLine = lastLineOf(original, fields, index, block.to);
        fc.assert(
          fc.property(newValue(field), (value) => {
            const edited = setFrontMatterField(original, field.key, value);
            const range = changedRange(original, edited);
            if (range !== null) {
              expect(
                range.from,
                `${field.key} starts at line ${field.line}`,
              ).toBeGreaterThanOrEqual(field.line - 1);
              expect(range.to, `${field.key} ends at line ${lastLine}`).toBeLessThanOrEqual(
                lastLine,
              );
            }
            const reparsed = parseFrontMatter(edited);
            expect(reparsed.error).toBeNull();
            const after = reparsed.fields.find((candidate) => candidate.key === field.key);
            if (value.kind === 'list') {
              expect(after?.items).toEqual(value.items);
            } else if (value.kind === 'source') {
              expect(edited).toBe(original);
            } else {
              expect(after?.text).toBe(value.text);
              // The form shows a date-like text with a date widget however it is quoted.
              const looksLikeDate = value.kind === 'string' && dateKindOf(value.text) !== null;
              expect(after?.kind).toBe(looksLikeDate ? dateKindOf(value.text) : value.kind);
            }
            const others = (list: FrontMatterField[]) =>
              list
                .filter((candidate) => candidate.key !== field.key)
                .map(({ key, kind, text: shown, items }) => ({ key, kind, shown, items }));
            expect(others(reparsed.fields)).toEqual(others(fields));
            expect(reparsed.body).toBe(post.body);
          }),
          { numRuns: 8 },
        );
      });
    },
  );
});
