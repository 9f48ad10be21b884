import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { splitBlocks, splitPrefix } from '../../../core/markdown/block-splitter';
import { createMarkdownIt } from '../../../core/markdown/markdown-engine';
import {
  absoluteBlockHtml,
  createMarkdownRenderer,
  renderMarkdown,
} from '../../../core/markdown/markdown-renderer';
import { generatorPieces } from './generator-pieces';

// Lines chosen to make blocks interact: lazy continuations, lists that merge across blank lines,
// fences and math that swallow what follows, tables that need their next line, definitions.
const pieces = [
  '',
  '',
  '',
  'plain paragraph text',
  '中文段落，包含**粗体**和`代码`。',
  '# Heading',
  '## 重复标题',
  '## 重复标题',
  'Setext',
  '===',
  '---',
  '- item',
  '- [ ] task',
  '1. first',
  '   indented continuation',
  '    indented code',
  '> quote',
  '> - quoted item',
  '```js',
  '```',
  '~~~',
  '$$',
  'x^2 + y^2',
  'inline $a_1$ math',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '[ref]: https://example.com/ref',
  '[ref]: https://example.com/other',
  'see [the ref][ref] and [ref]',
  'a note[^1] and another[^note]',
  'inline note^[with text]',
  '[^1]: the first note',
  '[^note]: named note',
  '    continued note',
  '<div>',
  '</div>',
  '<!-- comment -->',
  'https://example.com autolink',
  '~~strike~~ *em*',
  '---',
  'title: x',
  '+++',
  ...generatorPieces,
];

const line = fc.constantFrom(...pieces);
const doc = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

type Edit = { at: number; remove: number; insert: string[] } | { at: number; typed: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: fc.nat(60), remove: fc.nat(3), insert: fc.array(line, { maxLength: 3 }) }),
  fc.record({
    at: fc.nat(60),
    typed: fc.constantFrom('a', '#', '-', '`', '$', '|', ' ', '\n', '[', '^', '>', '=', '中'),
  }),
);

function apply(text: string, change: Edit): string {
  const lines = text.split('\n');
  const at = Math.min(change.at, lines.length);
  if ('typed' in change) {
    const target = lines[at] ?? '';
    const column = Math.floor(target.length / 2);
    lines[at] = target.slice(0, column) + change.typed + target.slice(column);
    return lines.join('\n');
  }
  lines.splice(at, change.remove, ...change.insert);
  return lines.join('\n');
}

