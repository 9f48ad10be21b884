/**
 * Counts the backend calls each window has in flight, and notes failed writes, so that closing
 * can wait for the window's last save and know whether it landed.
 */

/** How long to wait for a window's calls to settle. */
export interface IdleOptions {
  /** Calls a renderer starts right after being asked to save arrive a moment later: wait this long first. */
  settleMs: number;
  /** Give up waiting after this long (a hung save must not keep the app from quitting). */
  timeoutMs: number;
}

/** How long closing or switching workspace waits for the renderer's save. */
export const saveFlushTimeouts: IdleOptions = { settleMs: 250, timeoutMs: 10_000 };

/** How a wait ended: all calls settled (and whether a write failed meanwhile), or the timeout. */
export type IdleOutcome = 'saved' | 'failed' | 'timeout';

/** Whether a settled call was a write that failed. */
export type CallOutcome = 'ok' | 'failed-write';

/** Tracks calls in flight per sender (`webContents.id`). */
export class CallTracker {
  private readonly pending = new Map<number, number>();
  private readonly failures = new Map<number, number>();
  private readonly waiters = new Set<{ senderId: number | null; wake: () => void }>();

  /** Marks a call as started; the returned function marks it settled. */
  begin(senderId: number): (outcome: CallOutcome) => void {
    this.pending.set(senderId, this.count(senderId) + 1);
    let done = false;
    return (outcome) => {
      if (done) {
        return;
      }
      done = true;
      if (outcome === 'failed-write') {
        this.failures.set(senderId, (this.failures.get(senderId) ?? 0) + 1);
      }
      const left = this.count(senderId) - 1;
      if (left > 0) {
        this.pending.set(senderId, left);
        return;
      }
      this.pending.delete(senderId);
      for (const waiter of [...this.waiters]) {
        if (waiter.senderId === senderId || (waiter.senderId === null && this.total() === 0)) {
          waiter.wake();
        }
      }
    };
  }

  /** How many calls of a sender are in flight. */
  count(senderId: number): number {
    return this.pending.get(senderId) ?? 0;
  }

  /**
   * Waits `settleMs`, then until the sender has no call in flight, at most `timeoutMs` in all;
   * 'failed' when a write of the sender failed since the wait began.
   */
  async whenIdle(senderId: number, options: IdleOptions): Promise<IdleOutcome> {
    const failuresBefore = this.failures.get(senderId) ?? 0;
    const settled = await this.wait(senderId, options);
    if (!settled) {
      return 'timeout';
    }
    return (this.failures.get(senderId) ?? 0) > failuresBefore ? 'failed' : 'saved';
  }

  /** Resolves once no sender has a call in flight, or at the timeout (quitting waits for this). */
  async whenAllIdle(timeoutMs: number): Promise<boolean> {
    return this.wait(null, { settleMs: 0, timeoutMs });
  }

  private total(): number {
    let sum = 0;
    for (const count of this.pending.values()) {
      sum += count;
    }
    return sum;
  }

  private async wait(senderId: number | null, options: IdleOptions): Promise<boolean> {
    await delay(options.settleMs);
    const busy = () => (senderId === null ? this.total() : this.count(senderId)) > 0;
    if (!busy()) {
      return true;
    }
    return new Promise((resolve) => {
      const waiter = {
        senderId,
        wake: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(true);
        },
      };
      const timer = setTimeout(
        () => {
          this.waiters.delete(waiter);
          resolve(false);
        },
        Math.max(0, options.timeoutMs - options.settleMs),
      );
      this.waiters.add(waiter);
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
