/**
 * What happens when a window with unsaved changes is closed (or the app quits).
 *
 * The renderer saves on `beforeunload` and cancels the unload while the save runs; Electron
 * reports that as `will-prevent-unload`. The first time, the guard lets the cancel stand, waits
 * for the window's calls to settle and closes again. If the renderer still cancels (the save
 * failed), the user is asked whether to close without saving.
 */

/** What the guard needs from the window and the user. */
export interface UnloadGuardDeps {
  /** Waits until the window's backend calls (its save) have settled, or a timeout. */
  waitForSaves: () => Promise<unknown>;
  /** Closes the window again, or quits again when the app was quitting. */
  retry: () => void;
  /**
   * Asks the user whether to close without saving; true closes.
   *
   * Synchronous because Electron needs the answer inside the event (`showMessageBoxSync`).
   */
  confirmDiscard: () => boolean;
}

/** The outcome of one `will-prevent-unload`. */
export type UnloadDecision =
  /** Keep the window for now; it is closed again once the save settled. */
  | 'flush'
  /** Close without saving (call `event.preventDefault()`, which ignores the cancel). */
  | 'discard'
  /** The user chose to stay: keep the window and stop quitting. */
  | 'keep';

/** A guard for one window. */
export interface UnloadGuard {
  onPreventUnload: () => UnloadDecision;
}

/** Creates the guard of one window. */
export function createUnloadGuard(deps: UnloadGuardDeps): UnloadGuard {
  let phase: 'idle' | 'flushing' | 'flushed' = 'idle';
  return {
    onPreventUnload: () => {
      if (phase === 'idle') {
        phase = 'flushing';
        void deps
          .waitForSaves()
          .catch(() => undefined)
          .then(() => {
            phase = 'flushed';
            deps.retry();
          });
        return 'flush';
      }
      if (phase === 'flushing') {
        // Closed again while the save is still running: the retry will come.
        return 'flush';
      }
      phase = 'idle';
      return deps.confirmDiscard() ? 'discard' : 'keep';
    },
  };
}
