// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { TextStore } from '../../../renderer/document/text-store';
import {
  PreviewController,
  type PreviewCallbacks,
} from '../../../renderer/preview/preview-controller';
import { PreviewFeed } from '../../../renderer/preview/preview-feed';
import { loadHighlightLanguages } from '../../../renderer/preview/highlight-languages';
import type { PreviewReply, PreviewRequest } from '../../../renderer/preview/preview-protocol';
import { PreviewWorkerCore } from '../../../renderer/preview/preview-worker-core';
import { placeEdits } from '../markdown/place-edits';

/** The preview worker on the page: messages are cloned and delivered as tasks, as a worker's. */
class InPageWorker {
  onmessage: ((event: { data: PreviewReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly requests: PreviewRequest[] = [];
  readonly replies: PreviewReply[] = [];
  private readonly core = new PreviewWorkerCore({
    reply: (reply) => {
      this.replies.push(reply);
      const data = structuredClone(reply);
      this.task(() => this.onmessage?.({ data }));
    },
    defer: (task) => this.task(task),
    // Every block's HTML is its own slice: edits arrive between the slices of a render.
    sliceMilliseconds: 0,
    loadMissing: () => Promise.resolve(false),
  });

  /** Tasks queued and not run yet. */
  pending = 0;

  postMessage(request: PreviewRequest): void {
    this.requests.push(request);
    const data = structuredClone(request);
    this.task(() => this.core.receive(data));
  }

  private task(run: () => void): void {
    this.pending++;
    setTimeout(() => {
      this.pending--;
      run();
    }, 0);
  }

  terminate(): void {}
}

let worker: InPageWorker | null = null;
beforeAll(async () => {
  // Fences name js: registered up front, so no render races the language's asynchronous load.
  await loadHighlightLanguages(['js']);
  vi.stubGlobal(
    'Worker',
    class {
      constructor() {
        worker = new InPageWorker();
        return worker;
      }
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

const callbacks: PreviewCallbacks = {
  onOpenExternal: () => undefined,
  onOpenPost: () => undefined,
  onDoubleClickLine: () => undefined,
  labels: { tags: 'Tags', categories: 'Categories', frontMatterError: (error) => error.message },
};

interface Preview {
  controller: PreviewController;
  /** The body's blocks as HTML, without their keys (the worker's and the page's differ). */
  html: () => string;
  runFrames: () => void;
}

function preview(): Preview {
  document.body.innerHTML =
    '<main class="pw-post"><header class="pw-post-header"></header><div class="pw-post-body"></div></main>';
  const scheduled: (() => void)[] = [];
  const controller = new PreviewController(
    { postPath: 'posts/a.md', allowRemoteImages: false, workspaceFileUrl: (p) => `/ws/${p}` },
    () => callbacks,
    (callback) => scheduled.push(callback),
    () => undefined,
  );
  const body = document.querySelector('.pw-post-body') as HTMLElement;
  return {
    controller,
    html: () => body.innerHTML.replace(/ data-block-key="[^"]*"/g, ''),
    runFrames: () => {
      for (let i = 0; i < 100 && scheduled.length > 0; i++) {
        for (const callback of scheduled.splice(0)) {
          callback();
        }
      }
    },
  };
}

/** Lets queued messages and renders run (each is a task). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10_000 && (i < 2 || (worker?.pending ?? 0) > 0); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

// Morphing may leave attributes in another order than a fresh parse: compare nodes, not strings.
function sameDom(html: string, expected: string): boolean {
  const parse = (markup: string): HTMLElement => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    return holder;
  };
  return parse(html).isEqualNode(parse(expected));
}

/** What the page shows for `text` rendered on the page, from scratch. */
function expectedHtml(text: string): string {
  const fresh = preview();
  fresh.controller.update(text);
  fresh.controller.attach(window, 'light');
  fresh.runFrames();
  const html = fresh.html();
  fresh.controller.dispose();
  return html;
}

const pieces = [
  '',
  '',
  'plain paragraph text that is long enough to matter',
  '中文段落，包含**粗体**和`代码`。',
  '# Heading',
  '## 重复标题',
  '- item',
  '```js',
  '```',
  '| a | b |',
  '|---|---|',
  '[ref]: https://example.com/ref',
  'see [the ref][ref]',
  'a note[^1]',
  '[^1]: the first note',
  '---',
  'title: x',
];
const text = fc
  .array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 30 })
  .map((lines) => lines.join('\n'));
const edit = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(8),
  fc.oneof(
    fc.constantFrom('a', '\n', '#', '`', '[^1]', '中', '\n\n'),
    fc.constantFrom(...pieces).map((piece) => `${piece}\n`),
  ),
);
const step = fc.record({
  edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  wait: fc.boolean(),
});

describe('preview feed', () => {
  test('a post followed through the worker by its edits shows what a fresh render shows', async () => {
    let inWorker = 0;
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.array(step, { minLength: 1, maxLength: 10 }),
        async (start, steps) => {
          const shown = preview();
          const store = new TextStore();
          store.set(start);
          // Small limits: the post moves between the page and the worker as it grows and shrinks.
          const feed = new PreviewFeed(store, shown.controller, undefined, {
            toWorker: 80,
            backToPage: 40,
          });
          shown.controller.attach(window, 'light');
          feed.start();
          let current = start;
          for (const { edits: relative, wait } of steps) {
            const placed = placeEdits(current, relative);
            const { edits } = placed;
            current = placed.text;
            const latest = current;
            store.changed(() => latest, edits[0]?.[0] ?? 0, { edits, length: latest.length });
            if (wait) {
              await settle();
            }
          }
          await settle();
          shown.runFrames();
          const html = shown.html();
          inWorker += current.length > 80 ? 1 : 0;
          feed.dispose();
          shown.controller.dispose();
          expect(sameDom(html, expectedHtml(current)), html).toBe(true);
        },
      ),
      {
        numRuns: 60,
        examples: [
          [
            '[ref]: https://example.com/ref\na note[^1]\nsee [the ref][ref]\n中文段落，包含**粗体**和`代码`。\n```\n',
            [
              {
                edits: [
                  [0, 1, 'title: x\n'],
                  [0, 5, '[^1]'],
                ],
                wait: true,
              },
              { edits: [[0, 7, '[^1]: the first note\n']], wait: false },
            ],
          ],
        ],
      },
    );
    // Many runs end in the worker (all those longer than its limit), the others on the page.
    expect(inWorker).toBeGreaterThan(20);
  }, 120_000);

  test('stops following the store once it holds another post', async () => {
    const shown = preview();
    const store = new TextStore();
    store.set('# First post');
    const feed = new PreviewFeed(store, shown.controller);
    shown.controller.attach(window, 'light');
    feed.start();
    store.changed(() => '# First post!', 12, { edits: [[12, 0, '!']], length: 13 });
    shown.runFrames();
    expect(shown.html()).toContain('First post!');
    // The app opens another post: a new preview will show it, this one must not render it.
    store.set('# Second post');
    await settle();
    shown.runFrames();
    expect(shown.html()).toContain('First post!');
    expect(shown.html()).not.toContain('Second');
    feed.dispose();
    shown.controller.dispose();
  });

  test('edits the worker cannot apply make it ask for the text again', async () => {
    const shown = preview();
    const store = new TextStore();
    const start = `# Title\n\n${'A paragraph of the post. '.repeat(20)}`;
    store.set(start);
    const feed = new PreviewFeed(store, shown.controller, undefined, {
      toWorker: 100,
      backToPage: 80,
    });
    shown.controller.attach(window, 'light');
    feed.start();
    await settle();
    const sent = worker?.requests.length ?? 0;
    // The editor's text and its reported edits disagree (an edit was lost): the lengths differ.
    const actual = `${start}\n\nTyped at the end`;
    store.changed(() => actual, start.length, { edits: [[0, 0, 'lost']], length: actual.length });
    await settle();
    shown.runFrames();
    expect(worker?.requests.slice(sent).map((r) => r.kind)).toEqual(['edit', 'reset']);
    expect(sameDom(shown.html(), expectedHtml(actual))).toBe(true);
    feed.dispose();
    shown.controller.dispose();
  });

  test('a long post left while the worker renders it: the worker stops and sends nothing more', async () => {
    const shown = preview();
    const store = new TextStore();
    store.set(Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of a long post.`).join('\n\n'));
    const feed = new PreviewFeed(store, shown.controller, undefined, {
      toWorker: 100,
      backToPage: 80,
    });
    shown.controller.attach(window, 'light');
    feed.start();
    const repliesBefore = worker?.replies.length ?? 0;
    // The worker renders one block per slice here: leave once its render has begun.
    for (let task = 0; task < 3; task++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    feed.dispose();
    shown.controller.dispose();
    await settle();
    expect(worker?.requests.at(-1)?.kind).toBe('close');
    // Without the close, the render went on to the end and sent the whole post to a page that
    // had moved on (for a 10 MB post: seconds of work and a message of tens of megabytes).
    expect(worker?.replies.slice(repliesBefore)).toEqual([]);
  });
});
