import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewPacer, pacedLength, sameFrameLength } from '../../../renderer/app/preview-pacer';

describe('PreviewPacer', () => {
  let clock: number;
  let pushes: number;
  let sameFrames: number;
  let pacer: PreviewPacer;

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    pushes = 0;
    sameFrames = 0;
    pacer = new PreviewPacer(
      (sameFrame) => {
        pushes += 1;
        sameFrames += sameFrame ? 1 : 0;
      },
      () => clock,
    );
  });

  afterEach(() => {
    pacer.dispose();
    vi.useRealTimers();
  });

  it('updates a short post before the keystroke is painted', () => {
    pacer.changed(sameFrameLength);
    pacer.changed(sameFrameLength);
    expect([pushes, sameFrames]).toEqual([2, 2]);
  });

  it('updates a post of ordinary size on every change', () => {
    for (let key = 0; key < 5; key++) {
      pacer.changed(1_000_000);
      clock += 100;
      pacer.committed();
    }
    expect([pushes, sameFrames]).toEqual([5, 0]);
  });

  it('waits as long as the last update of a huge post took, then shows the latest text once', async () => {
    pacer.changed(pacedLength + 1);
    expect(pushes).toBe(1);
    clock += 150;
    pacer.committed();
    pacer.changed(pacedLength + 1);
    pacer.changed(pacedLength + 1);
    pacer.changed(pacedLength + 1);
    expect(pushes).toBe(1);
    await vi.advanceTimersByTimeAsync(149);
    expect(pushes).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(pushes).toBe(2);
  });
});
