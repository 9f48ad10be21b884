import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalReplacement } from '../../../renderer/editor/text-diff';

function applyReplacement(text: string, oldText: string, newText: string): string {
  const replacement = minimalReplacement(oldText, newText);
  return replacement === null
    ? text
    : text.slice(0, replacement.from) + replacement.insert + text.slice(replacement.to);
}

describe('minimalReplacement', () => {
  it('returns null for equal texts', () => {
    expect(minimalReplacement('同样', '同样')).toBeNull();
  });
  it('replaces only the differing middle', () => {
    expect(minimalReplacement('title: 旧\nbody', 'title: 新\nbody')).toEqual({
      from: 7,
      to: 8,
      insert: '新',
    });
  });
  it('never splits a surrogate pair', () => {
    // 𠀀 and 𠀁 share their high surrogate; the replacement still covers the whole character.
    expect(minimalReplacement('a𠀀b', 'a𠀁b')).toEqual({ from: 1, to: 3, insert: '𠀁' });
    expect(minimalReplacement('a😀', 'a😃')).toEqual({ from: 1, to: 3, insert: '😃' });
  });
  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(applyReplacement(a, a, b)).toBe(b);
        const replacement = minimalReplacement(a, b);
        if (replacement !== null) {
          expect(b.startsWith(a.slice(0, replacement.from))).toBe(true);
          expect(b.endsWith(a.slice(replacement.to))).toBe(true);
        }
      }),
    );
  });
});
