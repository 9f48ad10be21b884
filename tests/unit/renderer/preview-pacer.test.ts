import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewPacer, pacedLength } from '../../../renderer/app/preview-pacer';

describe('PreviewPacer', () => {
  let clock: number;
  let pushes: number;
  let pacer: PreviewPacer;

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    pushes = 0;
    pacer = new PreviewPacer(
      () => {
        pushes += 1;
      },
      () => clock,
    );
  });

  afterEach(() => {
    pacer.dispose();
    vi.useRealTimers();
  });

  it('updates a post of ordinary size on every change', () => {
    for (let key = 0; key < 5; key++) {
      pacer.changed(1_000_000);
      clock += 100;
      pacer.committed();
    }
    expect(pushes).toBe(5);
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
