import morphdom from 'morphdom';
import { commonEnds } from '../../core/markdown/block-splice';
import type { RenderedBlock } from '../../core/markdown/markdown-renderer';
import { BlockChunks, defaultChunkSize } from './block-chunks';
import type { BlockSanitizer } from './sanitize-block';

/** The attributes a block's wrapper element carries (scroll sync reads them). */
export const blockAttributes = {
  key: 'data-block-key',
  startLine: 'data-start-line',
  endLine: 'data-end-line',
} as const;

/** Elements in order, read by index (an array is one). */
export interface WrapperList {
  readonly length: number;
  at(index: number): HTMLElement | undefined;
}

/** Indices of a patched list whose blocks, when new to the frame, are put in empty. */
export interface LazyRange {
  start: number;
  end: number;
}

/** The class of every block wrapper. */
export const blockClass = 'pw-block';

/**
 * Keeps a container's block wrappers in step with a list of rendered blocks, touching only what changed.
 *
 * Each block lives in a wrapper element keyed by the block's key. A block whose key is unchanged
 * keeps its nodes (images do not reload, formulas are not rebuilt), at most its line attributes
 * change; a block that replaces another at the same place is morphed into it (morphdom), so an
 * edit inside a paragraph keeps the paragraph's image nodes; only genuinely new blocks are
 * created. Only new HTML is sanitized. The wrappers are grouped in chunks (`BlockChunks`) so that
 * a change of one block lays out one chunk, not 50,000 wrappers.
 */
export class BlockPatcher {
  private readonly wrappers = new Map<string, HTMLElement>();
  private previous: readonly RenderedBlock[] = [];
  /** Wrappers put in the frame empty (`patch(blocks, true)`), with the HTML they will show. */
  private readonly pending = new Map<HTMLElement, string>();
  private lazy: LazyRange | null = null;
  private readonly chunks: BlockChunks;

  constructor(
    private readonly container: HTMLElement,
    private readonly sanitize: BlockSanitizer,
    chunkSize = defaultChunkSize,
  ) {
    this.chunks = new BlockChunks(container, chunkSize);
    // The patcher owns the container: wrappers left by an earlier patcher (the frame attached
    // twice, by its load event after the effect found it loaded) would share keys with ours, and
    // removing one of them would drop our map entry ("preview block N has no wrapper").
    container.replaceChildren();
  }

  /**
   * Makes the container show `blocks`, in order.
   *
   * Blocks equal to the previous list's at both ends (same key) are skipped with a JS comparison,
   * touching the DOM only where their lines changed, so a keystroke in a 1 MB post walks the DOM
   * only around the edited block.
   */
  patch(blocks: readonly RenderedBlock[], lazy: LazyRange | null = null): void {
    this.lazy = lazy;
    const old = this.previous;
    const { prefix, suffix } = commonEnds(old, blocks);
    for (let index = 0; index < prefix; index++) {
      this.keep(old[index] as RenderedBlock, blocks[index] as RenderedBlock);
    }
    for (let index = 1; index <= suffix; index++) {
      this.keep(
        old[old.length - index] as RenderedBlock,
        blocks[blocks.length - index] as RenderedBlock,
      );
    }
    const before = prefix === 0 ? null : this.wrapperOf(old[prefix - 1] as RenderedBlock);
    // Blocks of the `lazy` range new to the frame are put in empty (see `materialize`).
    const stop = suffix === 0 ? null : this.wrapperOf(old[old.length - suffix] as RenderedBlock);
    this.patchRange(blocks.slice(prefix, blocks.length - suffix), prefix, before, stop);
    this.chunks.rebalance();
    this.previous = blocks;
  }

