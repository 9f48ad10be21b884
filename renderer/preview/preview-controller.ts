import type { WindowLike } from 'dompurify';
import type { LivePost } from '../../core/markdown/live-post';
import {
  createMarkdownRenderer,
  type MarkdownRenderer,
  type RenderedBlock,
} from '../../core/markdown/markdown-renderer';
import { BlockPatcher } from './block-patcher';
import { themeClass } from './frame-document';
import { loadHighlightLanguages } from './highlight-languages';
import { renderPostHeader, type PostHeaderLabels } from './post-header';
import { listenToPreview, type PreviewEventHandlers } from './preview-events';
import { createBlockSanitizer, type SanitizeOptions } from './sanitize-block';
import { blocksAtLine, focusAfterEdit, mergeFocus, type FocusRange } from './focus-range';
import type { PreviewDocument } from './preview-worker-client';
import { ScrollMap } from './scroll-sync';

// Characters of block HTML put into the frame at first paint, then per idle period. The amount
// per step adapts to this machine's speed so that a step takes at most ~10 ms, and ~3 ms while
// the user types (a key that arrives meanwhile waits for the step).
const firstPaintBudget = 60_000;
const fillMilliseconds = 10;
const fillMillisecondsWhileTyping = 3;
const typingPauseMs = 1000;
const minimumFillBudget = 2_000;
const maximumFillBudget = 200_000;
// A post longer than this opens with a render of its first lines only (the whole-post block split
// costs ~0.1 s at 1 MB and ~0.5 s at 10 MB); the whole post is rendered a frame after that paint.
const startRenderThreshold = 200_000;
const startRenderLines = 500;

/** Runs `callback` when the page is idle, with the milliseconds it may take; returns a handle. */
export type IdleScheduler = (callback: (milliseconds: number) => void) => number;

/** Everything the controller calls back into the app with; read anew at each event. */
export interface PreviewCallbacks extends PreviewEventHandlers {
  onScrollLine?: (line: number) => void;
  labels: PostHeaderLabels;
}

/**
 * Drives one preview frame: renders text incrementally, patches the frame's DOM, syncs scrolling.
 *
 * The first render is immediate; later ones are coalesced to the next animation frame, so a burst
 * of keystrokes costs one render and typing never waits for the preview.
 */
