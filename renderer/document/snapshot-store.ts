import type { SessionSnapshot } from './session-types';

/** The snapshot of a session with nothing open. */
export const emptySnapshot: SessionSnapshot = {
  doc: null,
  loadingPath: null,
  saveState: 'saved',
  error: null,
  openError: null,
  encodingProblem: null,
  conflict: null,
  notice: null,
  conversion: null,
};

/** An immutable snapshot, replaced by `update`, for React's `useSyncExternalStore`. */
export class SnapshotStore {
  private snapshot = emptySnapshot;
  private readonly listeners = new Set<() => void>();

  /** The current snapshot (immutable; replaced on every change). */
  get = (): SessionSnapshot => this.snapshot;

  /** Subscribes to snapshot changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Replaces the snapshot with `patch` applied, and tells every listener. */
  update(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) {
      listener();
    }
  }

  /** Forgets every listener (the session is going away). */
  clear(): void {
    this.listeners.clear();
  }
}
