/**
 * Counts the backend calls each window has in flight, so closing can wait for a save to land.
 *
 * When a window with unsaved changes closes, its renderer starts saving and cancels the unload;
 * the main process then waits here until that window's calls have settled before closing again.
 */

/** How long to wait for a window's calls to settle. */
export interface IdleOptions {
  /** Calls a renderer starts right after its `beforeunload` arrive a moment later: wait this long first. */
  settleMs: number;
  /** Give up waiting after this long (a hung save must not keep the app from quitting). */
  timeoutMs: number;
}

/** Tracks calls in flight per sender (`webContents.id`). */
export class CallTracker {
  private readonly pending = new Map<number, number>();
  private readonly waiters = new Set<{ senderId: number; wake: () => void }>();

  /** Marks a call as started; the returned function marks it settled. */
  begin(senderId: number): () => void {
    this.pending.set(senderId, this.count(senderId) + 1);
    let done = false;
    return () => {
      if (done) {
        return;
      }
      done = true;
      const left = this.count(senderId) - 1;
      if (left > 0) {
        this.pending.set(senderId, left);
        return;
      }
      this.pending.delete(senderId);
      for (const waiter of [...this.waiters]) {
        if (waiter.senderId === senderId) {
          waiter.wake();
        }
      }
    };
  }

  /** How many calls of a sender are in flight. */
  count(senderId: number): number {
    return this.pending.get(senderId) ?? 0;
  }

  /** Resolves once the sender has no call in flight (after `settleMs`), or at `timeoutMs`. */
  async whenIdle(senderId: number, options: IdleOptions): Promise<'idle' | 'timeout'> {
    await delay(options.settleMs);
    if (this.count(senderId) === 0) {
      return 'idle';
    }
    return new Promise((resolve) => {
      const waiter = {
        senderId,
        wake: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve('idle');
        },
      };
      const timer = setTimeout(
        () => {
          this.waiters.delete(waiter);
          resolve('timeout');
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
