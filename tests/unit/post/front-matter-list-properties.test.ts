import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA, load } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { changedLines } from './line-diff';

// Property runs take a few seconds on a loaded machine; they must not trip the default timeout.
const propertyTimeoutMs = 60_000;

const word = fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5 ]{0,8}[A-Za-z0-9]$/);
/** A new tag: words, and texts that must be quoted to stay text. */
const newTag = fc.oneof(
  word,
  fc.constantFrom('yes', 'No', '1.10', '010', '2025-02-14', '0x10', '1e3', '12:30', '~', 'a: b'),
  fc.constantFrom('# hash', "it's", 'say "hi"', '中文，标点', 'line\nbreak', '[x]', '- dash'),
);
const commentText = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5 ]{0,10}$/);

/** One list item as written: its text, how it is quoted, its comments. */
const item = fc.record({
  // Items already in the post are ones every reader takes as text (`E0`, `No` are not).
  text: word.filter(
    (text) =>
      load(text, { schema: DEFAULT_SCHEMA }) === text &&
      parseYaml(text, { version: '1.1' }) === text,
  ),
  quote: fc.constantFrom('', "'", '"'),
  trailing: fc.option(commentText, { nil: null }),
  above: fc.option(commentText, { nil: null }),
});

const list = fc.uniqueArray(item, { selector: (entry) => entry.text, minLength: 1, maxLength: 7 });

/** A one-item change: add `text` at `at`, or remove the item at `at`. */
const change = fc.record({
  add: fc.boolean(),
  at: fc.nat(),
  text: newTag,
});

type Item = { text: string; quote: string; trailing: string | null; above: string | null };

function applied(items: Item[], step: { add: boolean; at: number; text: string }): string[] {
  const texts = items.map((entry) => entry.text);
  if (step.add) {
    texts.splice(step.at % (texts.length + 1), 0, step.text);
  } else {
    texts.splice(step.at % texts.length, 1);
  }
  return texts;
}

/** The comments that must survive: all of them but the removed item's trailing one. */
function keptComments(items: Item[], step: { add: boolean; at: number }): string[] {
  const removed = step.add ? -1 : step.at % items.length;
  return items.flatMap((entry, index) => [
    ...(entry.above === null ? [] : [`# ${entry.above}`]),
    ...(entry.trailing === null || index === removed ? [] : [`# ${entry.trailing}`]),
  ]);
}

