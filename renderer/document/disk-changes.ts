import type {
  PostChangedOnDiskEvent,
  PostVersion,
  PostwrightApi,
  WorkspacePath,
} from '../../core/api';
import { toApiError } from './api-errors';
import type { RefusedPost } from './refused-post';
import type { EditorAccess, SessionSnapshot } from './session-types';

/** What the disk-change flow needs from the document session. */
export interface DiskChangesHost {
  api: PostwrightApi;
  snapshot: () => SessionSnapshot;
  update: (patch: Partial<SessionSnapshot>) => void;
  editor: () => EditorAccess | null;
  /** The refused post, read again when the file it refused changes. */
  refused: RefusedPost;
  /** The version of the open post the next save starts from. */
  version: () => PostVersion | null;
  /** Makes `version` the one the next save starts from (keeping mine writes over the disk's). */
  setVersion: (version: PostVersion | null) => void;
  /** Makes `text` of `version` the saved text, in the editor and in the text store. */
  adoptDiskText: (version: PostVersion, text: string) => void;
  isDirty: () => boolean;
  /** Whether a save is running (its text may differ from the disk's in a moment). */
  isSaving: () => boolean;
  currentText: () => string;
  /** Forgets the unsaved copies of `path` (browser copy, journal): the disk's text won. */
  forgetUnsaved: (path: WorkspacePath) => Promise<void>;
  save: () => Promise<boolean>;
}

/**
 * What happens when the open post changes on disk behind the editor: a clean post reloads in
 * place, a dirty one (or a save refused with E_CONFLICT) asks the user through the conflict
 * dialog, a deleted one says so, and one re-encoded on disk is refused as if it had been clicked.
 *
 * Kept apart from saving so the session's save path reads straight through, and so the one rule
 * here, "never drop the user's text without asking", has a single home.
 */
export class DiskChanges {
  /** A change that came while an IME composition ran, handled when the composition ends. */
  private pending: PostChangedOnDiskEvent | null = null;

  constructor(private readonly host: DiskChangesHost) {}

  /** Handles a change held back by a composition (see `changedOnDisk`). */
  compositionEnded(): void {
    if (this.pending !== null) {
      const event = this.pending;
      this.pending = null;
      void this.changedOnDisk(event);
    }
  }

  /** Opens the conflict dialog: `mine` is the editor's text, the disk's is read now. */
  async showConflict(path: WorkspacePath, mine: string): Promise<void> {
    const disk = await this.host.api.readPost({ path }).catch(() => null);
    this.host.update({ saveState: 'dirty', conflict: { path, mine, disk } });
  }

  /** Resolves a conflict: overwrite the disk with the editor's text, or take the disk's text. */
  async resolveConflict(choice: 'mine' | 'disk'): Promise<void> {
    const { host } = this;
    const conflict = host.snapshot().conflict;
    if (conflict === null) {
      return;
    }
    if (choice === 'disk' && conflict.disk !== null) {
      host.adoptDiskText(conflict.disk.version, conflict.disk.text);
      host.update({ conflict: null, saveState: 'saved', error: null });
      await host.forgetUnsaved(conflict.path);
      return;
    }
    // Keep mine: save against the disk's version, so the write is allowed once, knowingly.
    host.setVersion(conflict.disk?.version ?? null);
    host.update({ conflict: null });
    await host.save();
  }

  /** Another program changed a post: reload the open one, or ask when it has unsaved changes. */
  async changedOnDisk(event: PostChangedOnDiskEvent): Promise<void> {
    const { host } = this;
    if (host.snapshot().encodingProblem?.path === event.path) {
      // The refused file was fixed, or changed, elsewhere: what the panel says may be stale.
      await host.refused.reread(event.path);
      return;
    }
    const doc = host.snapshot().doc;
    if (doc === null || event.path !== doc.path || host.snapshot().conflict !== null) {
      return;
    }
    if (event.version !== null && event.version.hash === host.version()?.hash) {
      return;
    }
    if (host.editor()?.isComposing() === true) {
      this.pending = event;
      return;
    }
    if (event.version === null) {
      host.update({ notice: 'deletedOnDisk' });
      return;
    }
    if (host.isDirty() || host.isSaving()) {
      await this.showConflict(doc.path, host.currentText());
      return;
    }
    await this.reload(doc.path);
  }

  /** Reloads the clean open post from disk, unless the user typed or moved on meanwhile. */
  private async reload(path: WorkspacePath): Promise<void> {
    const { host } = this;
    try {
      const post = await host.api.readPost({ path });
      if (host.isDirty() || host.snapshot().doc?.path !== path) {
        return;
      }
      host.adoptDiskText(post.version, post.text);
      host.update({ notice: 'reloaded', saveState: 'saved', openError: null });
    } catch (thrown) {
      const error = toApiError(thrown);
      if (host.snapshot().doc?.path !== path) {
        return;
      }
      // Saved post turned into another encoding on disk: the disk is the truth, as for a click.
      if (error.code === 'E_ENCODING' && !host.isDirty()) {
        host.refused.show(path, error);
      } else {
        host.update({ openError: { path, error } });
      }
    }
  }
}