describe('incremental rendering', () => {
  test('equals a whole-document render after every edit', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const renderer = createMarkdownRenderer();
        let text = start;
        expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
        for (const change of edits) {
          text = apply(text, change);
          expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  test('a shortcode line is not taken into a setext heading typed lines below it', () => {
    const renderer = createMarkdownRenderer();
    let text = '{{< note >}}\n[ref]: https://example.com/ref';
    expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
    for (const added of ['a', 'a', '=']) {
      text = `${text}\n${added}`;
      expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
    }
    expect(renderMarkdown(text)).toContain('pw-shortcode');
  });

  test('a shortcode closed lines below its start becomes one block again', () => {
    const renderer = createMarkdownRenderer();
    const lines = ['{{< figure', '=', 'a', '>', 'a'];
    expect(renderer.renderHtml(lines.join('\n'))).toBe(renderMarkdown(lines.join('\n')));
    const closed = [...lines, '>}}'].join('\n');
    expect(renderer.renderHtml(closed)).toBe(renderMarkdown(closed));
    expect(renderMarkdown(closed)).toContain('<figure');
  });

  test('the start of a post splits into the same blocks as the whole post', () => {
    const md = createMarkdownIt(() => null);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 120 }), fc.nat(100), (docLines, count) => {
        const whole = splitBlocks(md, docLines, 0, docLines.length);
        const start = splitPrefix(md, docLines, 0, count);
        if (start === null) {
          expect(count + 50).toBeGreaterThanOrEqual(docLines.length);
          return;
        }
        expect(start.length).toBeGreaterThan(0);
        const shape = (b: { start: number; end: number; kind: string }): string =>
          `${b.start}-${b.end}:${b.kind}`;
        expect(start.map(shape)).toEqual(whole.slice(0, start.length).map(shape));
      }),
      { numRuns: 500 },
    );
  });

  test('a start render followed by whole renders equals whole-document renders', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 120 }).map((lines) => lines.join('\n')),
        fc.nat(60),
        fc.array(edit, { maxLength: 4 }),
        (start, count, edits) => {
          const renderer = createMarkdownRenderer();
          const first = renderer.renderStart(start, count);
          if (first !== null) {
            // The start shows blocks of the whole post, at the same lines.
            const lines = (b: { startLine: number; endLine: number; kind: string }): string =>
              `${b.startLine}-${b.endLine}:${b.kind}`;
            const whole = new Set(renderer.render(start).blocks.map(lines));
            for (const block of first.blocks.filter((b) => b.kind === 'markdown')) {
              expect(whole).toContain(lines(block));
            }
          }
          let text = start;
          expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
          for (const change of edits) {
            text = apply(text, change);
            expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  test('without footnotes or references, the start render is the start of the whole render', () => {
    const text = Array.from({ length: 400 }, (_, i) =>
      i % 7 === 0 ? `## Section ${i % 3}` : `Paragraph ${i} with *em* and \`code\`.`,
    ).join('\n\n');
    const first = createMarkdownRenderer().renderStart(text, 100);
    const whole = createMarkdownRenderer().render(text);
    expect(first).not.toBeNull();
    const html = (first?.blocks ?? []).map(absoluteBlockHtml);
    expect(html.length).toBeGreaterThanOrEqual(50);
    expect(html).toEqual(whole.blocks.slice(0, html.length).map(absoluteBlockHtml));
    expect(first?.headings).toEqual(whole.headings.slice(0, first?.headings.length));
  });

  test('equals a whole-document render on the real posts', async () => {
    const { existsSync, readdirSync, readFileSync } = await import('node:fs');
    const root = new URL('../../../../shared/fixtures/real-posts/', import.meta.url);
    if (!existsSync(root)) {
      return;
    }
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.md'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(new URL(file, root), 'utf8');
      const renderer = createMarkdownRenderer();
      expect(renderer.renderHtml(text), file).toBe(renderMarkdown(text));
      // Typing in the middle of the post re-renders incrementally and still agrees.
      const middle = Math.floor(text.length / 2);
      const edited = `${text.slice(0, middle)}\n\n# 新标题\n${text.slice(middle)}`;
      expect(renderer.renderHtml(edited), file).toBe(renderMarkdown(edited));
    }
  });

  test('an edit keeps the keys and HTML of untouched blocks', () => {
    const renderer = createMarkdownRenderer();
    const before = renderer.render('# A\n\npara one\n\n![img](a.png)\n\npara three');
    const after = renderer.render('# A\n\npara one, edited\n\n![img](a.png)\n\npara three');
    expect(after.blocks.map((b) => b.key)).toEqual([
      before.blocks[0]?.key,
      after.blocks[1]?.key,
      before.blocks[2]?.key,
      before.blocks[3]?.key,
    ]);
    expect(after.blocks[1]?.key).not.toBe(before.blocks[1]?.key);
    const shifted = renderer.render('\n\n# A\n\npara one, edited\n\n![img](a.png)\n\npara three');
    expect(shifted.blocks.map((b) => b.key)).toEqual(after.blocks.map((b) => b.key));
    expect(shifted.blocks.map((b) => b.startLine)).toEqual(
      after.blocks.map((b) => b.startLine + 2),
    );
  });
});

describe('registering a highlight language', () => {
  test('re-renders only the blocks that lacked it', async () => {
    const { registerHighlightLanguage } = await import('../../../core/markdown/code-highlighter');
    const { default: scheme } = await import('highlight.js/lib/languages/scheme');
    const text = '# Title\n\nA paragraph.\n\n```scheme\n(define x 1)\n```\n\nAnother paragraph.\n';
    const renderer = createMarkdownRenderer();
    const before = renderer.render(text);
    expect(before.missingLanguages).toEqual(['scheme']);
    registerHighlightLanguage('scheme', scheme);
    renderer.forgetIncompleteBlocks();
    const after = renderer.render(text);
    expect(after.missingLanguages).toEqual([]);
    expect(after.blocks.map((b) => b.key === before.blocks[after.blocks.indexOf(b)]?.key)).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(after.blocks[2]?.html).toContain('hljs');
    expect(renderer.renderHtml(text)).toBe(renderMarkdown(text));
  });
});