describe('list edits on random lists with comments', () => {
  it(
    'adds or removes exactly one line of a YAML block list, keeping every other comment',
    () => {
      fc.assert(
        fc.property(
          list,
          change,
          fc.constantFrom('\n', '\r\n'),
          fc.boolean(),
          fc.constantFrom('', '  '),
          (items, step, eol, bom, indent) => {
            const lines = items.flatMap((entry) => [
              ...(entry.above === null ? [] : [`${indent}# ${entry.above}`]),
              `${indent}- ${entry.quote}${entry.text}${entry.quote}` +
                (entry.trailing === null ? '' : `  # ${entry.trailing}`),
            ]);
            const post = [`${bom ? '\uFEFF' : ''}---`, 'title: T', 'tags:', ...lines]
              .concat(['date: 2024-01-01', '---', 'body', ''])
              .join(eol);
            const expected = applied(items, step);
            const next = setFrontMatterField(post, 'tags', { kind: 'list', items: expected });
            const diff = changedLines(post.replace(/\r\n/g, '\n'), next.replace(/\r\n/g, '\n'));
            if (expected.length === 0) {
              // The only item went: its line, and `tags:` becomes `tags: []`.
              expect(diff.added).toEqual(['tags: []']);
              expect(diff.removed).toEqual(['tags:', lines[lines.length - 1]]);
              expect(next).toContain(`tags: []${eol}${lines.slice(0, -1).join(eol)}`);
            } else {
              expect(diff.removed.length + diff.added.length).toBe(1);
              expect(step.add ? diff.added : diff.removed).toHaveLength(1);
            }
            expect(next.replace(/\r\n/g, '')).not.toContain(eol === '\n' ? '\r' : '\n');
            const parsed = parseFrontMatter(next);
            expect(parsed.fields.find((field) => field.key === 'tags')?.items).toEqual(expected);
            const yaml = next.split(`---${eol}`)[1] ?? '';
            expect((load(yaml, { schema: DEFAULT_SCHEMA }) as { tags: string[] }).tags).toEqual(
              expected,
            );
            expect((parseYaml(yaml, { version: '1.1' }) as { tags: string[] }).tags).toEqual(
              expected,
            );
            for (const comment of keptComments(items, step)) {
              expect(next).toContain(comment);
            }
          },
        ),
        { numRuns: 200 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'changes only the added or removed item of a YAML flow list',
    () => {
      fc.assert(
        fc.property(
          list,
          change,
          fc.array(fc.constantFrom(', ', ',', ',   ', ' , '), { minLength: 7, maxLength: 7 }),
          fc.constantFrom('\n', '\r\n'),
          fc.boolean(),
          (items, step, separators, eol, bom) => {
            const sources = items.map((entry) => `${entry.quote}${entry.text}${entry.quote}`);
            const inner = sources.map((source, i) => (i === 0 ? '' : separators[i]) + source);
            const start = `${bom ? '\uFEFF' : ''}---${eol}`;
            const post = `${start}tags: [${inner.join('')}] # flow${eol}---${eol}`;
            const expected = applied(items, step);
            const next = setFrontMatterField(post, 'tags', { kind: 'list', items: expected });
            const parsed = parseFrontMatter(next);
            expect(parsed.fields[0]?.items).toEqual(expected);
            expect(next.startsWith(`${start}tags: [`)).toBe(true);
            expect(next.endsWith(`] # flow${eol}---${eol}`)).toBe(true);
            expect(next.split(eol)).toHaveLength(4);
            // Every item that stays keeps its exact source, in order.
            const removed = step.add ? -1 : step.at % items.length;
            let from = 0;
            sources.forEach((source, index) => {
              if (index !== removed) {
                const found = next.indexOf(source, from);
                expect(found).toBeGreaterThanOrEqual(from);
                from = found + source.length;
              }
            });
            if (step.add && step.at % (items.length + 1) === items.length) {
              // Appending inserts `, item` before the bracket and changes nothing else.
              expect(next.slice(0, post.indexOf(']'))).toBe(post.slice(0, post.indexOf(']')));
            }
          },
        ),
        { numRuns: 200 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'adds or removes exactly one line of a multi-line TOML array, keeping comments',
    () => {
      fc.assert(
        fc.property(
          list,
          change,
          fc.boolean(),
          fc.constantFrom('\n', '\r\n'),
          (items, step, trailingComma, eol) => {
            const lines = items.flatMap((entry, index) => {
              const quote = entry.quote === '' ? '"' : entry.quote;
              const comma = index < items.length - 1 || trailingComma ? ',' : '';
              return [
                ...(entry.above === null ? [] : [`    # ${entry.above}`]),
                `    ${quote}${entry.text}${quote}${comma}` +
                  (entry.trailing === null ? '' : ` # ${entry.trailing}`),
              ];
            });
            const post = ['+++', 'title = "T"', 'tags = [', ...lines, ']', 'x = 1', '+++', ''].join(
              eol,
            );
            const expected = applied(items, step);
            const next = setFrontMatterField(post, 'tags', { kind: 'list', items: expected });
            const diff = changedLines(post.replace(/\r\n/g, '\n'), next.replace(/\r\n/g, '\n'));
            // Removing the last item of an array without a trailing comma also drops the
            // comma before it; appending after it adds one. Otherwise one line changes.
            expect(diff.removed.length + diff.added.length).toBeLessThanOrEqual(3);
            expect(diff.added.length - diff.removed.length).toBe(step.add ? 1 : -1);
            expect(next.replace(/\r\n/g, '')).not.toContain(eol === '\n' ? '\r' : '\n');
            const toml = next.split(`+++${eol}`)[1] ?? '';
            expect((parseToml(toml) as { tags: string[] }).tags).toEqual(expected);
            for (const comment of keptComments(items, step)) {
              expect(next).toContain(comment);
            }
          },
        ),
        { numRuns: 200 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'turns a list into any other list keeping every comment of the items that stay',
    () => {
      const layout = fc.constantFrom('yaml-block', 'yaml-flow', 'toml');
      const edited = list.chain((items) =>
        fc.record({
          items: fc.constant(items),
          kept: fc.shuffledSubarray(items),
          added: fc.array(fc.tuple(fc.nat(), newTag), { maxLength: 3 }),
        }),
      );
      fc.assert(
        fc.property(edited, layout, fc.constantFrom('\n', '\r\n'), (edit, format, eol) => {
          const { items, kept, added } = edit;
          const expected = kept.map((entry) => entry.text);
          for (const [at, text] of added) {
            if (!items.some((entry) => entry.text === text)) {
              expected.splice(at % (expected.length + 1), 0, text);
            }
          }
          const toml = format === 'toml';
          const lines = items.flatMap((entry) => {
            const quote = toml && entry.quote === '' ? '"' : entry.quote;
            const source = `${quote}${entry.text}${quote}`;
            return [
              ...(entry.above === null ? [] : [`    # ${entry.above}`]),
              (format === 'yaml-block' ? `  - ${source}` : `    ${source},`) +
                (entry.trailing === null ? '' : ` # ${entry.trailing}`),
            ];
          });
          const key = format === 'yaml-block' ? 'tags:' : toml ? 'tags = [' : 'tags: [';
          const close = format === 'yaml-block' ? [] : [toml ? ']' : '  ]'];
          const fence = toml ? '+++' : '---';
          const post = [fence, key, ...lines, ...close, fence, ''].join(eol);
          const next = setFrontMatterField(post, 'tags', { kind: 'list', items: expected });
          const block = next.split(`${fence}${eol}`)[1] ?? '';
          const read = toml ? parseToml(block) : (parseYaml(block, { version: '1.1' }) as object);
          expect((read as { tags: string[] }).tags).toEqual(expected);
          expect(next.replace(/\r\n/g, '')).not.toContain(eol === '\n' ? '\r' : '\n');
          for (const entry of items) {
            if (entry.above !== null) {
              expect(next).toContain(`# ${entry.above}`);
            }
            if (entry.trailing !== null && expected.includes(entry.text)) {
              expect(next).toContain(`# ${entry.trailing}`);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
    propertyTimeoutMs,
  );
});
