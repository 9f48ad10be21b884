import { LivePost } from '../../core/markdown/live-post';
import { themeClass } from './frame-document';
import { hasMissingResources, loadMissingResources } from './render-resources';
import { renderPostHeader } from './post-header';
import type { PreviewCallbacks } from './preview-events';
import { openPreviewFrame, type PreviewFrame } from './preview-frame';
import type { SanitizeOptions } from './sanitize-block';
import { focusAfterEdit, focusAtLine, shownPart, type FocusRange } from './focus-range';
import type { PreviewDocument } from './preview-worker-client';
import { defaultCancelIdle, defaultIdle, type IdleScheduler } from './idle-scheduler';
import { FillBudget, firstPaintBudget } from './fill-budget';

// The user is typing while their last edit is this recent (the fill then takes shorter steps).
const typingPauseMs = 1000;
// A post longer than this opens with a render of its first lines only (the whole-post block split
// costs ~0.1 s at 1 MB and ~0.5 s at 10 MB); the whole post is rendered a frame after that paint.
const startRenderThreshold = 200_000;
const startRenderLines = 500;
// The longest a post with math waits for KaTeX before its first paint shows formulas as source.
const mathWaitMs = 300;

export type { PreviewCallbacks } from './preview-events';

/**
 * Drives one preview frame: renders text incrementally, patches the frame's DOM, syncs scrolling.
 *
 * The first render is immediate; later ones are coalesced to the next animation frame, so a burst
 * of keystrokes costs one render and typing never waits for the preview.
 */
export class PreviewController {
  /** The post `update` shows (`follow` shows the caller's). */
  private readonly ownPost = new LivePost();
  private frame: PreviewFrame | null = null;
  /** The post rendered on the page when it is followed by its edits (see `follow`). */
  private live: LivePost | null = null;
  /** The latest document rendered in the preview worker, when it renders this post. */
  private remote: { document: PreviewDocument; startOnly: boolean } | null = null;
  private rendered: PreviewDocument | null = null;
  private lastUpdate = Number.NEGATIVE_INFINITY;
  private frameRequest: number | null = null;
  /** A render already happened since the last animation frame. */
  private renderedThisFrame = false;
  /** Text arrived while busy: render at the next frame. */
  private dirty = false;
  private pendingLine: number | null = null;
  /** The first paint already waited for KaTeX (see `holdForMath`). */
  private heldForMath = false;
  private disposed = false;
  /** How many blocks are in the frame while a long post is filled in progressively. */
  private shownBlocks = 0;
  private growRequest: number | null = null;
  private soonRequest: number | null = null;
  private readonly fillBudget = new FillBudget();
  /** A line asked for before the whole post was in the frame: applied again once it is. */
  private lineAfterFill: number | null = null;
  /**
   * While filling in, blocks past the shown part that are put into the frame anyway: those just
   * edited and those at the editor's top line, so a key typed at the end of a long post is shown
   * in its frame, not once the fill reaches it. Block indices, end exclusive.
   */
  private focus: FocusRange | null = null;
  /** The rendered document is only the post's start (`renderStart`): render the whole next. */
  private startOnly = false;

  constructor(
    private readonly options: SanitizeOptions,
    private readonly callbacks: () => PreviewCallbacks,
    private readonly schedule: (callback: () => void) => number = (cb) =>
      window.requestAnimationFrame(cb),
    private readonly cancel: (handle: number) => void = (handle) =>
      window.cancelAnimationFrame(handle),
    private readonly idle: IdleScheduler = defaultIdle(schedule),
    private readonly cancelIdle: (handle: number) => void = defaultCancelIdle(cancel),
  ) {}

  /** Takes over a loaded preview frame (its document was built by `buildFrameDocument`). */
  attach(frameWindow: Window, theme: 'light' | 'dark'): void {
    this.detach();
    this.frame = openPreviewFrame(
      frameWindow,
      this.options,
      this.callbacks,
      this.schedule,
      this.cancel,
    );
    if (this.frame === null) {
      return;
    }
    this.rendered = null;
    this.shownBlocks = 0;
    this.focus = null;
    this.startOnly = false;
    this.setTheme(theme);
    this.flush();
  }

  /** Shows `text`: at once when idle, else coalesced into the next animation frame. */
  update(text: string): void {
    // Unchanged blocks keep their keys across texts: the post's renderer keeps its caches.
    this.ownPost.reset(text);
    this.follow(this.ownPost);
  }

  /**
   * Shows `post` (kept up to date by the caller with its edits, so a keystroke neither copies
   * nor splits the whole text), rendered on the page; call `changed` after each edit.
   */
  follow(post: LivePost): void {
    this.live = post;
    this.changed();
  }

