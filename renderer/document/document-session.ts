import {
  type EncodingPreview,
  type PostChangedOnDiskEvent,
  type PostDocument,
  type PostVersion,
  type PostwrightApi,
  type WorkspacePath,
} from '../../core/api';
import type { TextChange } from '../../core/markdown/live-post';
import { toApiError } from './api-errors';
import { DiskChanges } from './disk-changes';
import { RefusedPost } from './refused-post';
import { SnapshotStore } from './snapshot-store';
import { SaveSchedule } from './save-schedule';
import { UnsavedGuard } from './unsaved-guard';
import type { EditorAccess, SessionSnapshot } from './session-types';
import { TextStore } from './text-store';

export type {
  Conflict,
  Conversion,
  EditorAccess,
  EncodingProblem,
  OpenDocument,
  SaveState,
  SessionSnapshot,
} from './session-types';
export { toApiError } from './api-errors';

/**
 * The open post's lifecycle: open, autosave, journal, conflicts, reloads.
 *
 * The text itself lives in CodeMirror; the session reads it when it saves and mirrors it into a
 * TextStore for the views that follow it, so React does not re-render the app on every keystroke.
 */
export class DocumentSession {
  readonly text = new TextStore();
  private readonly store = new SnapshotStore();
  private version: PostVersion | null = null;
  private savedText = '';
  private docCounter = 0;
  /** Counts the editor's changes, so a save knows whether the text moved on while it ran. */
  private changeCount = 0;
  private inFlight: Promise<boolean> | null = null;
  private readonly refused: RefusedPost;
  private readonly disk: DiskChanges;
  private readonly schedule: SaveSchedule;
  private readonly guard = new UnsavedGuard(() => {
    if (this.isDirty() && this.editor()?.isComposing() !== true) {
      void this.save();
    }
  });

  constructor(
    private readonly api: PostwrightApi,
    private readonly editor: () => EditorAccess | null,
    private readonly autosaveDelayMs: () => number,
  ) {
    this.refused = new RefusedPost({
      api,
      snapshot: this.store.get,
      update: (patch) => this.store.update(patch),
      forgetDocument: () => {
        this.clearTimers();
        this.version = null;
      },
      load: (post, notice) => this.load(post, undefined, notice),
    });
    this.schedule = new SaveSchedule({
      editor,
      autosaveDelayMs,
      savedLength: () => this.savedText.length,
      save: () => this.save(),
      writeJournal: (path) => this.writeJournal(path),
    });
    this.disk = new DiskChanges({
      api,
      snapshot: this.store.get,
      update: (patch) => this.store.update(patch),
      editor,
      refused: this.refused,
      version: () => this.version,
      setVersion: (version) => {
        this.version = version;
      },
      adoptDiskText: (version, text) => {
        this.version = version;
        this.savedText = text;
        // applyText replaces only what differs, so the cursor and scroll stay where they were.
        this.editor()?.applyText(text);
        this.text.set(text);
      },
      isDirty: () => this.isDirty(),
      isSaving: () => this.inFlight !== null,
      currentText: () => this.currentText(),
      forgetUnsaved: async (path) => {
        this.guard.forget(path);
        await this.api.discardJournal({ path }).catch(() => undefined);
      },
      save: () => this.save(),
    });
  }

  /** The current snapshot (immutable; replaced on every change). */
  getSnapshot = (): SessionSnapshot => this.store.get();

  /** Subscribes to snapshot changes. */
  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  private get snapshot(): SessionSnapshot {
    return this.store.get();
  }

  private update(patch: Partial<SessionSnapshot>): void {
    this.store.update(patch);
  }

  /** The workspace whose posts the session opens (null: none yet). */
  setWorkspaceRoot(root: string | null): void {
    this.guard.setRoot(root);
  }

  /**
   * Keeps the unsaved text in the browser now (a save or journal write failed, or the page is
   * closing with changes): the next start offers it for recovery even when the backend never
   * got it.
   */
  keepLocalCopy(): void {
    const doc = this.snapshot.doc;
    if (doc !== null && this.isDirty()) {
      this.guard.keep(doc.path, this.currentText(), this.version);
    }
  }

