import morphdom from 'morphdom';
import type { RenderedBlock } from '../../core/markdown/markdown-renderer';
import type { BlockSanitizer } from './sanitize-block';

/** The attributes a block's wrapper element carries (scroll sync reads them). */
export const blockAttributes = {
  key: 'data-block-key',
  startLine: 'data-start-line',
  endLine: 'data-end-line',
} as const;

/** The class of every block wrapper (styled with `content-visibility: auto`). */
export const blockClass = 'pw-block';

/**
 * Keeps a container's children in step with a list of rendered blocks, touching only what changed.
 *
 * Each block lives in a wrapper element keyed by the block's key. A block whose key is unchanged
 * keeps its nodes (images do not reload, formulas are not rebuilt), at most its line attributes
 * change; a block that replaces another at the same place is morphed into it (morphdom), so an
 * edit inside a paragraph keeps the paragraph's image nodes; only genuinely new blocks are
 * created. Only new HTML is sanitized.
 */
export class BlockPatcher {
  private readonly wrappers = new Map<string, HTMLElement>();

  constructor(
    private readonly container: HTMLElement,
    private readonly sanitize: BlockSanitizer,
  ) {}

  /** Makes the container show `blocks`, in order. */
  patch(blocks: readonly RenderedBlock[]): void {
    const wanted = new Set(blocks.map((b) => b.key));
    let cursor = this.container.firstElementChild as HTMLElement | null;
    const skipStale = (): void => {
      // Wrappers whose block is gone and that no new block can take over are removed.
      while (cursor !== null && !wanted.has(keyOf(cursor))) {
        const stale = cursor;
        cursor = cursor.nextElementSibling as HTMLElement | null;
        this.wrappers.delete(keyOf(stale));
        stale.remove();
      }
    };
    for (const block of blocks) {
      const existing = this.wrappers.get(block.key);
      if (existing !== undefined) {
        skipStale();
        if (existing === cursor) {
          cursor = cursor.nextElementSibling as HTMLElement | null;
        } else {
          this.container.insertBefore(existing, cursor);
        }
        setLines(existing, block);
        continue;
      }
      const fresh = this.createWrapper(block);
      if (cursor !== null && !wanted.has(keyOf(cursor))) {
        // The block at this place changed: morph the old nodes into the new ones.
        const replaced = cursor;
        cursor = cursor.nextElementSibling as HTMLElement | null;
        this.wrappers.delete(keyOf(replaced));
        morphdom(replaced, fresh, {
          onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
        });
        this.wrappers.set(block.key, replaced);
      } else {
        this.container.insertBefore(fresh, cursor);
        this.wrappers.set(block.key, fresh);
      }
    }
    while (cursor !== null) {
      const rest: HTMLElement = cursor;
      cursor = cursor.nextElementSibling as HTMLElement | null;
      this.wrappers.delete(keyOf(rest));
      rest.remove();
    }
  }

  /** The wrapper elements, in document order. */
  wrappersInOrder(): HTMLElement[] {
    return [...this.container.children] as HTMLElement[];
  }

  private createWrapper(block: RenderedBlock): HTMLElement {
    const wrapper = this.container.ownerDocument.createElement('div');
    wrapper.className = block.kind === 'footnotes' ? `${blockClass} pw-footnotes` : blockClass;
    wrapper.setAttribute(blockAttributes.key, block.key);
    setLines(wrapper, block);
    wrapper.append(this.sanitize(block.html));
    return wrapper;
  }
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
