// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { chunkClass } from '../../../renderer/preview/block-chunks';
import { BlockPatcher } from '../../../renderer/preview/block-patcher';
import { createBlockSanitizer } from '../../../renderer/preview/sanitize-block';
import {
  absoluteBlockHtml,
  createMarkdownRenderer,
} from '../../../core/markdown/markdown-renderer';

const sanitize = createBlockSanitizer(window, {
  postPath: 'post.md',
  allowRemoteImages: true,
  workspaceFileUrl: (path) => `https://workspace.test/${path}`,
});

/** Chunks of two wrappers: every test crosses chunk boundaries, and long edits split chunks. */
const chunkSize = 2;

function setup(): { container: HTMLElement; show: (markdown: string) => void } {
  const container = document.createElement('div');
  const patcher = new BlockPatcher(container, sanitize, chunkSize);
  const renderer = createMarkdownRenderer();
  return { container, show: (markdown) => patcher.patch(renderer.render(markdown).blocks) };
}

function expectedHtml(markdown: string): string {
  return expectedNode(markdown).innerHTML;
}

function expectedNode(markdown: string): HTMLElement {
  const holder = document.createElement('div');
  for (const block of createMarkdownRenderer().render(markdown).blocks) {
    holder.append(sanitize(block.html));
  }
  return holder;
}

/** The block wrappers in document order, through their chunks. */
function wrappersOf(container: HTMLElement): HTMLElement[] {
  const chunks = [...container.children];
  // No chunk is left empty, and each holds at most twice the chunk size after a patch.
  expect(chunks.every((chunk) => chunk.className === chunkClass)).toBe(true);
  expect(chunks.every((chunk) => chunk.childElementCount > 0)).toBe(true);
  expect(chunks.every((chunk) => chunk.childElementCount <= 2 * chunkSize)).toBe(true);
  return chunks.flatMap((chunk) => [...chunk.children] as HTMLElement[]);
}

function shownHtml(container: HTMLElement): string {
  return shownNode(container).innerHTML;
}

// Morphing may leave attributes in another order than a fresh parse: compare nodes, not strings.
function shownNode(container: HTMLElement): HTMLElement {
  const holder = document.createElement('div');
  for (const wrapper of wrappersOf(container)) {
    holder.append(...[...wrapper.childNodes].map((node) => node.cloneNode(true)));
  }
  holder.normalize();
  return holder;
}

