// @vitest-environment jsdom
// jsdom has no layout: each element is given the box it would have, so the map's arithmetic
// (binary search over blocks, interpolation between data-line marks) is checked on its own.
import { describe, expect, it } from 'vitest';
import { blockAttributes } from '../../../renderer/preview/block-patcher';
import { ScrollMap } from '../../../renderer/preview/scroll-sync';

function placed(element: HTMLElement, top: number, bottom: number): HTMLElement {
  element.getBoundingClientRect = () => ({ top, bottom }) as DOMRect;
  return element;
}

/** Two blocks: lines 0–10 drawn at 0–100 px (a mark at line 4, 60 px), lines 10–20 at 100–300 px. */
function twoBlocks(): ScrollMap {
  const first = placed(document.createElement('div'), 0, 100);
  first.setAttribute(blockAttributes.startLine, '0');
  first.setAttribute(blockAttributes.endLine, '10');
  const inner = placed(document.createElement('p'), 60, 100);
  inner.setAttribute('data-line', '4');
  first.append(inner);
  const second = placed(document.createElement('div'), 100, 300);
  second.setAttribute(blockAttributes.startLine, '10');
  second.setAttribute(blockAttributes.endLine, '20');
  return new ScrollMap(window, [first, second]);
}

describe('ScrollMap', () => {
  it('places fractional lines between the marks that bracket them', () => {
    const map = twoBlocks();
    expect(map.offsetOfLine(0)).toBe(0);
    expect(map.offsetOfLine(2)).toBe(30);
    expect(map.offsetOfLine(4)).toBe(60);
    expect(map.offsetOfLine(7)).toBe(80);
    expect(map.offsetOfLine(15)).toBe(200);
  });

  it('maps offsets back to the same lines', () => {
    const map = twoBlocks();
    for (const line of [0, 2, 4, 7, 10, 15]) {
      const offset = map.offsetOfLine(line);
      expect(offset).not.toBeNull();
      expect(map.lineAtOffset(offset as number)).toBeCloseTo(line, 6);
    }
  });

  it('answers null for an empty preview', () => {
    const map = new ScrollMap(window, []);
    expect(map.offsetOfLine(3)).toBeNull();
    expect(map.lineAtOffset(3)).toBeNull();
  });
});
