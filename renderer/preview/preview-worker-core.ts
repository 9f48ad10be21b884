import { spliceBlocks } from '../../core/markdown/block-splice';
import { LivePost } from '../../core/markdown/live-post';
import type { RenderedBlock, RenderedDocument } from '../../core/markdown/rendered-document';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

// A post longer than this opens with its first lines, then the whole post.
const startFirstLength = 200_000;
const startLines = 500;

/** What the worker core needs from its thread (a test runs it on the page). */
export interface PreviewWorkerHost {
  reply: (reply: PreviewReply) => void;
  /** Runs `task` after the messages already queued (a burst of edits costs one render). */
  defer: (task: () => void) => void;
  /** Loads highlight languages; resolves to whether any was registered. */
  loadLanguages: (names: readonly string[]) => Promise<boolean>;
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

  constructor(private readonly host: PreviewWorkerHost) {}

  /** Handles one message of the page. */
  receive(request: PreviewRequest): void {
    if (request.kind === 'reset') {
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
    if (this.waitingForReset) {
      return;
    }
    const document = this.post.render();
    this.send(document, false);
    if (document.missingLanguages.length > 0) {
      const session = this.session;
      void this.host.loadLanguages(document.missingLanguages).then((registered) => {
        if (registered && session === this.session) {
          this.post.forgetMissingLanguages();
          this.queueRender();
        }
      });
    }
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
