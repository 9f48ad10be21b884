// Closing a window saves first: the close waits for the renderer's save, then happens; a failed or
// hung save asks the user. The waiting is counted per window by CallTracker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallTracker, type IdleOutcome } from '../../../electron/main/call-tracker';
import { createCloseGuard } from '../../../electron/main/close-guard';

function setup(answer: boolean) {
  let finish: (outcome: IdleOutcome) => void = () => undefined;
  const log: string[] = [];
  const guard = createCloseGuard({
    requestSave: () => log.push('save'),
    waitForSaves: () =>
      new Promise<IdleOutcome>((resolve) => {
        finish = resolve;
      }),
    retry: () => log.push('retry'),
    cancel: () => log.push('cancel'),
    confirmDiscard: () => {
      log.push('ask');
      return answer;
    },
  });
  return { guard, log, finish: (outcome: IdleOutcome) => finish(outcome) };
}

describe('close guard', () => {
  it('keeps the window, asks the renderer to save, and closes once it saved', async () => {
    const { guard, log, finish } = setup(false);
    expect(guard.onClose()).toBe(false);
    expect(log).toEqual(['save']);
    expect(guard.onClose()).toBe(false);
    expect(log).toEqual(['save']);
    finish('saved');
    await vi.waitFor(() => expect(log).toEqual(['save', 'retry']));
    expect(guard.onClose()).toBe(true);
  });

  it.each<IdleOutcome>(['failed', 'timeout'])(
    'asks when the save %s, and closes if the user agrees',
    async (outcome) => {
      const { guard, log, finish } = setup(true);
      guard.onClose();
      finish(outcome);
      await vi.waitFor(() => expect(log).toEqual(['save', 'ask', 'retry']));
      expect(guard.onClose()).toBe(true);
      // The renderer may still refuse to unload: the user already decided.
      expect(guard.onPreventUnload()).toBe(true);
      expect(log).toEqual(['save', 'ask', 'retry']);
    },
  );

  it('stays open (and stops quitting) when the user keeps the window, then saves again next time', async () => {
    const { guard, log, finish } = setup(false);
    guard.onClose();
    finish('failed');
    await vi.waitFor(() => expect(log).toEqual(['save', 'ask', 'cancel']));
    expect(guard.onClose()).toBe(false);
    expect(log).toEqual(['save', 'ask', 'cancel', 'save']);
  });

  it('asks when the renderer cancels the unload on its own', () => {
    const keep = setup(false);
    expect(keep.guard.onPreventUnload()).toBe(false);
    expect(keep.log).toEqual(['ask', 'cancel']);
    const discard = setup(true);
    expect(discard.guard.onPreventUnload()).toBe(true);
  });
});

describe('CallTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports saved after the settle time when nothing is in flight', async () => {
    const tracker = new CallTracker();
    const idle = tracker.whenIdle(1, { settleMs: 100, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(idle).resolves.toBe('saved');
  });

  it('waits for the calls of that window only', async () => {
    const tracker = new CallTracker();
    const endSave = tracker.begin(1);
    const endOther = tracker.begin(2);
    let outcome: IdleOutcome | null = null;
    void tracker.whenIdle(1, { settleMs: 10, timeoutMs: 1000 }).then((result) => {
      outcome = result;
    });
    await vi.advanceTimersByTimeAsync(50);
    expect(outcome).toBeNull();
    endOther('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBeNull();
    endSave('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('saved');
  });

  it('reports a write that failed while waiting, but not one from before', async () => {
    const tracker = new CallTracker();
    tracker.begin(1)('failed-write');
    const end = tracker.begin(1);
    const idle = tracker.whenIdle(1, { settleMs: 10, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(10);
    end('failed-write');
    await expect(idle).resolves.toBe('failed');
    const later = tracker.whenIdle(1, { settleMs: 10, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(10);
    await expect(later).resolves.toBe('saved');
  });

  it('gives up at the timeout (a hung save must not block quitting)', async () => {
    const tracker = new CallTracker();
    tracker.begin(1);
    const idle = tracker.whenIdle(1, { settleMs: 10, timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    await expect(idle).resolves.toBe('timeout');
  });

  it('waits for every window before quitting', async () => {
    const tracker = new CallTracker();
    const a = tracker.begin(1);
    const b = tracker.begin(2);
    let done: boolean | null = null;
    void tracker.whenAllIdle(1000).then((result) => {
      done = result;
    });
    await vi.advanceTimersByTimeAsync(0);
    a('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBeNull();
    b('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('counts nested calls and ignores a second settle of the same call', () => {
    const tracker = new CallTracker();
    const a = tracker.begin(3);
    tracker.begin(3);
    a('ok');
    a('ok');
    expect(tracker.count(3)).toBe(1);
  });
});
