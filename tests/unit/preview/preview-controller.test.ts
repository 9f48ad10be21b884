// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  PreviewController,
  type PreviewCallbacks,
} from '../../../renderer/preview/preview-controller';
import {
  buildFrameDocument,
  previewContentSecurityPolicy,
} from '../../../renderer/preview/frame-document';

function setup(
  callbacks: Partial<PreviewCallbacks> = {},
  Controller: typeof PreviewController = PreviewController,
) {
  document.documentElement.innerHTML =
    '<head></head><body><main class="pw-post"><header class="pw-post-header"></header><div class="pw-post-body"></div></main></body>';
  const scheduled: (() => void)[] = [];
  const handlers: PreviewCallbacks = {
    onOpenExternal: vi.fn(),
    onOpenPost: vi.fn(),
    onDoubleClickLine: vi.fn(),
    labels: {
      tags: 'Tags',
      categories: 'Categories',
      frontMatterError: (error) => `Broken: ${error.message}`,
    },
    ...callbacks,
  };
  const controller = new Controller(
    {
      postPath: 'posts/a.md',
      allowRemoteImages: true,
      workspaceFileUrl: (p) => `https://ws.test/${p}`,
    },
    () => handlers,
    (callback) => scheduled.push(callback),
    () => undefined,
  );
  const body = (): HTMLElement => document.querySelector('.pw-post-body') as HTMLElement;
  /** The post's block wrappers, in order (they sit in chunks). */
  const blocks = (): HTMLElement[] => [...body().querySelectorAll<HTMLElement>('.pw-block')];
  const runFrames = (): void => {
    for (const callback of scheduled.splice(0)) {
      callback();
    }
  };
  const settleFrames = (): void => {
    for (let i = 0; i < 100 && scheduled.length > 0; i++) {
      runFrames();
    }
  };
  return { controller, handlers, scheduled, body, blocks, runFrames, settleFrames };
}

/** `count` paragraphs of ~250 characters each, numbered: a long post by its blocks. */
function paragraphsOf(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `Paragraph ${i} ${'with some text to fill the preview. '.repeat(6)}`,
  );
}

/** Waits (running frames) until the post's formula E=mc^2 is KaTeX's, and none is shown as source. */
async function formulaRendered(body: () => HTMLElement, settleFrames: () => void): Promise<void> {
  await vi.waitFor(
    () => {
      settleFrames();
      expect(body().querySelector('.katex annotation')?.textContent).toBe('E=mc^2');
    },
    { timeout: 10_000 },
  );
  expect(body().querySelector('.math-pending')).toBeNull();
  expect(body().textContent).toContain('Intro.');
}

let disposeLast: (() => void) | null = null;
afterEach(() => disposeLast?.());