describe('block patcher', () => {
  test('an edit elsewhere leaves an image node the same object', () => {
    const { container, show } = setup();
    show('# Title\n\n![cat](cat.png)\n\nFirst paragraph.');
    const image = container.querySelector('img');
    const heading = container.querySelector('h1');
    show('# Title\n\n![cat](cat.png)\n\nFirst paragraph, edited.');
    expect(container.querySelector('img')).toBe(image);
    expect(container.querySelector('h1')).toBe(heading);
    expect(wrappersOf(container)[2]?.textContent.trim()).toBe('First paragraph, edited.');
  });

  test('the changed block is replaced in place and its unchanged image is kept (morph)', () => {
    const { container, show } = setup();
    show('Intro\n\nText ![cat](cat.png) after\n\nOutro');
    const image = container.querySelector('img');
    const wrappers = wrappersOf(container);
    show('Intro\n\nText ![cat](cat.png) after, more\n\nOutro');
    expect(container.querySelector('img')).toBe(image);
    expect(wrappersOf(container)).toEqual(wrappers);
    expect(wrappersOf(container)[1]?.textContent.trim()).toBe('Text  after, more');
  });

  test('lines inserted above shift the line attributes only', () => {
    const { container, show } = setup();
    show('para\n\n- a\n- b');
    const list = container.querySelector('ul');
    show('\n\n\npara\n\n- a\n- b');
    expect(container.querySelector('ul')).toBe(list);
    expect(wrappersOf(container)[1]?.getAttribute('data-start-line')).toBe('5');
    expect(list?.querySelector('li:last-child')?.getAttribute('data-line')).toBe('1');
  });

  test('repeated identical blocks are all shown, and removing one removes only it', () => {
    const { container, show } = setup();
    show('same\n\nsame\n\nother\n\nsame');
    expect(wrappersOf(container)).toHaveLength(4);
    const last = wrappersOf(container)[3];
    show('same\n\nother\n\nsame');
    expect(shownHtml(container)).toBe(expectedHtml('same\n\nother\n\nsame'));
    expect(wrappersOf(container)[2]).toBe(last);
  });

  test('a long paste in the middle goes into new chunks, and the blocks around it keep their nodes', () => {
    const { container, show } = setup();
    show('first\n\nlast');
    const [first, last] = wrappersOf(container);
    const pasted = Array.from({ length: 9 }, (_, i) => `pasted ${i}`);
    const markdown = ['first', ...pasted, 'last'].join('\n\n');
    show(markdown);
    const wrappers = wrappersOf(container);
    expect(wrappers).toHaveLength(11);
    expect(wrappers[0]).toBe(first);
    expect(wrappers[10]).toBe(last);
    expect(container.children.length).toBeGreaterThanOrEqual(11 / (2 * chunkSize));
    expect(shownNode(container).isEqualNode(expectedNode(markdown))).toBe(true);
    show('first\n\nlast');
    expect(wrappersOf(container)).toEqual([first, last]);
  });

  test('after any sequence of edits the DOM equals a fresh render', () => {
    const line = fc.constantFrom(
      '',
      '',
      '# H',
      'para ![i](i.png)',
      '- item',
      '```',
      'code',
      '$$',
      'x^2',
      '| a |',
      '|---|',
      '[^1]: n',
      'ref[^1]',
      'same',
      'same',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(line, { maxLength: 15 }), { minLength: 1, maxLength: 6 }),
        (versions) => {
          const { container, show } = setup();
          for (const version of versions) {
            const markdown = version.join('\n');
            show(markdown);
            const expected = expectedNode(markdown);
            expected.normalize();
            expect(shownNode(container).isEqualNode(expected), shownHtml(container)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  test('absolute lines can be recovered from the wrapper and the relative data-line', () => {
    const { container, show } = setup();
    const markdown = 'a\n\n\n> quote\n> - item\n>   - nested';
    show(markdown);
    const nested = [...container.querySelectorAll('li')].at(-1);
    const wrapper = nested?.closest('[data-start-line]');
    const absolute =
      Number(wrapper?.getAttribute('data-start-line')) + Number(nested?.getAttribute('data-line'));
    expect(absolute).toBe(5);
    const block = createMarkdownRenderer().render(markdown).blocks[1];
    expect(block === undefined ? '' : absoluteBlockHtml(block)).toContain(
      '<li data-line="5">nested</li>',
    );
  });

  test('a second patcher on the same container (the frame attached twice) takes over its blocks', () => {
    const container = document.createElement('div');
    const renderer = createMarkdownRenderer();
    const first = '# Title\n\nOne.\n\nTwo.\n\nThree.';
    new BlockPatcher(container, sanitize, chunkSize).patch(renderer.render(first).blocks);
    const again = new BlockPatcher(container, sanitize, chunkSize);
    again.patch(renderer.render(first).blocks);
    const edits = ['# Title\n\nOne.\n\nTwo!\n\nThree.', '# Title\n\nTwo!\n\nThree.', '# Title'];
    for (const markdown of edits) {
      expect(() => again.patch(renderer.render(markdown).blocks)).not.toThrow();
      expect(shownNode(container).isEqualNode(expectedNode(markdown))).toBe(true);
    }
  });
});

describe('blocks put in empty', () => {
  test('stay empty until built, are replaced when edited, and then equal a fresh render', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('para', '# Head', '- item', '```js\nx\n```', '中文'), {
          minLength: 2,
          maxLength: 12,
        }),
        fc.nat(11),
        (pieces, edited) => {
          const container = document.createElement('div');
          const patcher = new BlockPatcher(container, sanitize, chunkSize);
          const renderer = createMarkdownRenderer();
          const markdown = pieces.join('\n\n');
          const blocks = renderer.render(markdown).blocks;
          patcher.patch(blocks, { start: 1, end: blocks.length });
          const wrappers = wrappersOf(container);
          expect(wrappers).toHaveLength(blocks.length);
          // The first block is built at once, the others wait with a height of their own.
          expect(wrappers.slice(1).every((w) => w.childNodes.length === 0)).toBe(true);
          expect(wrappers.slice(1).every((w) => w.style.minHeight !== '')).toBe(true);
          expect(patcher.hasPending()).toBe(wrappers.length > 1);
          const index = Math.min(edited, pieces.length - 1);
          const changed = pieces.map((piece, i) => (i === index ? `${piece} edited` : piece));
          const next = changed.join('\n\n');
          patcher.patch(renderer.render(next).blocks);
          for (const wrapper of wrappersOf(container)) {
            patcher.materialize(wrapper);
          }
          expect(patcher.hasPending()).toBe(false);
          expect(shownNode(container).isEqualNode(expectedNode(next))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('a change of every block sanitizes only the blocks that were built, not those left empty', () => {
    let sanitized = 0;
    const counting = Object.assign(
      (html: string) => {
        sanitized += 1;
        return sanitize(html);
      },
      {
        many: (htmls: readonly string[]) => {
          sanitized += htmls.length;
          return sanitize.many(htmls);
        },
      },
    );
    const container = document.createElement('div');
    const patcher = new BlockPatcher(container, counting, chunkSize);
    const renderer = createMarkdownRenderer();
    const paragraphs = Array.from({ length: 40 }, (_, i) => `paragraph ${i}`);
    const blocks = renderer.render(paragraphs.join('\n\n')).blocks;
    patcher.patch(blocks, { start: 2, end: blocks.length });
    expect(sanitized).toBe(2);
    // Every block changes (as when a link definition is typed or highlight languages arrive).
    sanitized = 0;
    patcher.patch(renderer.render(paragraphs.map((p) => `${p}!`).join('\n\n')).blocks);
    expect(sanitized).toBe(2);
    const texts = wrappersOf(container).map((wrapper) => wrapper.textContent?.trim());
    expect(texts.slice(0, 3)).toEqual(['paragraph 0!', 'paragraph 1!', '']);
  });

  test('an edited block stays empty until built, unless it was built', () => {
    const container = document.createElement('div');
    const patcher = new BlockPatcher(container, sanitize, chunkSize);
    const renderer = createMarkdownRenderer();
    const blocks = renderer.render('first\n\nsecond\n\nthird').blocks;
    patcher.patch(blocks, { start: 1, end: 3 });
    patcher.materialize(wrappersOf(container)[2] as HTMLElement);
    patcher.patch(renderer.render('first\n\nsecond edited\n\nthird edited').blocks);
    const texts = wrappersOf(container).map((wrapper) => wrapper.textContent?.trim());
    expect(texts).toEqual(['first', '', 'third edited']);
    patcher.materialize(wrappersOf(container)[1] as HTMLElement);
    expect(wrappersOf(container)[1]?.textContent?.trim()).toBe('second edited');
  });
});