  /** The text (or followed post) changed: render at once when idle, else at the next frame. */
  changed(): void {
    this.remote = null;
    this.lastUpdate = performance.now();
    if (this.frame === null) {
      return;
    }
    // Idle (nothing rendered during this frame yet): render now, so the keystroke and its preview
    // are painted together. Busy: coalesce into the next frame, so a burst costs one render.
    if (this.rendered === null || !this.renderedThisFrame) {
      this.flush();
      this.renderedThisFrame = true;
    } else {
      this.dirty = true;
    }
    this.frameRequest ??= this.schedule(() => this.onFrame());
  }

  /**
   * Shows a document rendered elsewhere (the preview worker), at once: the worker already
   * coalesced the keystrokes it stands for. Until `update` is called again, the controller renders
   * nothing itself.
   */
  showDocument(document: PreviewDocument, startOnly: boolean): void {
    this.remote = { document, startOnly };
    this.lastUpdate = performance.now();
    this.dirty = false;
    this.flush();
  }

  private onFrame(): void {
    this.frameRequest = null;
    this.renderedThisFrame = false;
    if (this.dirty) {
      this.dirty = false;
      this.flush();
      this.renderedThisFrame = true;
      this.frameRequest = this.schedule(() => this.onFrame());
    }
  }

  /** Switches the frame between light and dark without rebuilding it. */
  setTheme(theme: 'light' | 'dark'): void {
    const root = this.frame?.doc.documentElement;
    if (root !== undefined) {
      root.classList.remove(themeClass('light'), themeClass('dark'));
      root.classList.add(themeClass(theme));
    }
  }

  /** Scrolls so that fractional source `line` is at the top (without echoing it back). */
  scrollToLine(line: number): void {
    this.pendingLine = line;
    if (Number.isFinite(this.shownBlocks)) {
      this.lineAfterFill = line;
      if (this.focusOnLine(line)) {
        // The blocks at that line join the frame at the next frame's fill step, which then scrolls.
        this.scheduleGrow(true);
        return;
      }
    }
    if (this.frame !== null && this.rendered !== null) {
      this.applyPendingLine();
    }
  }

  /** Releases the frame and any scheduled work. */
  dispose(): void {
    this.disposed = true;
    this.detach();
  }

  private detach(): void {
    for (const request of [this.frameRequest, this.soonRequest]) {
      if (request !== null) {
        this.cancel(request);
      }
    }
    if (this.growRequest !== null) {
      this.cancelIdle(this.growRequest);
    }
    this.frameRequest = null;
    this.growRequest = null;
    this.soonRequest = null;
    this.frame?.detach();
    this.frame = null;
  }

  private flush(): void {
    const frame = this.frame;
    const remote = this.remote;
    const live = this.live;
    if (frame === null || this.disposed || (remote === null && live === null)) {
      return;
    }
    const previous = this.rendered;
    const wasStartOnly = this.startOnly;
    let document: PreviewDocument;
    if (remote !== null) {
      document = remote.document;
      this.startOnly = remote.startOnly;
    } else {
      const post = live as LivePost;
      const start =
        previous === null && post.length > startRenderThreshold
          ? post.renderStart(startRenderLines)
          : null;
      this.startOnly = start !== null;
      document = start ?? post.render();
      if (previous === null && document.mathPending && !this.heldForMath) {
        this.holdForMath(document);
        return;
      }
    }
    if (
      previous?.frontMatter !== document.frontMatter ||
      previous.frontMatter?.summary !== document.frontMatter?.summary
    ) {
      renderPostHeader(frame.header, document.frontMatter, this.callbacks().labels);
    }
    this.rendered = document;
    if (previous !== null && !wasStartOnly && Number.isFinite(this.shownBlocks)) {
      this.focus = focusAfterEdit(this.focus, previous.blocks, document.blocks, this.shownBlocks);
    } else if (previous === null && this.pendingLine !== null) {
      // Opened at a line (the editor's top line): its blocks are painted first, with the start.
      this.focusOnLine(this.pendingLine);
    } else if (wasStartOnly && !this.startOnly && this.lineAfterFill !== null) {
      // The whole post follows its start: the line the editor went to meanwhile (Ctrl+End, then
      // typing) was not in the start, and its blocks join now instead of after the fill (~3 s
      // of idle steps for a 10 MB post, during which the keys typed there did not show).
      if (this.focusOnLine(this.lineAfterFill)) {
        this.pendingLine = this.lineAfterFill;
      }
    }
    this.patchShown('update');
    if (previous === null) {
      this.applyPendingLine();
    }
    if (remote === null && hasMissingResources(document)) {
      void loadMissingResources(document).then((registered) => {
        if (registered && !this.disposed) {
          this.live?.forgetIncompleteBlocks();
          this.changed();
        }
      });
    }
  }