  /** Patches the wrappers between `before` (exclusive, null: the start) and `stop` (exclusive, null: the end). */
  private patchRange(
    blocks: readonly RenderedBlock[],
    offset: number,
    before: HTMLElement | null,
    stop: HTMLElement | null,
  ): void {
    const wanted = new Set(blocks.map((b) => b.key));
    // Blocks to build are collected during the walk and sanitized together after it (one
    // DOMPurify pass); a block that takes the place of an empty wrapper stays empty.
    const toBuild: { wrapper: HTMLElement; block: RenderedBlock; morph: boolean }[] = [];
    const { chunks } = this;
    let cursor = before === null ? chunks.first() : chunks.next(before);
    const next = (element: HTMLElement): HTMLElement | null => {
      const sibling = chunks.next(element);
      return sibling === stop ? null : sibling;
    };
    if (cursor === stop) {
      cursor = null;
    }
    const insertPoint = (): HTMLElement | null => cursor ?? stop;
    const skipStale = (): void => {
      // Wrappers whose block is gone and that no new block can take over are removed.
      while (cursor !== null && !wanted.has(keyOf(cursor))) {
        const stale = cursor;
        cursor = next(cursor);
        this.forget(stale);
      }
    };
    for (const [position, block] of blocks.entries()) {
      const existing = this.wrappers.get(block.key);
      if (existing !== undefined) {
        skipStale();
        if (existing === cursor) {
          cursor = next(cursor);
        } else {
          chunks.insert(existing, insertPoint());
        }
        setLines(existing, block);
        continue;
      }
      if (cursor !== null && !wanted.has(keyOf(cursor))) {
        // The block at this place changed: its old nodes are morphed into the new ones.
        const replaced = cursor;
        cursor = next(cursor);
        this.wrappers.delete(keyOf(replaced));
        if (this.pending.delete(replaced)) {
          // Never built (not near the viewport): its new block waits to be built too.
          const fresh = this.createWrapper(block, block.kind === 'markdown');
          replaced.replaceWith(fresh);
          this.wrappers.set(block.key, fresh);
          if (block.kind !== 'markdown') {
            toBuild.push({ wrapper: fresh, block, morph: false });
          }
          continue;
        }
        toBuild.push({ wrapper: replaced, block, morph: true });
        this.wrappers.set(block.key, replaced);
      } else {
        const lazy = this.isLazy(block, offset + position);
        const fresh = this.createWrapper(block, lazy);
        chunks.insert(fresh, insertPoint());
        this.wrappers.set(block.key, fresh);
        if (!lazy) {
          toBuild.push({ wrapper: fresh, block, morph: false });
        }
      }
    }
    while (cursor !== null) {
      const rest: HTMLElement = cursor;
      cursor = next(cursor);
      this.forget(rest);
    }
    this.build(toBuild);
  }

  /** Puts the sanitized HTML of `blocks` into their wrappers, morphing those that held a block. */
  private build(
    blocks: readonly { wrapper: HTMLElement; block: RenderedBlock; morph: boolean }[],
  ): void {
    const fragments = this.sanitize.many(blocks.map(({ block }) => block.html));
    blocks.forEach(({ wrapper, block, morph }, index) => {
      const fragment = fragments[index] as DocumentFragment;
      if (!morph) {
        wrapper.append(fragment);
        return;
      }
      const fresh = this.createWrapper(block, false);
      fresh.append(fragment);
      morphdom(wrapper, fresh, {
        onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
      });
    });
  }

  private isLazy(block: RenderedBlock, index: number): boolean {
    return (
      this.lazy !== null &&
      index >= this.lazy.start &&
      index < this.lazy.end &&
      block.kind === 'markdown'
    );
  }

  private forget(wrapper: HTMLElement): void {
    this.wrappers.delete(keyOf(wrapper));
    this.pending.delete(wrapper);
    this.chunks.remove(wrapper);
  }

  /** Whether some wrappers are still empty. */
  hasPending(): boolean {
    return this.pending.size > 0;
  }

  /**
   * Puts a wrapper's block into it if it was put in the frame empty: sanitizing and building the
   * DOM of a long post waits until its blocks come near the viewport, so a 1 MB post's preview
   * holds only what was seen. Returns whether it was empty.
   */
  materialize(wrapper: HTMLElement): boolean {
    const html = this.pending.get(wrapper);
    if (html === undefined) {
      return false;
    }
    this.pending.delete(wrapper);
    wrapper.append(this.sanitize(html));
    wrapper.style.removeProperty('min-height');
    return true;
  }

