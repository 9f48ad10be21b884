import { LivePost } from '../../core/markdown/live-post';
import type { TextStore } from '../document/text-store';
import type { PreviewController } from './preview-controller';
import { PreviewWorkerClient, type PreviewWorkerEvents } from './preview-worker-client';

/**
 * Up to this many characters the page renders the preview itself, before the keystroke is
 * painted, so editor and preview show it in the same frame. Measured (quick bench, 1 MB post):
 * on the page the preview is painted with the editor (p50 29 ms, editor 29 ms); through the
 * worker a frame or two later (p50 48 ms, editor 29 ms), the worker's render of a keystroke
 * being a pass over the post's blocks. Past ~1.5 MB that pass, on the page, starts to delay the
 * editor's paint, which matters more.
 */
export const pageRenderLength = 1_500_000;
// A post that grew past the limit goes back to the page below this (no back and forth).
const backToPageLength = 1_200_000;

/** The worker side of a feed (a test passes its own). */
export type PreviewWorkerFactory = (events: PreviewWorkerEvents) => PreviewWorkerClient;

/**
 * Feeds a preview the open post's text as it changes.
 *
 * Both ways get the text once and then only the editor's edits (`TextStore.changesSince`), never
 * the whole text per keystroke. A post up to {@link pageRenderLength} is rendered on the page
 * (a `LivePost` the controller follows), in the keystroke's frame. A longer one is rendered by
 * the preview worker, which answers with what changed (`PreviewController.showDocument`): typing
 * in a 10 MB post costs the page a small message and the patch of one block.
 */
export class PreviewFeed {
  private client: PreviewWorkerClient | null;
  private inWorker = false;
  /** The post as the page renders it, fed with the edits (kept across moves to the worker). */
  private pagePost: LivePost | null = null;
  /** The store's revision the worker or the page's post has. */
  private revision = Number.NaN;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: TextStore,
    private readonly controller: PreviewController,
    createClient: PreviewWorkerFactory = (events) => new PreviewWorkerClient(events),
    private readonly limits = { toWorker: pageRenderLength, backToPage: backToPageLength },
  ) {
    this.client = createClient({
      onDocument: (document, startOnly) => {
        if (this.inWorker) {
          this.controller.showDocument(document, startOnly);
        }
      },
      onResync: () => {
        this.revision = Number.NaN;
        this.push(false);
      },
      onFailure: () => {
        this.client = null;
        this.inWorker = false;
        this.revision = Number.NaN;
        this.push(false);
      },
    });
  }

  /** Shows the current text and follows its changes, until the store holds another post. */
  start(): void {
    const post = this.store.replacementCount();
    this.unsubscribe = this.store.subscribe(() => {
      // Another post was opened: this preview is about to be replaced, never re-rendered with it.
      if (this.store.replacementCount() === post) {
        this.push(false);
      }
    });
    this.push(true);
  }

  /** Stops following the text. */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.client?.dispose();
  }

  private push(opening: boolean): void {
    const revision = this.store.currentRevision();
    const client = this.client;
    const change = opening ? null : this.store.changesSince(this.revision);
    if (change !== null) {
      // The edits are known: the post stays where it is rendered unless it crossed a limit.
      const { edits, length } = change;
      if (this.inWorker && client !== null && (length < 0 || length >= this.limits.backToPage)) {
        if (edits.length > 0) {
          client.edit(revision, change);
        }
        this.revision = revision;
        return;
      }
      const post = this.pagePost;
      if (!this.inWorker && post !== null && length <= this.limits.toWorker) {
        if (edits.length === 0 || post.apply(edits, length)) {
          this.revision = revision;
          if (edits.length > 0) {
            this.controller.changed();
          }
          return;
        }
      }
    }
    const text = this.store.get();
    this.revision = revision;
    const long = text.length > (this.inWorker ? this.limits.backToPage : this.limits.toWorker);
    if (long && client?.isAvailable() === true) {
      client.reset(revision, text, opening || !this.inWorker);
      this.inWorker = true;
      return;
    }
    if (this.inWorker) {
      // Back on the page: the worker's copy of the post is no longer needed.
      client?.release();
    }
    this.inWorker = false;
    this.pagePost ??= new LivePost();
    this.pagePost.reset(text);
    this.controller.follow(this.pagePost);
  }
}
