import type { TextStore } from '../document/text-store';
import type { PreviewController } from './preview-controller';
import { PreviewWorkerClient, type PreviewWorkerEvents } from './preview-worker-client';

/**
 * Up to this many characters the page renders the preview itself, before the keystroke is
 * painted (a few ms), so editor and preview show it in the same frame.
 */
export const pageRenderLength = 100_000;
// A post that grew past the limit goes back to the page below this (no back and forth at 100 KB).
const backToPageLength = 80_000;

/** The worker side of a feed (a test passes its own). */
export type PreviewWorkerFactory = (events: PreviewWorkerEvents) => PreviewWorkerClient;

/**
 * Feeds a preview the open post's text as it changes.
 *
 * A short post is rendered on the page at every change, in the keystroke's frame. A long one is
 * rendered by the preview worker, which gets the text once and then only the editor's edits
 * (`TextStore.changesSince`), and answers with what changed (`PreviewController.showDocument`):
 * typing in a 10 MB post costs the page a small message and the patch of one block.
 */
export class PreviewFeed {
  private client: PreviewWorkerClient | null;
  private inWorker = false;
  /** The store's revision the worker has. */
  private revision = -1;
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
        this.controller.update(this.store.get());
      },
    });
  }

  /** Shows the current text and follows its changes. */
  start(): void {
    this.unsubscribe = this.store.subscribe(() => this.push(false));
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
    if (this.inWorker && client !== null) {
      const change = this.store.changesSince(this.revision);
      if (change !== null && (change.length < 0 || change.length >= this.limits.backToPage)) {
        if (change.edits.length > 0) {
          client.edit(revision, change);
        }
        this.revision = revision;
        return;
      }
    }
    const text = this.store.get();
    const long = text.length > (this.inWorker ? this.limits.backToPage : this.limits.toWorker);
    if (long && client?.isAvailable() === true) {
      client.reset(revision, text, opening || !this.inWorker);
      this.inWorker = true;
      this.revision = revision;
      return;
    }
    this.inWorker = false;
    this.controller.update(text);
  }
}
