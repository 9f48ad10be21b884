// The preload's two decisions: which drops open in the shell, and commands that wait for a listener.
import { describe, expect, it } from 'vitest';
import { createCommandQueue, maxQueuedCommands } from '../../../electron/preload/command-queue';
import { dropTargetIndex } from '../../../electron/preload/drop-target';

describe('dropTargetIndex', () => {
  it.each([
    [[{ name: '博客', isDirectory: true }], 0],
    [[{ name: '你好.md', isDirectory: false }], 0],
    [[{ name: 'NOTES.MARKDOWN', isDirectory: false }], 0],
    [[{ name: 'cover.png', isDirectory: false }], null],
    [[{ name: 'a.md.png', isDirectory: false }], null],
    [[], null],
    [
      [
        { name: 'a.md', isDirectory: false },
        { name: 'b.md', isDirectory: false },
      ],
      null,
    ],
  ])('%j -> %s', (items, expected) => {
    expect(dropTargetIndex(items)).toBe(expected);
  });
});

describe('createCommandQueue', () => {
  it('delivers queued commands to the first listener, then live ones to all', () => {
    const queue = createCommandQueue<number>();
    queue.push(1);
    queue.push(2);
    const first: number[] = [];
    const second: number[] = [];
    queue.subscribe((n) => first.push(n));
    const off = queue.subscribe((n) => second.push(n));
    queue.push(3);
    off();
    queue.push(4);
    expect(first).toEqual([1, 2, 3, 4]);
    expect(second).toEqual([3]);
  });

  it('keeps only the newest commands when nobody ever listens', () => {
    const queue = createCommandQueue<number>();
    for (let n = 0; n < maxQueuedCommands + 5; n += 1) {
      queue.push(n);
    }
    const received: number[] = [];
    queue.subscribe((n) => received.push(n));
    expect(received).toHaveLength(maxQueuedCommands);
    expect(received[0]).toBe(5);
  });
});
