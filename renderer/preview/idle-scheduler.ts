/** Runs `callback` when the page is idle, with the milliseconds it may take; returns a handle. */
export type IdleScheduler = (callback: (milliseconds: number) => void) => number;

/** The default milliseconds of a step when the page cannot say how idle it is. */
export const defaultIdleMilliseconds = 10;

/** requestIdleCallback, capped so that a step waits at most half a second; else `schedule`. */
export function defaultIdle(schedule: (callback: () => void) => number): IdleScheduler {
  if (typeof requestIdleCallback !== 'function') {
    return (callback) => schedule(() => callback(defaultIdleMilliseconds));
  }
  return (callback) =>
    requestIdleCallback((deadline) => callback(Math.max(1, deadline.timeRemaining())), {
      timeout: 500,
    });
}

/** The cancel of {@link defaultIdle}. */
export function defaultCancelIdle(cancel: (handle: number) => void): (handle: number) => void {
  return typeof cancelIdleCallback === 'function' ? (handle) => cancelIdleCallback(handle) : cancel;
}