  // A long post is put into the frame progressively, so opening it paints quickly and typing
  // never waits for the DOM of the whole post.
  /**
   * `update`: what changed, built at once; `fill`: the next part of a long post, `focus`: the
   * blocks at the editor's line, both put in empty when new (built once near the viewport).
   */
  private patchShown(step: 'update' | 'fill' | 'focus'): void {
    const grow = step === 'fill';
    const frame = this.frame;
    const blocks = this.rendered?.blocks;
    if (frame === null || blocks === undefined) {
      return;
    }
    let added = 0;
    const firstPaint = this.shownBlocks === 0;
    const wasShown = this.shownBlocks;
    if ((grow || firstPaint) && this.shownBlocks < blocks.length) {
      const budget = this.fillBudget.next(this.shownBlocks === 0);
      let count = this.shownBlocks;
      while (count < blocks.length && added < budget) {
        added += (blocks[count] as { html: string }).html.length;
        count++;
      }
      this.shownBlocks = count;
    }
    const complete = this.shownBlocks >= blocks.length && !this.startOnly;
    const started = performance.now();
    frame.patcher.patch(
      complete ? blocks : shownPart(blocks, this.shownBlocks, this.focus),
      step === 'update' || firstPaint ? null : { start: wasShown, end: Number.POSITIVE_INFINITY },
    );
    this.fillBudget.measured(added, performance.now() - started);
    // Finding blocks to build reads positions, a layout of the whole frame: not per keystroke, nor
    // per fill step while the user types (the fill's end looks once more).
    const typing = performance.now() - this.lastUpdate < typingPauseMs;
    frame.scroller.patched(step === 'focus' || (step === 'fill' && (complete || !typing)));
    if (complete) {
      this.shownBlocks = Number.POSITIVE_INFINITY;
      this.focus = null;
      if (this.growRequest !== null) {
        this.cancelIdle(this.growRequest);
        this.growRequest = null;
      }
      if (this.lineAfterFill !== null) {
        this.scrollToLine(this.lineAfterFill);
        this.lineAfterFill = null;
      }
      return;
    }
    if (this.pendingLine !== null) {
      this.applyPendingLine();
    }
    this.scheduleGrow();
  }

  /** `soon`: at the next frame (the user scrolled to blocks not in the frame yet), not when idle. */
  private scheduleGrow(soon = false): void {
    if (this.startOnly && this.remote !== null) {
      // The worker sends the whole post once it has rendered it.
      return;
    }
    if (!this.startOnly) {
      if (soon) {
        this.soonRequest ??= this.schedule(() => {
          this.soonRequest = null;
          this.patchShown('focus');
        });
        return;
      }
      this.growRequest ??= this.idle((milliseconds) => {
        this.growRequest = null;
        this.fillBudget.plan(milliseconds, performance.now() - this.lastUpdate < typingPauseMs);
        this.patchShown('fill');
      });
      return;
    }
    // The whole render waits one more frame: not in the frame that paints the post's start.
    this.soonRequest ??= this.schedule(() => {
      this.soonRequest = this.schedule(() => {
        this.soonRequest = null;
        if (this.startOnly) {
          this.flush();
        } else {
          this.patchShown('fill');
        }
      });
    });
  }

  // Scrolling the editor while the post fills in brings the blocks at its top line into the
  // frame, about a screenful of them, so the preview can follow at once.
  private focusOnLine(line: number): boolean {
    const blocks = this.rendered?.blocks;
    const focus =
      blocks === undefined
        ? null
        : focusAtLine(this.focus, blocks, line, this.shownBlocks, firstPaintBudget);
    this.focus = focus ?? this.focus;
    return focus !== null;
  }

  /**
   * A frame's first paint waits for KaTeX (at most `mathWaitMs`) when the post has math, so that
   * opening it does not show its formulas as source for the moment KaTeX takes to load.
   */
  private holdForMath(document: PreviewDocument): void {
    this.heldForMath = true;
    let released = false;
    const release = (): void => {
      if (!released && !this.disposed) {
        released = true;
        this.live?.forgetIncompleteBlocks();
        this.changed();
      }
    };
    void loadMissingResources(document).then(release);
    setTimeout(release, mathWaitMs);
  }

  private applyPendingLine(): void {
    const line = this.pendingLine;
    const frame = this.frame;
    if (line === null || frame === null) {
      return;
    }
    this.pendingLine = null;
    frame.scroller.scrollTo(line);
  }
}
