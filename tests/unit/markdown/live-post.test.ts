import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applySplice, spliceBlocks } from '../../../core/markdown/block-splice';
import { LivePost } from '../../../core/markdown/live-post';
import {
  absoluteBlockHtml,
  renderMarkdown,
  type RenderedBlock,
} from '../../../core/markdown/markdown-renderer';
import { placeEdits } from './place-edits';
import { generatorPieces } from './generator-pieces';

// Pieces that make blocks interact (see incremental-render.test.ts), front matter included.
const pieces = [
  '',
  '',
  'plain paragraph text',
  '中文段落，包含**粗体**。',
  '# Heading',
  '## 重复标题',
  'Setext',
  '===',
  '---',
  'title: x',
  '- item',
  '1. first',
  '    indented code',
  '> quote',
  '```js',
  '```',
  '$$',
  '| a | b |',
  '|---|---|',
  '[ref]: https://example.com/ref',
  'see [the ref][ref]',
  'a note[^1]',
  '[^1]: the first note',
  '<div>',
  ...generatorPieces,
];
const text = fc
  .array(fc.constantFrom(...pieces), { maxLength: 30 })
  .map((lines) => lines.join('\n'));
const insert = fc.oneof(
  fc.constantFrom('a', '\n', '#', '-', '`', '|', '[^1]', '中', '---\n', '\n\n'),
  fc.constantFrom(...pieces).map((piece) => `${piece}\n`),
);
// Each edit is placed relative to the text's length when applied: [position, removed, insert].
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(12), insert);
const batch = fc.array(edit, { minLength: 1, maxLength: 3 });

const html = (blocks: readonly RenderedBlock[]): string => blocks.map(absoluteBlockHtml).join('');
const shape = (blocks: readonly RenderedBlock[]): string[] =>
  blocks.map((b) => `${b.key}@${b.startLine}-${b.endLine}:${b.kind}:${b.html}`);
// Without keys: two renderers number their blocks each its own way.
const content = (blocks: readonly RenderedBlock[]): string[] =>
  blocks.map((b) => `${b.startLine}-${b.endLine}:${b.kind}:${b.html}`);

