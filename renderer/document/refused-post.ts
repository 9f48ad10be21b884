import type {
  ApiError,
  EncodingPreview,
  PostDocument,
  PostwrightApi,
  WorkspacePath,
} from '../../core/api';
import { encodingFactsOf, toApiError } from './api-errors';
import type { SessionSnapshot } from './session-types';

/** What the refused-post flow needs from the document session. */
export interface RefusedPostHost {
  api: PostwrightApi;
  snapshot: () => SessionSnapshot;
  update: (patch: Partial<SessionSnapshot>) => void;
  /** Stops following the open post (its timers, its version): the refusal takes its place. */
  forgetDocument: () => void;
  /** Opens a post in the editor, with a notice to show once. */
  load: (post: PostDocument, notice: SessionSnapshot['notice']) => void;
}

/**
 * A post E_ENCODING refused: read again when it changes on disk, previewed in an encoding the
 * user picks, and converted only as the user saw it (the version of the previewed bytes).
 */
export class RefusedPost {
  private revision = 0;

  constructor(private readonly host: RefusedPostHost) {}

  /** Shows why `path` cannot be opened, as the refusal `error` says. */
  show(path: WorkspacePath, error: ApiError): void {
    this.revision += 1;
    this.host.forgetDocument();
    this.host.update({
      doc: null,
      loadingPath: null,
      conflict: null,
      encodingProblem: { path, ...encodingFactsOf(error), revision: this.revision },
      saveState: 'saved',
      error: null,
      openError: null,
    });
  }

  /**
   * Reads the refused post again (it changed on disk): UTF-8 now opens it; still refused updates
   * the refusal; gone or unreadable says so in place of it.
   */
  async reread(path: WorkspacePath): Promise<void> {
    try {
      const post = await this.host.api.readPost({ path });
      if (this.isShowing(path)) {
        this.host.load(post, 'reloaded');
      }
    } catch (thrown) {
      if (!this.isShowing(path)) {
        return;
      }
      const error = toApiError(thrown);
      if (error.code === 'E_ENCODING') {
        this.show(path, error);
      } else {
        this.host.update({ encodingProblem: null, openError: { path, error } });
      }
    }
  }

  /**
   * Decodes the refused post from `encoding` for the user to check; null when there is nothing
   * to preview (no text refusal shown, or the file turned into UTF-8 and was opened instead).
   */
  async preview(encoding: string): Promise<EncodingPreview | null> {
    const problem = this.host.snapshot().encodingProblem;
    if (problem?.kind !== 'text') {
      return null;
    }
    const preview = await this.host.api.previewPostEncoding({ path: problem.path, encoding });
    if (preview.isUtf8) {
      await this.reread(problem.path);
      return null;
    }
    return preview;
  }

  /**
   * Converts the post as the preview showed it: from its encoding, and only while the file still
   * holds the bytes that were previewed. When it does not any more, shows what it holds now.
   */
  async convert(preview: EncodingPreview): Promise<void> {
    const { path, encoding: from, version, backupFolder } = preview;
    // Converting a binary file or damaged UTF-8 would only mangle it: the UI offers no such action.
    if (this.host.snapshot().encodingProblem?.kind !== 'text' || preview.text === null) {
      return;
    }
    this.host.update({ error: null });
    try {
      const post = await this.host.api.convertPostEncoding({ path, from, baseVersion: version });
      if (this.isShowing(path)) {
        this.host.load(post, 'converted');
        this.host.update({ conversion: { path, from, backupFolder } });
      }
    } catch (thrown) {
      const error = toApiError(thrown);
      // Refused (changed on disk, UTF-8 by now) or failed: show what the file holds now.
      await this.reread(path);
      if (this.isShowing(path)) {
        this.host.update({ error });
      }
    }
  }

  /** Whether the refusal of `path` is still what the window shows (the user did not move on). */
  private isShowing(path: WorkspacePath): boolean {
    const snapshot = this.host.snapshot();
    return (
      snapshot.encodingProblem?.path === path &&
      snapshot.doc === null &&
      snapshot.loadingPath === null
    );
  }
}
