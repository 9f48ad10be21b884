import { describe, expect, test } from 'vitest';
import { TextStore } from '../../../renderer/document/text-store';

describe('text store', () => {
  test('gives the edits since a revision, and the text once they are not known', () => {
    const store = new TextStore();
    store.set('ab');
    const start = store.currentRevision();
    expect(store.changesSince(start)).toEqual({ edits: [], length: -1 });
    store.changed(() => 'abc', 2, { edits: [[2, 0, 'c']], length: 3 });
    store.changed(() => 'xbc', 0, { edits: [[0, 1, 'x']], length: 3 });
    expect(store.changesSince(start)).toEqual({
      edits: [
        [2, 0, 'c'],
        [0, 1, 'x'],
      ],
      length: 3,
    });
    expect(store.changesSince(start + 1)).toEqual({ edits: [[0, 1, 'x']], length: 3 });
    expect(store.get()).toBe('xbc');
    // A change without edits (or a replaced text) makes earlier revisions unknown.
    store.changed(() => 'xbcd', 3);
    expect(store.changesSince(start)).toBeNull();
    const later = store.currentRevision();
    const replaced = store.replacementCount();
    store.set('new');
    expect(store.changesSince(later)).toBeNull();
    expect(store.replacementCount()).toBe(replaced + 1);
  });

  test('forgets changes long past', () => {
    const store = new TextStore();
    const start = store.currentRevision();
    let text = '';
    for (let i = 0; i < 100; i++) {
      const before = text.length;
      text += 'a';
      store.changed(() => text, before, { edits: [[before, 0, 'a']], length: text.length });
    }
    expect(store.changesSince(start)).toBeNull();
    expect(store.changesSince(store.currentRevision() - 10)?.edits).toHaveLength(10);
  });
});