describe('a post fed with edits', () => {
  test('renders what a whole render of the edited text gives, and splices follow it', () => {
    fc.assert(
      fc.property(text, fc.array(batch, { minLength: 1, maxLength: 8 }), (start, batches) => {
        const post = new LivePost();
        post.reset(start);
        let current = start;
        let shown = post.render().blocks.map((b) => ({ ...b, html: b.html }));
        expect(html(shown)).toBe(renderMarkdown(current));
        for (const relative of batches) {
          const { text: next, edits } = placeEdits(current, relative);
          expect(post.apply(edits, next.length)).toBe(true);
          current = next;
          expect(post.length).toBe(current.length);
          const rendered = post.render();
          expect(html(rendered.blocks)).toBe(renderMarkdown(current));
          // What the preview builds from the splice equals the render itself.
          shown = applySplice(shown, spliceBlocks(shown, rendered.blocks));
          expect(shape(shown)).toEqual(shape(rendered.blocks));
        }
        expect(post.text()).toBe(current);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('refuses edits that do not fit, so the caller resends the whole text', () => {
    const post = new LivePost();
    post.reset('# Title\r\n\r\nbody');
    expect(post.text()).toBe('# Title\n\nbody');
    expect(post.apply([[20, 0, 'x']], 15)).toBe(false);
    expect(post.apply([[0, 0, 'x']], 99)).toBe(false);
    expect(post.text()).toBe('# Title\n\nbody');
    expect(post.apply([[13, 0, '!']], 14)).toBe(true);
    expect(html(post.render().blocks)).toBe(renderMarkdown('# Title\n\nbody!'));
  });

  test('front matter edited through edits is read again, a body edit keeps it', () => {
    const post = new LivePost();
    post.reset('---\ntitle: One\n---\nbody');
    expect(post.render().frontMatter?.summary.title).toBe('One');
    expect(post.apply([[14, 0, ' two']], 27)).toBe(true);
    expect(post.render().frontMatter?.summary.title).toBe('One two');
    const before = post.render().frontMatter;
    expect(post.apply([[27, 0, ' more']], 32)).toBe(true);
    expect(post.render().frontMatter).toBe(before);
    // A heading in place of the opening fence leaves no front matter.
    expect(post.apply([[0, 3, '# x']], 32)).toBe(true);
    expect(post.render().frontMatter).toBeNull();
  });

  test('a reset keeps the keys of unchanged blocks', () => {
    const post = new LivePost();
    post.reset('# A\n\npara\n\nlast');
    const before = post.render().blocks;
    post.reset('# A\n\npara, edited\n\nlast');
    const after = post.render().blocks;
    expect(after[0]?.key).toBe(before[0]?.key);
    expect(after[1]?.key).not.toBe(before[1]?.key);
    expect(after[2]?.key).toBe(before[2]?.key);
  });

  test('a splice of one typed character carries one block', () => {
    const paragraphs = Array.from({ length: 500 }, (_, i) => `Paragraph ${i}.`);
    const post = new LivePost();
    post.reset(paragraphs.join('\n\n'));
    const before = post.render().blocks;
    const at = paragraphs.slice(0, 250).join('\n\n').length;
    expect(post.apply([[at, 0, ' more']], post.length + 5)).toBe(true);
    const splice = spliceBlocks(before, post.render().blocks);
    expect(splice).toMatchObject({ start: 249, removed: 1, shift: 0, moved: [] });
    expect(splice.inserted.map((b) => b.html)).toEqual([
      '<p data-line="0">Paragraph 249. more</p>\n',
    ]);
    expect(post.apply([[at, 0, '\n\nNew']], post.length + 5)).toBe(true);
    const second = spliceBlocks(post.render().blocks.slice(), post.render().blocks);
    expect(second.inserted).toEqual([]);
  });

  test('an edit inside one block renders exactly what a render of the whole post gives', () => {
    // Mostly typing inside lines (no line added or removed), where one block is replaced alone.
    const typing = fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.nat(2),
      fc.constantFrom('a', '中', ' ', '*', '[', ']', '#', '`', '^', 'x'),
    );
    let oneBlock = 0;
    fc.assert(
      fc.property(
        text,
        fc.array(fc.oneof(fc.array(typing, { minLength: 1, maxLength: 2 }), batch), {
          minLength: 1,
          maxLength: 12,
        }),
        (start, batches) => {
          const post = new LivePost();
          const whole = new LivePost({ oneBlockEdits: false });
          post.reset(start);
          whole.reset(start);
          let current = start;
          let previous = post.render();
          expect(content(previous.blocks)).toEqual(content(whole.render().blocks));
          let shown = previous.blocks.map((b) => ({ ...b, html: b.html }));
          for (const relative of batches) {
            const { text: next, edits } = placeEdits(current, relative);
            expect(post.apply(edits, next.length)).toBe(true);
            expect(whole.apply(edits, next.length)).toBe(true);
            current = next;
            const rendered = post.render();
            const expected = whole.render();
            // Same blocks, lines, HTML and headings as the renderer that walks every block.
            expect(content(rendered.blocks)).toEqual(content(expected.blocks));
            expect(rendered.headings).toEqual(expected.headings);
            expect(rendered.lineCount).toBe(expected.lineCount);
            // Keys: unique, and a key kept from the last render keeps its HTML (what the preview
            // relies on to leave a block's nodes alone); the splice rebuilds the render.
            const keys = rendered.blocks.map((b) => b.key);
            expect(new Set(keys).size).toBe(keys.length);
            const before = new Map(previous.blocks.map((b) => [b.key, b.html]));
            for (const block of rendered.blocks) {
              expect(before.get(block.key) ?? block.html).toBe(block.html);
            }
            shown = applySplice(shown, spliceBlocks(shown, rendered.blocks));
            expect(shape(shown)).toEqual(shape(rendered.blocks));
            // Only a one-block render hands the previous headings on as they are.
            oneBlock += rendered.headings === previous.headings ? 1 : 0;
            previous = rendered;
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(oneBlock).toBeGreaterThan(100);
  }, 60_000);

  test('typing in a paragraph of a long post replaces that block alone', () => {
    const paragraphs = Array.from({ length: 500 }, (_, i) => `Paragraph ${i}.`);
    const post = new LivePost();
    post.reset(`# Title\n\n${paragraphs.join('\n\n')}`);
    const before = post.render();
    const at = `# Title\n\n${paragraphs.slice(0, 250).join('\n\n')}`.length;
    expect(post.apply([[at, 0, '!']], post.length + 1)).toBe(true);
    const after = post.render();
    expect(after.headings).toBe(before.headings);
    const differing = after.blocks.flatMap((block, i) => (block === before.blocks[i] ? [] : [i]));
    expect(differing).toEqual([250]);
    expect(after.blocks[250]?.html).toBe('<p data-line="0">Paragraph 249.!</p>\n');
    expect(after.blocks[250]?.key).not.toBe(before.blocks[250]?.key);
  });
});
