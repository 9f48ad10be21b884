import { applySplice } from '../../core/markdown/block-splice';
import type { TextChange } from '../../core/markdown/live-post';
import type { RenderedBlock, RenderedFrontMatter } from '../../core/markdown/rendered-document';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

/** What the preview shows of a render: the body's blocks and the front matter above them. */
export interface PreviewDocument {
  blocks: readonly RenderedBlock[];
  frontMatter: RenderedFrontMatter | null;
  missingLanguages: readonly string[];
  mathPending: boolean;
}

/** What the page hears from the worker. */
export interface PreviewWorkerEvents {
  /** A new document (`startOnly`: the post's start; the whole follows). */
  onDocument: (document: PreviewDocument, startOnly: boolean) => void;
  /** The worker's text no longer matches the edits: send the whole text (`reset`). */
  onResync: () => void;
  /** The worker broke or cannot start: render on the page instead. */
  onFailure: () => void;
}

let shared: Worker | null | undefined;
let nextSession = 0;
const clients = new Map<number, PreviewWorkerClient>();

// One worker for the page, started with the first preview and kept across posts: starting it
// (loading markdown-it, KaTeX and highlight.js) costs ~0.1 s, which opening a long post should
// not pay.
function sharedWorker(): Worker | null {
  if (shared !== undefined) {
    return shared;
  }
  try {
    shared = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
    shared.onmessage = (event: MessageEvent<PreviewReply>) => {
      clients.get(event.data.session)?.receive(event.data);
    };
    shared.onerror = () => {
      shared?.terminate();
      shared = null;
      for (const client of clients.values()) {
        client.fail();
      }
    };
  } catch {
    shared = null;
  }
  return shared;
}

/** Starts the preview worker ahead of the first long post. */
export function warmPreviewWorker(): void {
  sharedWorker();
}

/**
 * One preview's connection to the preview worker: sends the text once and then only its edits,
 * and rebuilds each document from the worker's splice (new blocks' HTML only).
 */
export class PreviewWorkerClient {
  private session = nextSession++;
  private blocks: readonly RenderedBlock[] = [];
  private disposed = false;
  /** The worker holds this session's post (a reset was sent since the last release). */
  private holding = false;

  constructor(private readonly events: PreviewWorkerEvents) {
    clients.set(this.session, this);
  }

  /** Whether a worker is running (false: the page must render itself). */
  isAvailable(): boolean {
    return !this.disposed && sharedWorker() !== null;
  }

  /** Sends the whole text (`startFirst`: a post just opened, show its start first). */
  reset(revision: number, text: string, startFirst: boolean): void {
    this.holding = true;
    this.post({ kind: 'reset', session: this.session, revision, text, startFirst });
  }

  /** Sends the edits that made `revision`. */
  edit(revision: number, change: TextChange): void {
    const { edits, length } = change;
    this.post({ kind: 'edit', session: this.session, revision, edits, length });
  }

  /**
   * Tells the worker to stop rendering this post and forget it. The client goes on under a new
   * session (a `reset` starts over from no blocks); replies still on their way are dropped.
   */
  release(): void {
    if (!this.holding) {
      return;
    }
    this.holding = false;
    this.post({ kind: 'close', session: this.session });
    clients.delete(this.session);
    this.session = nextSession++;
    this.blocks = [];
    if (!this.disposed) {
      clients.set(this.session, this);
    }
  }

  /** Releases the post and stops listening. */
  dispose(): void {
    this.release();
    this.disposed = true;
    clients.delete(this.session);
  }

  /** A reply of the worker for this session. */
  receive(reply: PreviewReply): void {
    if (this.disposed) {
      return;
    }
    if (reply.kind === 'resync') {
      this.events.onResync();
      return;
    }
    // Keys are the worker renderer's: kept apart from keys of a render on the page.
    const splice = {
      ...reply.splice,
      inserted: reply.splice.inserted.map((block) => ({ ...block, key: `w${block.key}` })),
    };
    this.blocks = applySplice(this.blocks, splice);
    this.events.onDocument(
      {
        blocks: this.blocks,
        frontMatter: reply.frontMatter,
        missingLanguages: [],
        mathPending: false,
      },
      reply.startOnly,
    );
  }

  /** The worker broke. */
  fail(): void {
    if (!this.disposed) {
      this.events.onFailure();
    }
  }

  private post(request: PreviewRequest): void {
    const worker = sharedWorker();
    if (worker === null || this.disposed) {
      return;
    }
    worker.postMessage(request);
  }
}