  /** Whether the editor holds text that is not on disk. */
  isDirty(): boolean {
    return this.snapshot.doc !== null && this.currentText() !== this.savedText;
  }

  private currentText(): string {
    return this.editor()?.getText() ?? this.text.get();
  }

  /**
   * Opens a post, saving the current one first; `restore` replaces its text with journaled text.
   * A post that cannot be opened leaves the open one as it was and sets `openError`.
   */
  async open(
    path: WorkspacePath,
    restore?: { text: string; baseVersion: PostVersion | null },
  ): Promise<boolean> {
    if (this.snapshot.doc?.path === path && restore === undefined) {
      return true;
    }
    if (!(await this.flush())) {
      return false;
    }
    this.update({ loadingPath: path, error: null });
    try {
      const post = await this.api.readPost({ path });
      this.load(post, restore);
      return true;
    } catch (thrown) {
      const error = toApiError(thrown);
      if (error.code === 'E_ENCODING') {
        this.refused.show(path, error);
      } else {
        this.update({ loadingPath: null, openError: { path, error } });
      }
      return false;
    }
  }

  /**
   * Opens a post remembered from an earlier visit, when no other post is open or opening: a post
   * that is gone (or unreadable) opens nothing and shows no error.
   */
  async reopen(path: WorkspacePath): Promise<boolean> {
    if (this.snapshot.doc !== null || this.snapshot.loadingPath !== null) {
      return false;
    }
    this.update({ loadingPath: path });
    try {
      const post = await this.api.readPost({ path });
      // The user opened something else meanwhile (or recovery restored this one): theirs wins.
      if (this.snapshot.doc !== null || this.snapshot.loadingPath !== path) {
        return false;
      }
      this.load(post);
      return true;
    } catch {
      if (this.snapshot.loadingPath === path) {
        this.update({ loadingPath: null });
      }
      return false;
    }
  }

  private load(
    post: PostDocument,
    restore?: { text: string; baseVersion: PostVersion | null },
    notice: SessionSnapshot['notice'] = null,
  ): void {
    this.clearTimers();
    this.docCounter += 1;
    this.version = restore?.baseVersion ?? post.version;
    this.savedText = post.text;
    const text = restore?.text ?? post.text;
    this.text.set(text);
    this.update({
      doc: {
        path: post.path,
        docKey: `${post.path}#${this.docCounter}`,
        initialText: text,
        lineEnding: post.lineEnding,
        hasBom: post.hasBom,
      },
      loadingPath: null,
      encodingProblem: null,
      conflict: null,
      notice,
      conversion: null,
      error: null,
      openError: null,
      saveState: text === post.text ? 'saved' : 'dirty',
    });
    if (text !== post.text) {
      this.schedule.autosave();
    }
  }

  /** Closes the open post without saving (it was deleted). */
  close(): void {
    this.clearTimers();
    this.version = null;
    this.savedText = '';
    this.text.set('');
    this.update({
      doc: null,
      conflict: null,
      encodingProblem: null,
      openError: null,
      saveState: 'saved',
      notice: null,
    });
  }

  /** The open post was renamed (by the app or on disk): follow it. */
  renamed(from: WorkspacePath, to: WorkspacePath): void {
    const { doc, encodingProblem } = this.snapshot;
    if (doc?.path === from) {
      this.update({ doc: { ...doc, path: to } });
    }
    if (encodingProblem?.path === from) {
      this.update({ encodingProblem: { ...encodingProblem, path: to } });
    }
  }

  /**
   * The editor's text changed (typing, form edits, paste) from offset `from` on (0: unknown);
   * `change`: the editor's edits, for the views that follow them (the preview).
   *
   * Called per keystroke, so it neither reads the text nor changes the snapshot once the post is
   * dirty: the app does not re-render while typing. A change back to the saved text is found by
   * the autosave, which then reports "saved" without writing.
   */
  changed(from = 0, change: TextChange | null = null): void {
    const doc = this.snapshot.doc;
    if (doc === null) {
      return;
    }
    this.changeCount += 1;
    this.text.changed(() => this.currentText(), from, change);
    const { saveState, notice } = this.snapshot;
    if (saveState !== 'saving' && (saveState !== 'dirty' || notice !== null)) {
      this.update({ saveState: 'dirty', notice: null });
    }
    this.schedule.autosave();
    this.schedule.journal(doc.path);
  }

