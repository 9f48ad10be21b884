/**
 * Closing a window (or quitting) never loses what was typed: the window is kept open while its
 * renderer saves, then closed; if the save failed, the user is asked.
 *
 * The first `close` is cancelled and the renderer is sent the Save command; once the window's
 * backend calls settled, it is closed again (or the app quits again). A failed or hung save asks
 * the user whether to close without saving. A renderer that cancels the unload itself
 * (`will-prevent-unload`) is asked about the same way.
 */
import type { IdleOutcome } from './call-tracker';

/** What the guard needs from the window and the user. */
export interface CloseGuardDeps {
  /** Asks the renderer to save now (the `save` AppCommand). */
  requestSave: () => void;
  /** Waits until the window's backend calls settled: did the save land? */
  waitForSaves: () => Promise<IdleOutcome>;
  /** Closes the window again, or quits again when the app was quitting. */
  retry: () => void;
  /** The user chose to stay: the app stops quitting. */
  cancel: () => void;
  /**
   * Asks the user whether to close without saving; true closes.
   *
   * Synchronous because `will-prevent-unload` needs the answer inside the event.
   */
  confirmDiscard: () => boolean;
}

/** The guard of one window. */
export interface CloseGuard {
  /** On the window's `close`: true lets it close, false cancels it (`event.preventDefault()`). */
  onClose: () => boolean;
  /** On `will-prevent-unload`: true unloads anyway (`event.preventDefault()`), false keeps the page. */
  onPreventUnload: () => boolean;
}

/** Creates the guard of one window. */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let phase: 'open' | 'saving' | 'closing' = 'open';
  let discardConfirmed = false;
  const keepOpen = () => {
    phase = 'open';
    discardConfirmed = false;
    deps.cancel();
  };
  return {
    onClose: () => {
      if (phase === 'closing') {
        return true;
      }
      if (phase === 'open') {
        phase = 'saving';
        deps.requestSave();
        void deps
          .waitForSaves()
          .catch((): IdleOutcome => 'failed')
          .then((outcome) => {
            if (outcome !== 'saved') {
              discardConfirmed = deps.confirmDiscard();
              if (!discardConfirmed) {
                keepOpen();
                return;
              }
            }
            phase = 'closing';
            deps.retry();
          });
      }
      return false;
    },
    onPreventUnload: () => {
      if (discardConfirmed || deps.confirmDiscard()) {
        return true;
      }
      keepOpen();
      return false;
    },
  };
}