  private keep(previous: RenderedBlock, current: RenderedBlock): void {
    if (
      previous !== current &&
      (previous.startLine !== current.startLine || previous.endLine !== current.endLine)
    ) {
      setLines(this.wrapperOf(current), current);
    }
  }

  private wrapperOf(block: RenderedBlock): HTMLElement {
    const wrapper = this.wrappers.get(block.key);
    if (wrapper === undefined) {
      throw new Error(`preview block ${block.key} has no wrapper`);
    }
    return wrapper;
  }

  /**
   * The body blocks' wrappers in document order (the footnotes section, always last, left out),
   * looked up only when read: scroll sync reads a few of 50,000 by binary search.
   */
  bodyWrappers(): WrapperList {
    const blocks = this.previous;
    const last = blocks[blocks.length - 1];
    const length = last?.kind === 'footnotes' ? blocks.length - 1 : blocks.length;
    return {
      length,
      at: (index) => {
        const block = index >= 0 && index < length ? blocks[index] : undefined;
        return block === undefined ? undefined : this.wrappers.get(block.key);
      },
    };
  }

  /** A wrapper for `block`, empty; `lazy`: to be built near the viewport (`materialize`). */
  private createWrapper(block: RenderedBlock, lazy: boolean): HTMLElement {
    const wrapper = this.container.ownerDocument.createElement('div');
    wrapper.className = block.kind === 'footnotes' ? `${blockClass} pw-footnotes` : blockClass;
    wrapper.setAttribute(blockAttributes.key, block.key);
    setLines(wrapper, block);
    if (lazy) {
      // About the height the block will take, so that the scroll bar and scroll sync are close.
      this.pending.set(wrapper, block.html);
      wrapper.style.setProperty('min-height', `${estimatedHeight(block)}px`);
    }
    return wrapper;
  }
}

/**
 * A rough height (px) for a block not in the DOM yet, from its visible text: ~70 columns a line
 * (a CJK character takes two) or a line per element or line of code, 1.75em lines. The HTML's length overestimated blocks with math or
 * highlighted code (markup, MathML) two to three times, so a 1 MB post scrolled five times too long.
 */
function estimatedHeight(block: RenderedBlock): number {
  const text = withoutAnnotations(block.html).replace(/<[^>]*>/g, '');
  const columns = text.length + (text.match(/[\u2e80-\uffff]/g)?.length ?? 0);
  // Each element ends its line in markdown-it's output, as does each line of code.
  const breaks = text.match(/\n/g)?.length ?? 0;
  return Math.round(28 * Math.max(1, breaks, columns / 70) + 16);
}

/**
 * The HTML without KaTeX's `<annotation>…</annotation>` (TeX source). By hand: the lazy regex
 * `/<annotation[\s\S]*?<\/annotation>/g` scanned to the end of the block from each unclosed
 * `<annotation>` a post's raw HTML holds (quadratic: 80,000 of them took 17 s).
 */
function withoutAnnotations(html: string): string {
  const open = '<annotation';
  const close = '</annotation>';
  let result = '';
  let from = 0;
  for (let start = html.indexOf(open); start !== -1; start = html.indexOf(open, from)) {
    const end = html.indexOf(close, start + open.length);
    if (end === -1) {
      break;
    }
    result += html.slice(from, start);
    from = end + close.length;
  }
  return result + html.slice(from);
}

function keyOf(element: Element): string {
  return element.getAttribute(blockAttributes.key) ?? '';
}

function setLines(wrapper: HTMLElement, block: RenderedBlock): void {
  const start = String(block.startLine);
  const end = String(block.endLine);
  if (wrapper.getAttribute(blockAttributes.startLine) !== start) {
    wrapper.setAttribute(blockAttributes.startLine, start);
  }
  if (wrapper.getAttribute(blockAttributes.endLine) !== end) {
    wrapper.setAttribute(blockAttributes.endLine, end);
  }
}