  /** An IME composition ended: do what was held back while it ran. */
  compositionEnded(): void {
    this.disk.compositionEnded();
    this.schedule.compositionEnded();
  }

  /** Journals the unsaved text now (crash recovery); failures are not the user's concern. */
  async writeJournal(path = this.snapshot.doc?.path): Promise<void> {
    if (path === undefined || path !== this.snapshot.doc?.path) {
      return;
    }
    // One read of the text per journal entry (the store's copy when a view already made one).
    const text = this.text.get();
    if (text === this.savedText) {
      return;
    }
    await this.api
      .writeJournal({ path, text, baseVersion: this.version })
      .catch(() => this.keepLocalCopy());
  }

  private clearTimers(): void {
    this.schedule.stop();
    this.guard.stop();
  }

  /** Saves if there are unsaved changes; resolves false when the text could not be saved. */
  async flush(): Promise<boolean> {
    if (this.inFlight !== null) {
      await this.inFlight;
    }
    return this.isDirty() ? this.save() : this.snapshot.conflict === null;
  }

  /** Saves now. Resolves whether the text on disk is the editor's text afterwards. */
  save(): Promise<boolean> {
    if (this.inFlight !== null) {
      // One save at a time; the next one starts from the version the running one writes.
      return this.inFlight.then(() => this.save());
    }
    this.inFlight = this.saveOnce().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async saveOnce(): Promise<boolean> {
    const doc = this.snapshot.doc;
    if (doc === null || this.snapshot.conflict !== null) {
      return doc === null;
    }
    this.schedule.cancelAutosave();
    const changesBefore = this.changeCount;
    const text = this.currentText();
    if (text === this.savedText) {
      this.update({ saveState: 'saved' });
      return true;
    }
    this.update({ saveState: 'saving', error: null });
    try {
      const result = await this.api.savePost({ path: doc.path, text, baseVersion: this.version });
      if (this.snapshot.doc?.path !== doc.path) {
        return true;
      }
      this.version = result.version;
      this.savedText = text;
      this.guard.saved();
      // Read the text again only when the editor changed while the save ran.
      const dirty = this.changeCount !== changesBefore && this.currentText() !== text;
      this.update({ saveState: dirty ? 'dirty' : 'saved' });
      if (dirty) {
        this.schedule.autosave();
      } else {
        this.schedule.cancelJournal();
        this.guard.forget(doc.path);
        await this.api.discardJournal({ path: doc.path }).catch(() => undefined);
      }
      return true;
    } catch (thrown) {
      const error = toApiError(thrown);
      if (error.code === 'E_CONFLICT') {
        await this.disk.showConflict(doc.path, text);
      } else {
        this.update({ saveState: 'error', error });
        this.keepLocalCopy();
        this.guard.failed(error);
      }
      return false;
    }
  }

  /** Resolves a conflict: overwrite the disk with the editor's text, or take the disk's text. */
  resolveConflict(choice: 'mine' | 'disk'): Promise<void> {
    return this.disk.resolveConflict(choice);
  }

  /** Another program changed a post: reload the open one, or ask when it has unsaved changes. */
  changedOnDisk(event: PostChangedOnDiskEvent): Promise<void> {
    return this.disk.changedOnDisk(event);
  }

  /** Decodes the refused post from `encoding`, to show before converting (see RefusedPost). */
  previewEncoding(encoding: string): Promise<EncodingPreview | null> {
    return this.refused.preview(encoding);
  }

  /** The "Convert to UTF-8" action for a post E_ENCODING refused, as `preview` showed it. */
  convertEncoding(preview: EncodingPreview): Promise<void> {
    return this.refused.convert(preview);
  }

  /** Stops timers (the session is going away). */
  dispose(): void {
    this.clearTimers();
    this.store.clear();
  }
}
