import type { ApiError, PostVersion, WorkspacePath } from '../../core/api';
import { localCopies } from './local-copies';
import { retryFirstMs, retryMaxMs } from './save-delays';

/**
 * Keeps unsaved text safe while the backend cannot take it (serve mode's server stopped or
 * restarted): a copy in the browser, keyed by workspace root and post, and saves tried again,
 * each time a little later, while the backend cannot be reached.
 */
export class UnsavedGuard {
  /** The workspace the open post belongs to: the key of its copy kept in the browser. */
  private root: string | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Saves failed in a row because the backend could not be reached (sets the retry delay). */
  private unreachableCount = 0;

  constructor(private readonly retrySave: () => void) {}

  /** The workspace whose posts are open (null: none yet). */
  setRoot(root: string | null): void {
    this.root = root;
  }

  /** Keeps `text` of `path` in the browser, with the version it started from. */
  keep(path: WorkspacePath, text: string, baseVersion: PostVersion | null): void {
    if (this.root !== null) {
      localCopies.keep({
        root: this.root,
        path,
        text,
        baseVersion,
        savedAt: new Date().toISOString(),
      });
    }
  }

  /** Forgets the copy of `path`: it was saved, or the user chose the disk's text. */
  forget(path: WorkspacePath): void {
    if (this.root !== null) {
      localCopies.remove(this.root, path);
    }
  }

  /** A save got through: the backend is reachable again. */
  saved(): void {
    this.unreachableCount = 0;
    clearTimeout(this.retryTimer);
  }

  /**
   * A save failed. A backend that could not be reached may come back (serve mode restarted on
   * the same token, a network blip): try again later, waiting longer each time. Other refusals
   * (a session that ended, a read-only file) would only fail again.
   */
  failed(error: ApiError): void {
    if (error.details?.['reason'] !== 'server-unreachable') {
      return;
    }
    const delay = Math.min(retryFirstMs * 2 ** this.unreachableCount, retryMaxMs);
    this.unreachableCount += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(this.retrySave, delay);
  }

  /** Stops a pending retry (another post, or the session goes away). */
  stop(): void {
    clearTimeout(this.retryTimer);
  }
}
