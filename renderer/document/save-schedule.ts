import type { WorkspacePath } from '../../core/api';
import { journalDelayMs, largePostDelayMs } from './save-delays';
import type { EditorAccess } from './session-types';

/** What the save schedule needs from the document session. */
export interface SaveScheduleHost {
  editor: () => EditorAccess | null;
  /** The user's autosave delay (a setting, so read each time). */
  autosaveDelayMs: () => number;
  /** The length of the saved text: huge posts are saved and journaled less often. */
  savedLength: () => number;
  save: () => Promise<boolean>;
  writeJournal: (path: WorkspacePath) => Promise<void>;
}

/**
 * When the open post is autosaved and journaled: a while after the last change, never in the
 * middle of an IME composition, later for huge posts.
 *
 * Kept apart from the session so the timers, and the one rule about compositions, live in one
 * place instead of being cleared and re-armed from every corner of it.
 */
export class SaveSchedule {
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private journalTimer: ReturnType<typeof setTimeout> | undefined;
  /** An autosave came due during a composition: it runs once the composition ends. */
  private saveAfterComposition = false;

  constructor(private readonly host: SaveScheduleHost) {}

  /** Autosaves after the autosave delay, counted from now. */
  autosave(): void {
    const { host } = this;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(
      () => {
        if (host.editor()?.isComposing() === true) {
          // Never save in the middle of a composition: CodeMirror's doc holds half-typed text.
          this.saveAfterComposition = true;
          return;
        }
        void host.save();
      },
      Math.max(host.autosaveDelayMs(), largePostDelayMs(host.savedLength())),
    );
  }

  /** Journals the unsaved text of `path` after the journal delay, counted from now. */
  journal(path: WorkspacePath): void {
    clearTimeout(this.journalTimer);
    this.journalTimer = setTimeout(
      () => {
        void this.host.writeJournal(path);
      },
      journalDelayMs + largePostDelayMs(this.host.savedLength()),
    );
  }

  /** An IME composition ended: schedules the autosave it held back, if any. */
  compositionEnded(): void {
    if (this.saveAfterComposition) {
      this.saveAfterComposition = false;
      this.autosave();
    }
  }

  /** Drops the pending autosave (a save is starting now). */
  cancelAutosave(): void {
    clearTimeout(this.autosaveTimer);
  }

  /** Drops the pending journal entry (the text it would hold is saved). */
  cancelJournal(): void {
    clearTimeout(this.journalTimer);
  }

  /** Drops everything pending (another post, or the session goes away). */
  stop(): void {
    clearTimeout(this.autosaveTimer);
    clearTimeout(this.journalTimer);
    this.saveAfterComposition = false;
  }
}