export class PreviewController {
  private readonly renderer: MarkdownRenderer = createMarkdownRenderer();
  private frame: {
    win: Window;
    doc: Document;
    patcher: BlockPatcher;
    header: HTMLElement;
    detach: () => void;
  } | null = null;
  private text: string | null = null;
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
  /** Wrapper lists for scroll sync are rebuilt only after the DOM was patched. */
  private patchVersion = 0;
  private cachedScrollMap: { version: number; map: ScrollMap } | null = null;
  private pendingLine: number | null = null;
  private programmaticScroll: number | null = null;
  private scrollRequest: number | null = null;
  private disposed = false;
  /** How many blocks are in the frame while a long post is filled in progressively. */
  private shownBlocks = 0;
  private growRequest: number | null = null;
  private soonRequest: number | null = null;
  private materializeRequest: number | null = null;
  /** Characters of block HTML put into the frame per millisecond (measured, see patchShown). */
  private fillRate = 5_000;
  /** The milliseconds the next fill step may take. */
  private fillMilliseconds = fillMilliseconds;
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
    const doc = frameWindow.document;
    const body = doc.querySelector<HTMLElement>('.pw-post-body');
    const header = doc.querySelector<HTMLElement>('.pw-post-header');
    if (body === null || header === null) {
      return;
    }
    const sanitize = createBlockSanitizer(frameWindow as unknown as WindowLike, this.options);
    const stopEvents = listenToPreview(doc, this.callbacks);
    const onScroll = (): void => this.onUserScroll();
    frameWindow.addEventListener('scroll', onScroll, { passive: true });
    this.frame = {
      win: frameWindow,
      doc,
      patcher: new BlockPatcher(body, sanitize),
      header,
      detach: () => {
        stopEvents();
        frameWindow.removeEventListener('scroll', onScroll);
      },
    };
    this.rendered = null;
    this.shownBlocks = 0;
    this.focus = null;
    this.startOnly = false;
    this.setTheme(theme);
    this.flush();
  }

  /** Shows `text`: at once when idle, else coalesced into the next animation frame. */
  update(text: string): void {
    this.text = text;
    this.live = null;
    this.changed();
  }

  /**
   * Shows `post` (kept up to date by the caller with its edits, so a keystroke neither copies
   * nor splits the whole text), rendered on the page; call `changed` after each edit.
   */
  follow(post: LivePost): void {
    this.live = post;
    this.text = null;
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
    for (const request of [
      this.frameRequest,
      this.scrollRequest,
      this.soonRequest,
      this.materializeRequest,
    ]) {
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
    this.materializeRequest = null;
    this.scrollRequest = null;
    this.frame?.detach();
    this.frame = null;
  }

  private flush(): void {
    const frame = this.frame;
    const remote = this.remote;
    const live = this.live;
    if (
      frame === null ||
      this.disposed ||
      (remote === null && this.text === null && live === null)
    ) {
      return;
    }
    const previous = this.rendered;
    const wasStartOnly = this.startOnly;
    let document: PreviewDocument;
    if (remote !== null) {
      document = remote.document;
      this.startOnly = remote.startOnly;
    } else {
      const text = this.text ?? '';
      const length = live?.length ?? text.length;
      const start =
        previous === null && length > startRenderThreshold
          ? (live?.renderStart(startRenderLines) ??
            (live === null ? this.renderer.renderStart(text, startRenderLines) : null))
          : null;
      this.startOnly = start !== null;
      document = start ?? live?.render() ?? this.renderer.render(text);
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
    }
    // An update patches what is shown (and the edited blocks); only fill steps add more.
    this.patchShown(false);
    if (previous === null) {
      this.applyPendingLine();
    }
    if (remote === null && document.missingLanguages.length > 0) {
      void loadHighlightLanguages(document.missingLanguages).then((registered) => {
        if (registered && !this.disposed) {
          this.renderer.forgetMissingLanguages();
          this.live?.forgetMissingLanguages();
          this.changed();
        }
      });
    }
  }

  // A long post is put into the frame progressively: the first screenful at once, the rest in
  // idle periods, a few milliseconds at a time, so opening a 1 MB post paints quickly and typing
  // is never blocked behind sanitizing and building the DOM of the whole post.
  /** `grow`: add the next part of a long post (a fill step, or the first paint). */
  private patchShown(grow: boolean): void {
    const frame = this.frame;
    const blocks = this.rendered?.blocks;
    if (frame === null || blocks === undefined) {
      return;
    }
    let added = 0;
    const firstPaint = this.shownBlocks === 0;
    const wasShown = this.shownBlocks;
    if ((grow || firstPaint) && this.shownBlocks < blocks.length) {
      const budget =
        this.shownBlocks === 0
          ? firstPaintBudget
          : Math.min(
              maximumFillBudget,
              Math.max(minimumFillBudget, this.fillRate * this.fillMilliseconds),
            );
      let count = this.shownBlocks;
      while (count < blocks.length && added < budget) {
        added += (blocks[count] as { html: string }).html.length;
        count++;
      }
      this.shownBlocks = count;
    }
    const complete = this.shownBlocks >= blocks.length && !this.startOnly;
    const started = performance.now();
    // Fill steps put blocks in empty; they are built when they come near the viewport.
    frame.patcher.patch(
      complete ? blocks : this.partialBlocks(blocks),
      grow && !firstPaint ? { start: wasShown, end: this.shownBlocks } : null,
    );
    if (frame.patcher.hasPending()) {
      this.scheduleMaterialize();
    }
    const elapsed = performance.now() - started;
    if (added > 2_000 && elapsed > 0.5) {
      this.fillRate = added / elapsed;
    }
    this.patchVersion++;
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
          this.patchShown(false);
        });
        return;
      }
      this.growRequest ??= this.idle((milliseconds) => {
        this.growRequest = null;
        const typing = performance.now() - this.lastUpdate < typingPauseMs;
        this.fillMilliseconds = Math.min(
          milliseconds,
          typing ? fillMillisecondsWhileTyping : fillMilliseconds,
        );
        this.patchShown(true);
      });
      return;
    }
    // The whole render waits one more frame: the frame that paints the post's start must not
    // also carry it.
    this.soonRequest ??= this.schedule(() => {
      this.soonRequest = this.schedule(() => {
        this.soonRequest = null;
        if (this.startOnly) {
          this.flush();
        } else {
          this.patchShown(true);
        }
      });
    });
  }

  /** The shown part plus the focus range past it, in document order. */
  private partialBlocks(blocks: readonly RenderedBlock[]): RenderedBlock[] {
    const shown = blocks.slice(0, this.shownBlocks);
    const focus = this.focus;
    if (focus === null || focus.end <= this.shownBlocks) {
      return shown;
    }
    return shown.concat(blocks.slice(Math.max(focus.start, this.shownBlocks), focus.end));
  }

  // Scrolling the editor while the post fills in brings the blocks at its top line into the
  // frame, about a screenful of them, so the preview can follow at once.
  private focusOnLine(line: number): boolean {
    const blocks = this.rendered?.blocks;
    if (blocks === undefined) {
      return false;
    }
    const { start, end } = blocksAtLine(blocks, line, firstPaintBudget);
    if (end <= this.shownBlocks) {
      return false;
    }
    const focus = this.focus;
    this.focus = mergeFocus(focus, { start, end });
    return focus === null || this.focus.start < focus.start || this.focus.end > focus.end;
  }

  private scheduleMaterialize(): void {
    this.materializeRequest ??= this.schedule(() => {
      this.materializeRequest = null;
      this.materializeNearView();
    });
  }

  /** Builds the blocks put in empty that are within a screen of the viewport. */
  private materializeNearView(): void {
    const frame = this.frame;
    if (frame === null) {
      return;
    }
    const wrappers = frame.patcher.bodyWrappers();
    const height = Math.max(frame.win.innerHeight, 1);
    const from = frame.win.scrollY - height;
    const to = frame.win.scrollY + 2 * height;
    const top = (element: HTMLElement): number =>
      element.getBoundingClientRect().top + frame.win.scrollY;
    // The first wrapper that ends below `from`, by binary search (a few rects, not 50,000).
    let low = 0;
    let high = wrappers.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const wrapper = wrappers.at(middle) as HTMLElement;
      if (wrapper.getBoundingClientRect().bottom + frame.win.scrollY < from) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    let built = false;
    for (let index = low; index < wrappers.length; index++) {
      const wrapper = wrappers.at(index) as HTMLElement;
      if (top(wrapper) > to) {
        break;
      }
      built = frame.patcher.materialize(wrapper) || built;
    }
    if (built) {
      this.patchVersion++;
      // Built blocks take their real height, which may bring others into range.
      this.scheduleMaterialize();
    }
  }

  private scrollMap(): ScrollMap | null {
    const frame = this.frame;
    if (frame === null) {
      return null;
    }
    if (this.cachedScrollMap?.version === this.patchVersion) {
      return this.cachedScrollMap.map;
    }
    const body = frame.patcher.bodyWrappers();
    const header = frame.header.hasAttribute('data-start-line') ? frame.header : null;
    const wrappers =
      header === null
        ? body
        : {
            length: body.length + 1,
            at: (index: number) => (index === 0 ? header : body.at(index - 1)),
          };
    const map = new ScrollMap(frame.win, wrappers);
    this.cachedScrollMap = { version: this.patchVersion, map };
    return map;
  }

  private applyPendingLine(): void {
    const line = this.pendingLine;
    const frame = this.frame;
    if (line === null || frame === null) {
      return;
    }
    this.pendingLine = null;
    const offset = line <= 0 ? 0 : this.scrollMap()?.offsetOfLine(line);
    if (offset === null || offset === undefined) {
      return;
    }
    const top = Math.max(0, Math.round(offset));
    if (Math.abs(frame.win.scrollY - top) < 2) {
      return;
    }
    this.programmaticScroll = top;
    frame.win.scrollTo(0, top);
  }

  private onUserScroll(): void {
    const frame = this.frame;
    if (frame === null) {
      return;
    }
    if (frame.patcher.hasPending()) {
      this.scheduleMaterialize();
    }
    if (
      this.programmaticScroll !== null &&
      Math.abs(frame.win.scrollY - this.programmaticScroll) < 2
    ) {
      // The echo of our own scrollToLine: the editor already is at this line.
      this.programmaticScroll = null;
      return;
    }
    this.programmaticScroll = null;
    this.scrollRequest ??= this.schedule(() => {
      this.scrollRequest = null;
      const line = this.scrollMap()?.lineAtOffset(frame.win.scrollY);
      if (line !== null && line !== undefined) {
        this.callbacks().onScrollLine?.(line);
      }
    });
  }
}

/** requestIdleCallback, capped so that a step waits at most half a second; else `schedule`. */
function defaultIdle(schedule: (callback: () => void) => number): IdleScheduler {
  if (typeof requestIdleCallback !== 'function') {
    return (callback) => schedule(() => callback(fillMilliseconds));
  }
  return (callback) =>
    requestIdleCallback((deadline) => callback(Math.max(1, deadline.timeRemaining())), {
      timeout: 500,
    });
}

function defaultCancelIdle(cancel: (handle: number) => void): (handle: number) => void {
  return typeof cancelIdleCallback === 'function' ? (handle) => cancelIdleCallback(handle) : cancel;
}