describe('preview controller', () => {
  test('renders at once when idle, and coalesces a burst of edits into one frame', () => {
    const { controller, scheduled, body, runFrames } = setup();
    disposeLast = () => controller.dispose();
    controller.update('first');
    controller.attach(window, 'dark');
    expect(body().textContent).toContain('first');
    expect(document.documentElement.classList.contains('pw-theme-dark')).toBe(true);
    // Idle: the next edit is shown at once (painted with the keystroke)...
    controller.update('second');
    expect(body().textContent?.trim()).toBe('second');
    // ... but more edits within the same frame are coalesced into one render at the next frame.
    controller.update('third');
    controller.update('fourth');
    expect(scheduled).toHaveLength(1);
    expect(body().textContent?.trim()).toBe('second');
    runFrames();
    expect(body().textContent?.trim()).toBe('fourth');
    runFrames();
    controller.update('fifth');
    expect(body().textContent?.trim()).toBe('fifth');
  });

  test('a long post is filled in progressively, and typing meanwhile is kept', () => {
    const { controller, blocks, runFrames, settleFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(600);
    controller.update(paragraphs.join('\n\n'));
    controller.attach(window, 'light');
    const first = blocks().length;
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(600);
    controller.update(['Edited first.', ...paragraphs.slice(1)].join('\n\n'));
    for (let i = 0; i < 100 && blocks().length < 600; i++) {
      runFrames();
    }
    // Blocks put in empty by the fill are built once near the viewport (all of them in jsdom).
    settleFrames();
    expect(blocks().length).toBe(600);
    expect(blocks()[0]?.textContent?.trim()).toBe('Edited first.');
    expect(blocks().at(-1)?.textContent?.trim()).toBe(paragraphs[599]?.trim());
  }, 30_000);

  test('while a long post fills in, an edit past the shown part is shown at once', () => {
    const { controller, blocks, runFrames, settleFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(600);
    controller.update(paragraphs.join('\n\n'));
    controller.attach(window, 'light');
    expect(blocks().length).toBeLessThan(600);
    runFrames();
    controller.update(`${paragraphs.join('\n\n')}\n\nTyped at the end`);
    expect(blocks().at(-1)?.textContent?.trim()).toBe('Typed at the end');
    expect(blocks().length).toBeLessThan(600);
    // Editing the start meanwhile keeps the end shown, and the fill still completes in order.
    controller.update(`Edited first.\n\n${paragraphs.slice(1).join('\n\n')}\n\nTyped at the end`);
    for (let i = 0; i < 100 && blocks().length < 601; i++) {
      runFrames();
    }
    // Blocks put in empty by the fill are built once near the viewport (all of them in jsdom).
    settleFrames();
    const texts = blocks().map((child) => child.textContent?.trim());
    expect(texts).toEqual([
      'Edited first.',
      ...paragraphs.slice(1).map((p) => p.trim()),
      'Typed at the end',
    ]);
  }, 30_000);

  test('while a long post fills in, a change of every block builds none past the shown part', () => {
    const { controller, blocks, runFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(1200);
    controller.update(paragraphs.join('\n\n'));
    // Opened at the editor's top line, as the app does: its blocks are the focus.
    controller.scrollToLine(0);
    controller.attach(window, 'light');
    // The post's start is painted first; two frames later the whole post is rendered.
    runFrames();
    runFrames();
    const shown = blocks().length;
    expect(shown).toBeLessThan(1200);
    // Every block changes at once (as when a highlight language arrives or a link definition is
    // typed): the update re-renders what is shown, it does not build the rest of the post.
    controller.update(paragraphs.map((p) => `${p} Changed.`).join('\n\n'));
    const built = blocks().filter((child) => child.childElementCount > 0);
    expect(built.length).toBeLessThanOrEqual(shown);
    expect(built[0]?.textContent?.trim()).toBe(`${paragraphs[0]} Changed.`);
  }, 30_000);

  test('a line scrolled to while filling in brings its blocks into the frame', () => {
    const { controller, blocks, runFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(600);
    controller.update(paragraphs.join('\n\n'));
    controller.attach(window, 'light');
    controller.scrollToLine(1000);
    runFrames();
    // Paragraph n is at line 2n: the blocks at line 1000 are in the frame, the fill is not there.
    const lines = blocks().map((child) => child.getAttribute('data-start-line'));
    expect(lines).toContain('1000');
    expect(lines).not.toContain('600');
    // They are built once the frame looks for blocks near its viewport (all of them in jsdom).
    runFrames();
    const texts = blocks().map((child) => child.textContent?.trim());
    expect(texts).toContain(paragraphs[500]?.trim());
  }, 30_000);

  test('the line the editor went to before the whole post was rendered joins the frame with it', () => {
    const { controller, blocks, runFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(1500);
    const text = paragraphs.join('\n\n');
    controller.update(text);
    controller.attach(window, 'light');
    // The editor jumps to the end (Ctrl+End) while only the post's start is rendered, and types.
    controller.scrollToLine(2990);
    controller.update(`${text}\n\nTyped`);
    for (let i = 0; i < 3; i++) {
      runFrames();
    }
    // The typed block is shown now, not once the fill has put in the 1,400 blocks before it.
    const texts = blocks().map((child) => child.textContent?.trim());
    expect(texts).toContain('Typed');
    expect(texts).toContain(paragraphs[1499]?.trim());
    expect(blocks().length).toBeLessThan(1000);
  }, 30_000);

  test('a very long post opens with its start, then fills in the whole post in order', () => {
    const { controller, blocks, body, runFrames, settleFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(1500);
    const text = `${paragraphs.join('\n\n')}\n\nSee [the end][end].\n\n[end]: https://example.com/end`;
    controller.update(text);
    controller.attach(window, 'light');
    expect(blocks()[0]?.textContent?.trim()).toBe(paragraphs[0]?.trim());
    expect(blocks().length).toBeLessThan(1000);
    controller.update(`${text}\n\nTyped`);
    for (let i = 0; i < 200 && blocks().length < 1502; i++) {
      runFrames();
    }
    // Blocks put in empty by the fill are built once near the viewport (all of them in jsdom).
    settleFrames();
    const texts = blocks().map((child) => child.textContent?.trim());
    expect(texts).toEqual([...paragraphs.map((p) => p.trim()), 'See the end.', 'Typed']);
    // The link defined at the very end, unknown to the start render, is a link.
    expect(body().querySelector('a')?.getAttribute('data-pw-external')).toBe(
      'https://example.com/end',
    );
  }, 30_000);

  test('a very long post left alone is filled in completely', () => {
    const { controller, blocks, runFrames, settleFrames } = setup();
    disposeLast = () => controller.dispose();
    const paragraphs = paragraphsOf(1500);
    controller.update(paragraphs.join('\n\n'));
    controller.attach(window, 'light');
    for (let i = 0; i < 200 && blocks().length < 1500; i++) {
      runFrames();
    }
    // Blocks put in empty by the fill are built once near the viewport (all of them in jsdom).
    settleFrames();
    expect(blocks().length).toBe(1500);
    expect(blocks().at(-1)?.textContent?.trim()).toBe(paragraphs[1499]?.trim());
  }, 30_000);

  test('a formula typed before KaTeX has loaded shows as source, then rendered', async () => {
    // KaTeX is not registered in this file's own module graph, as in the app before its chunk
    // loads: the controller loads it and renders the formula's block again.
    const { controller, body, settleFrames } = setup();
    disposeLast = () => controller.dispose();
    controller.update('Intro.');
    controller.attach(window, 'light');
    settleFrames();
    controller.update('Intro.\n\nEnergy $E=mc^2$ here.');
    settleFrames();
    expect(body().querySelector('.math-pending')?.textContent).toBe('E=mc^2');
    await formulaRendered(body, settleFrames);
  });

  test('a post with math opens with its formulas rendered: the first paint waits for KaTeX', async () => {
    // A module graph of its own, where KaTeX is not registered yet (after the test above, so
    // that its dynamic import of KaTeX ran in this file's graph).
    vi.resetModules();
    const fresh = await import('../../../renderer/preview/preview-controller');
    const { controller, body, settleFrames } = setup({}, fresh.PreviewController);
    disposeLast = () => controller.dispose();
    controller.update('Intro.\n\nEnergy $E=mc^2$ here.');
    controller.attach(window, 'light');
    settleFrames();
    expect(body().querySelector('.math-pending')).toBeNull();
    await formulaRendered(body, settleFrames);
  });

  test('shows title, date and tags from the front matter as text', () => {
    const { controller } = setup();
    disposeLast = () => controller.dispose();
    controller.update(
      '---\ntitle: "<img src=x onerror=alert(1)> 标题"\ndate: 2024-01-02\ntags: [a, b]\n---\nbody',
    );
    controller.attach(window, 'light');
    const header = document.querySelector('.pw-post-header') as HTMLElement;
    expect(header.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)> 标题');
    expect(header.querySelector('img')).toBeNull();
    expect(header.querySelector('time')?.textContent).toBe('2024-01-02');
    expect([...header.querySelectorAll('.pw-post-tags li')].map((li) => li.textContent)).toEqual([
      'a',
      'b',
    ]);
  });

  test('links go to the app, never navigate; double-click reports the source line', () => {
    const { controller, handlers } = setup();
    disposeLast = () => controller.dispose();
    controller.update(
      '---\ntitle: t\n---\n[ext](https://example.com) [post](b.md) <a href="javascript:alert(1)">bad</a>\n\n\n- one\n- two',
    );
    controller.attach(window, 'light');
    const links = [...document.querySelectorAll('a')];
    const clicks = links.map((link) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(clicks).toEqual([true, true, true]);
    expect(handlers.onOpenExternal).toHaveBeenCalledWith('https://example.com');
    expect(handlers.onOpenPost).toHaveBeenCalledWith('posts/b.md');
    expect(handlers.onOpenExternal).toHaveBeenCalledTimes(1);
    const second = document.querySelectorAll('li')[1] as HTMLElement;
    second.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    expect(handlers.onDoubleClickLine).toHaveBeenCalledWith(7);
  });
});

describe('frame document', () => {
  test('carries a CSP with no script source and only the allowed image sources', () => {
    const policy = previewContentSecurityPolicy(['postwright-file:', 'https:']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain('img-src data: postwright-file: https:');
    expect(policy).not.toMatch(/script-src|unsafe-eval/);
    const html = buildFrameDocument({
      theme: 'dark',
      language: 'zh-CN',
      imageSources: ['postwright-file:'],
      katexStyles: '',
    });
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(
      parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(previewContentSecurityPolicy(['postwright-file:']));
    expect(parsed.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(parsed.documentElement.className).toBe('pw-theme-dark');
    expect(parsed.querySelector('script')).toBeNull();
  });
});
