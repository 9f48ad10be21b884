import type { BlockPatcher } from './block-patcher';
import { ScrollMap } from './scroll-sync';

/** The parts of a preview frame the scroller works on. */
export interface ScrolledFrame {
  win: Window;
  header: HTMLElement;
  patcher: BlockPatcher;
}

/**
 * One preview frame's scrolling: scroll sync both ways (the editor's line to the preview and the
 * user's scroll back to a line), and the building of blocks put in empty (`BlockPatcher`) once they
 * come within a screen of the viewport.
 */
export class FrameScroller {
  /** Positions are read anew only after the DOM was patched. */
  private version = 0;
  private cachedScrollMap: { version: number; map: ScrollMap } | null = null;
  /** The editor's line the preview was last scrolled to (null once the user scrolled it). */
  private syncedLine: number | null = null;
  private programmaticScroll: number | null = null;
  /** The preview was scrolled to `syncedLine` again after building blocks there. */
  private scrolledAgain = false;
  private scrollRequest: number | null = null;
  private buildRequest: number | null = null;
  /**
   * The frame's scroll offset while it is known without asking (null: ask). Reading `scrollY`
   * lays the frame out, the whole post's first layout when the preview was just filled (~20 ms
   * for 15 KB): a post opened at its top needs no look at all.
   */
  private knownTop: number | null;

  /** Create it when the frame's body was just emptied: it reads the scroll offset once. */
  constructor(
    private readonly frame: ScrolledFrame,
    private readonly schedule: (callback: () => void) => number,
    private readonly cancel: (handle: number) => void,
    private readonly onScrollLine: (line: number) => void,
  ) {
    this.knownTop = frame.win.scrollY;
  }

  /** The frame's blocks changed; `build`: look for blocks put in empty near the viewport. */
  patched(build: boolean): void {
    this.version++;
    if (build && this.frame.patcher.hasPending()) {
      this.scheduleBuild();
    }
  }

  /** Scrolls so that fractional source `line` is at the top (without echoing it back). */
  scrollTo(line: number, again = false): void {
    const { win } = this.frame;
    this.syncedLine = line;
    this.scrolledAgain = again;
    if (line <= 0 && this.knownTop === 0) {
      return;
    }
    const offset = line <= 0 ? 0 : this.scrollMap().offsetOfLine(line);
    if (offset === null) {
      return;
    }
    const top = Math.max(0, Math.round(offset));
    if (Math.abs(win.scrollY - top) < 2) {
      return;
    }
    this.programmaticScroll = top;
    win.scrollTo(0, top);
    // Past the end, the frame clamps the offset: only the top is known for sure.
    this.knownTop = top === 0 ? 0 : null;
  }

  /** The frame scrolled (the user, or the echo of `scrollTo`). */
  onScroll(): void {
    const { win } = this.frame;
    this.knownTop = null;
    if (this.frame.patcher.hasPending()) {
      this.scheduleBuild();
    }
    if (this.programmaticScroll !== null && Math.abs(win.scrollY - this.programmaticScroll) < 2) {
      // The echo of our own scrollTo: the editor already is at this line.
      this.programmaticScroll = null;
      return;
    }
    this.programmaticScroll = null;
    this.syncedLine = null;
    this.scrollRequest ??= this.schedule(() => {
      this.scrollRequest = null;
      const line = this.scrollMap().lineAtOffset(win.scrollY);
      if (line !== null) {
        this.onScrollLine(line);
      }
    });
  }

  /** Cancels scheduled work. */
  dispose(): void {
    for (const request of [this.scrollRequest, this.buildRequest]) {
      if (request !== null) {
        this.cancel(request);
      }
    }
    this.scrollRequest = null;
    this.buildRequest = null;
  }

  private scrollMap(): ScrollMap {
    if (this.cachedScrollMap?.version === this.version) {
      return this.cachedScrollMap.map;
    }
    const { win, header, patcher } = this.frame;
    const body = patcher.bodyWrappers();
    const wrappers = header.hasAttribute('data-start-line')
      ? {
          length: body.length + 1,
          at: (index: number) => (index === 0 ? header : body.at(index - 1)),
        }
      : body;
    const map = new ScrollMap(win, wrappers);
    this.cachedScrollMap = { version: this.version, map };
    return map;
  }

  private scheduleBuild(): void {
    this.buildRequest ??= this.schedule(() => {
      this.buildRequest = null;
      this.buildNearViewport();
    });
  }

  /** Builds the blocks put in empty that are within a screen of the viewport. */
  private buildNearViewport(): void {
    const { win, patcher } = this.frame;
    const wrappers = patcher.bodyWrappers();
    const height = Math.max(win.innerHeight, 1);
    const from = win.scrollY - height;
    const to = win.scrollY + 2 * height;
    // The first wrapper that ends below `from`, by binary search (a few rects, not 50,000).
    let low = 0;
    let high = wrappers.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const bottom = (wrappers.at(middle) as HTMLElement).getBoundingClientRect().bottom;
      if (bottom + win.scrollY < from) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    let built = false;
    for (let index = low; index < wrappers.length; index++) {
      const wrapper = wrappers.at(index) as HTMLElement;
      if (wrapper.getBoundingClientRect().top + win.scrollY > to) {
        break;
      }
      built = patcher.materialize(wrapper) || built;
    }
    if (built) {
      this.version++;
      // Built blocks take their real height: the editor's line moved (once per line asked for:
      // each look reads positions, a layout of the whole frame), and more may come in range.
      if (this.syncedLine !== null && !this.scrolledAgain) {
        this.scrollTo(this.syncedLine, true);
      }
      this.scheduleBuild();
    }
  }
}
