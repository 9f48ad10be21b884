import { blockAttributes, type WrapperList } from './block-patcher';

/** A source line and where it is drawn (document coordinates, px). */
interface LineMark {
  line: number;
  top: number;
}

/**
 * Maps source lines to scroll positions in the preview and back, as VS Code's scroll-sync does:
 * fractional lines, binary search over the block wrappers (each knows its start line), then the
 * `data-line` elements inside the one block found (their lines are relative to the block).
 *
 * `wrappers` must be in document order with increasing start lines (the footnotes section, whose
 * lines are those of the definitions, is left out by the caller); only the few the binary search
 * visits are read.
 */
export class ScrollMap {
  constructor(
    private readonly win: Window,
    private readonly wrappers: WrapperList,
  ) {}

  /** The document offset (px) where fractional source `line` is drawn, or null for an empty preview. */
  offsetOfLine(line: number): number | null {
    const index = this.lastIndex((wrapper) => startLine(wrapper) <= line);
    return this.interpolateIn(index, 'line', line);
  }

  /** The fractional source line drawn at document offset `offset` (px), or null for an empty preview. */
  lineAtOffset(offset: number): number | null {
    const index = this.lastIndex((wrapper) => this.top(wrapper) <= offset);
    return this.interpolateIn(index, 'top', offset);
  }

  /**
   * Interpolates between the two line marks of block `index` that bracket `value` (measured as
   * `key`), using the next block's start (or this block's bottom) past its last mark.
   */
  private interpolateIn(index: number, key: 'line' | 'top', value: number): number | null {
    const wrapper = this.wrappers.at(Math.max(0, index));
    if (wrapper === undefined) {
      return null;
    }
    const marks = this.marksOf(wrapper);
    let before: LineMark = marks[0] as LineMark;
    let after: LineMark | null = null;
    for (const mark of marks) {
      if (mark[key] <= value) {
        before = mark;
      } else {
        after = mark;
        break;
      }
    }
    if (after === null) {
      const next = this.wrappers.at(index + 1);
      after =
        next === undefined
          ? { line: endLine(wrapper), top: this.bottom(wrapper) }
          : { line: startLine(next), top: this.top(next) };
    }
    return interpolate(before, after, value, key);
  }

  /** The absolute source line of the element (or its nearest ancestor with a line), or null. */
  static lineOfElement(element: Element): number | null {
    const wrapper = element.closest(`[${blockAttributes.startLine}]`);
    if (wrapper === null) {
      return null;
    }
    const marked = element.closest('[data-line]');
    const relative =
      marked !== null && wrapper.contains(marked) ? Number(marked.getAttribute('data-line')) : 0;
    return startLine(wrapper) + (Number.isFinite(relative) ? relative : 0);
  }

  private marksOf(wrapper: HTMLElement): LineMark[] {
    const start = startLine(wrapper);
    const marks: LineMark[] = [{ line: start, top: this.top(wrapper) }];
    for (const element of wrapper.querySelectorAll('[data-line]')) {
      const line = start + Number(element.getAttribute('data-line'));
      const last = marks[marks.length - 1] as LineMark;
      // Nested elements share lines; keep marks increasing in both line and position.
      if (Number.isFinite(line) && line > last.line) {
        const top = this.top(element);
        if (top >= last.top) {
          marks.push({ line, top });
        }
      }
    }
    return marks;
  }

  private lastIndex(predicate: (wrapper: HTMLElement) => boolean): number {
    let low = 0;
    let high = this.wrappers.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const wrapper = this.wrappers.at(middle);
      if (wrapper !== undefined && predicate(wrapper)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  private top(element: Element): number {
    return element.getBoundingClientRect().top + this.win.scrollY;
  }

  private bottom(element: Element): number {
    return element.getBoundingClientRect().bottom + this.win.scrollY;
  }
}

function startLine(element: Element): number {
  return Number(element.getAttribute(blockAttributes.startLine) ?? 0);
}

function endLine(element: Element): number {
  return Number(element.getAttribute(blockAttributes.endLine) ?? startLine(element) + 1);
}

function interpolate(before: LineMark, after: LineMark, value: number, by: 'line' | 'top'): number {
  const span = after[by] - before[by];
  const fraction = span > 0 ? Math.min(1, Math.max(0, (value - before[by]) / span)) : 0;
  return by === 'line'
    ? before.top + fraction * (after.top - before.top)
    : before.line + fraction * (after.line - before.line);
}
