/** The class of the elements that group block wrappers. */
export const chunkClass = 'pw-chunk';

/** How many wrappers a chunk holds when blocks are appended. */
export const defaultChunkSize = 128;

/**
 * The preview's block wrappers in order, grouped into plain `<div>` chunks of about `size`.
 *
 * A layout of a container walks all its children: with the 50,000 wrappers of a 10 MB post as
 * direct children, every change of one block cost Chromium ~47 ms of layout (a forced one when
 * scroll sync or the lazy builder read a position, else in the next frame, delaying the editor's
 * paint with it). In chunks of 128 the same change costs ~0.2 ms: the container walks a few hundred
 * chunks with cached layouts and one chunk its 128 wrappers. Chunks are plain blocks (no new
 * formatting context), so margins collapse across them as between wrappers.
 *
 * Wrappers inserted in the middle join the chunk of their neighbour; `rebalance` splits a chunk
 * that grew past twice the size (a long paste), and empty chunks are removed as they empty.
 */
export class BlockChunks {
  /** Chunks wrappers were inserted into since the last `rebalance`. */
  private readonly grown = new Set<Element>();

  constructor(
    private readonly container: HTMLElement,
    private readonly size = defaultChunkSize,
  ) {}

  /** The first wrapper, or null when there is none. */
  first(): HTMLElement | null {
    return (this.container.firstElementChild?.firstElementChild ?? null) as HTMLElement | null;
  }

  /** The wrapper after `wrapper`, across chunks. */
  next(wrapper: HTMLElement): HTMLElement | null {
    return (wrapper.nextElementSibling ??
      wrapper.parentElement?.nextElementSibling?.firstElementChild ??
      null) as HTMLElement | null;
  }

  /** Puts `wrapper` (new, or moved from elsewhere in the list) before `reference`, or last. */
  insert(wrapper: HTMLElement, reference: HTMLElement | null): void {
    const from = wrapper.parentElement;
    if (reference !== null) {
      reference.before(wrapper);
      if (reference.parentElement !== null) {
        this.grown.add(reference.parentElement);
      }
    } else {
      let last = this.container.lastElementChild;
      if (last === null || (last !== from && last.childElementCount >= this.size)) {
        last = this.createChunk();
        this.container.append(last);
      }
      last.append(wrapper);
    }
    if (from !== null && from !== wrapper.parentElement) {
      this.removeIfEmpty(from);
    }
  }

  /** Takes `wrapper` out of the list. */
  remove(wrapper: HTMLElement): void {
    const chunk = wrapper.parentElement;
    wrapper.remove();
    if (chunk !== null) {
      this.removeIfEmpty(chunk);
    }
  }

  /** Splits every chunk that grew past twice the size into chunks of the size. */
  rebalance(): void {
    for (const chunk of this.grown) {
      if (chunk.parentElement !== this.container || chunk.childElementCount <= 2 * this.size) {
        continue;
      }
      const moved = [...chunk.children].slice(this.size);
      let after = chunk;
      for (let start = 0; start < moved.length; start += this.size) {
        const next = this.createChunk();
        next.append(...moved.slice(start, start + this.size));
        after.after(next);
        after = next;
      }
    }
    this.grown.clear();
  }

  private removeIfEmpty(chunk: Element): void {
    if (chunk.parentElement === this.container && chunk.childElementCount === 0) {
      chunk.remove();
    }
  }

  private createChunk(): HTMLElement {
    const chunk = this.container.ownerDocument.createElement('div');
    chunk.className = chunkClass;
    return chunk;
  }
}
