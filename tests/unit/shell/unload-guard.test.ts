// Closing with unsaved changes: wait for the renderer's save, close again, and ask only if the
// save did not land. The waiting is counted per window (CallTracker).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallTracker } from '../../../electron/main/call-tracker';
import { createUnloadGuard } from '../../../electron/main/unload-guard';

function setup(confirm: boolean) {
  let release: () => void = () => undefined;
  const retries: number[] = [];
  const asked: number[] = [];
  const guard = createUnloadGuard({
    waitForSaves: () =>
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    retry: () => retries.push(1),
    confirmDiscard: () => {
      asked.push(1);
      return confirm;
    },
  });
  return { guard, retries, asked, release: () => release() };
}

describe('unload guard', () => {
  it('keeps the window while the save runs, then closes again', async () => {
    const { guard, retries, asked, release } = setup(false);
    expect(guard.onPreventUnload()).toBe('flush');
    expect(retries).toEqual([]);
    release();
    await vi.waitFor(() => expect(retries).toEqual([1]));
    expect(asked).toEqual([]);
  });

  it('does not start a second flush while one runs', () => {
    const { guard } = setup(false);
    guard.onPreventUnload();
    expect(guard.onPreventUnload()).toBe('flush');
  });

  it('asks when the renderer still refuses after the save, and discards on yes', async () => {
    const { guard, retries, asked, release } = setup(true);
    guard.onPreventUnload();
    release();
    await vi.waitFor(() => expect(retries).toEqual([1]));
    expect(guard.onPreventUnload()).toBe('discard');
    expect(asked).toEqual([1]);
  });

  it('keeps the window on no, and flushes again on the next close', async () => {
    const { guard, retries, release } = setup(false);
    guard.onPreventUnload();
    release();
    await vi.waitFor(() => expect(retries).toEqual([1]));
    expect(guard.onPreventUnload()).toBe('keep');
    expect(guard.onPreventUnload()).toBe('flush');
  });

  it('still closes again when waiting fails', async () => {
    const retries: number[] = [];
    const guard = createUnloadGuard({
      waitForSaves: () => Promise.reject(new Error('gone')),
      retry: () => retries.push(1),
      confirmDiscard: () => false,
    });
    guard.onPreventUnload();
    await vi.waitFor(() => expect(retries).toEqual([1]));
  });
});

describe('CallTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is idle after the settle time when nothing is in flight', async () => {
    const tracker = new CallTracker();
    const idle = tracker.whenIdle(1, { settleMs: 100, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(idle).resolves.toBe('idle');
  });

  it('waits for the calls of that window only', async () => {
    const tracker = new CallTracker();
    const endSave = tracker.begin(1);
    const endOther = tracker.begin(2);
    let outcome: string | null = null;
    void tracker.whenIdle(1, { settleMs: 10, timeoutMs: 1000 }).then((result) => {
      outcome = result;
    });
    await vi.advanceTimersByTimeAsync(50);
    expect(outcome).toBeNull();
    endOther();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBeNull();
    endSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('idle');
  });

  it('gives up at the timeout (a hung save must not block quitting)', async () => {
    const tracker = new CallTracker();
    tracker.begin(1);
    const idle = tracker.whenIdle(1, { settleMs: 10, timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    await expect(idle).resolves.toBe('timeout');
  });

  it('counts nested calls and ignores a second settle of the same call', () => {
    const tracker = new CallTracker();
    const a = tracker.begin(3);
    tracker.begin(3);
    a();
    a();
    expect(tracker.count(3)).toBe(1);
  });
});
