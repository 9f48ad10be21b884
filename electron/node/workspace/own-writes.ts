import type { WorkspacePath } from '../../../core/api';

/** How long a write of the app is remembered: long enough for the watcher to report it. */
const rememberMs = 10_000;

/**
 * The app's own writes, by path and resulting content hash, so the watcher does not report them
 * back to the UI as changes made by another program.
 */
export class OwnWrites {
  private readonly writes = new Map<WorkspacePath, { hash: string | null; until: number }>();

  /** Remembers that the app wrote `hash` to `path` (null: the app removed it). */
  record(path: WorkspacePath, hash: string | null): void {
    this.writes.set(path, { hash, until: Date.now() + rememberMs });
  }

  /** Whether the file at `path` with `hash` (null: gone) is what the app itself left there. */
  isOwn(path: WorkspacePath, hash: string | null): boolean {
    const write = this.writes.get(path);
    if (write === undefined) {
      return false;
    }
    if (write.until < Date.now()) {
      this.writes.delete(path);
      return false;
    }
    return write.hash === hash;
  }
}
