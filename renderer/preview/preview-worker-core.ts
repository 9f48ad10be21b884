import {
  spliceBlocks,
  spliceRange,
  withInserted,
  type SpliceRange as BlockRange,
} from '../../core/markdown/block-splice';
import { LivePost } from '../../core/markdown/live-post';
import type { RenderedBlock, RenderedDocument } from '../../core/markdown/rendered-document';
import type { PreviewReply, PreviewRequest } from './preview-protocol';
import { hasMissingResources, type MissingResources } from './render-resources';

// A post longer than this opens with its first lines, then the whole post.
const startFirstLength = 200_000;
const startLines = 500;
// The first render of a long post reads its blocks' HTML this long at a time between messages.
const sliceMilliseconds = 15;

/** A splice range and how many of its inserted blocks have their HTML rendered. */
type SpliceRange = BlockRange & { rendered: number };

/** What the worker core needs from its thread (a test runs it on the page). */
export interface PreviewWorkerHost {
  reply: (reply: PreviewReply) => void;
  /** Runs `task` after the messages already queued (a burst of edits costs one render). */
  defer: (task: () => void) => void;
  /** How long a slice of a long render may take (ms); a test makes every block a slice. */
  sliceMilliseconds?: number;
  /** Loads fence languages and the math engine; resolves to whether any was registered. */
  loadMissing: (missing: MissingResources) => Promise<boolean>;
}

/**
 * The preview worker's logic: keeps the open post as a `LivePost` fed with the page's edits,
 * renders it when the messages queued so far are applied, and answers with the splice from the
 * blocks the page has to the new ones.
 */
export class PreviewWorkerCore {
  private session = -1;
  private post = new LivePost();
  private revision = 0;
  /** The blocks the page has (its last document): the next reply is a splice from them. */
  private shown: readonly RenderedBlock[] = [];
  /** Edits stopped fitting: wait for a reset. */
  private waitingForReset = false;
  private renderQueued = false;
  /** Counts renders: a render sent in slices stops when a newer one starts. */
  private job = 0;

  constructor(private readonly host: PreviewWorkerHost) {}

  /** Handles one message of the page. */
  receive(request: PreviewRequest): void {
    if (request.kind === 'close') {
      if (request.session === this.session) {
        // A 10 MB post's render goes on for seconds, and its reply is a message of tens of
        // megabytes the page would decode for nothing: stop it, and free the post.
        this.job++;
        this.session = -1;
        this.post = new LivePost();
        this.shown = [];
      }
      return;
    }
    if (request.kind === 'reset') {
      // A render still being sent is relative to blocks this reset may replace: drop it.
      this.job++;
      if (request.session !== this.session) {
        this.session = request.session;
        this.post = new LivePost();
        this.shown = [];
      }
      this.post.reset(request.text);
      this.revision = request.revision;
      this.waitingForReset = false;
      if (request.startFirst && this.post.length > startFirstLength) {
        const start = this.post.renderStart(startLines);
        if (start !== null) {
          this.send(start, true);
        }
      }
      this.queueRender();
      return;
    }
    if (request.session !== this.session || this.waitingForReset) {
      return;
    }
    if (!this.post.apply(request.edits, request.length)) {
      this.waitingForReset = true;
      this.host.reply({ kind: 'resync', session: this.session, revision: request.revision });
      return;
    }
    this.revision = request.revision;
    this.queueRender();
  }

  private queueRender(): void {
    if (!this.renderQueued) {
      this.renderQueued = true;
      this.host.defer(() => this.render());
    }
  }

  private render(): void {
    this.renderQueued = false;
    if (this.waitingForReset || this.session === -1) {
      return;
    }
    const document = this.post.render();
    this.job++;
    const range = spliceRange(this.shown, document.blocks);
    this.sendInSlices(document, { ...range, rendered: range.start }, this.job);
    if (hasMissingResources(document)) {
      const session = this.session;
      void this.host.loadMissing(document).then((registered) => {
        if (registered && session === this.session) {
          this.post.forgetIncompleteBlocks();
          this.queueRender();
        }
      });
    }
  }

  /**
   * Sends `document` once the HTML of its new blocks is rendered, rendering it a slice at a time:
   * a message that arrives meanwhile (another post opened, a keystroke) waits one slice, not the
   * whole first render of a 10 MB post. A newer render (`job`) takes over; what this one rendered
   * stays cached in the renderer.
   */
  private sendInSlices(document: RenderedDocument, range: SpliceRange, job: number): void {
    if (job !== this.job) {
      return;
    }
    const deadline = performance.now() + (this.host.sliceMilliseconds ?? sliceMilliseconds);
    const { blocks } = document;
    // At least one block per slice, however slow.
    do {
      const block = blocks[range.rendered];
      if (block !== undefined && range.rendered < range.insertedEnd) {
        void block.html;
        range.rendered++;
      }
    } while (range.rendered < range.insertedEnd && performance.now() < deadline);
    if (range.rendered < range.insertedEnd) {
      this.host.defer(() => this.sendInSlices(document, range, job));
      return;
    }
    this.shown = blocks;
    this.host.reply({
      kind: 'document',
      session: this.session,
      revision: this.revision,
      splice: withInserted(range, blocks),
      frontMatter: document.frontMatter,
      startOnly: false,
    });
  }

  private send(document: RenderedDocument, startOnly: boolean): void {
    const splice = spliceBlocks(this.shown, document.blocks);
    this.shown = document.blocks;
    this.host.reply({
      kind: 'document',
      session: this.session,
      revision: this.revision,
      splice,
      frontMatter: document.frontMatter,
      startOnly,
    });
  }
}
