import type { WorkspacePath } from '../../../core/api';
import { currentClient } from './write-client';

/** How long a write of the app is remembered: long enough for the watcher to report it. */
const rememberMs = 10_000;

/** Who left a file as it is now: another program, or the app (and which serve-mode tab). */
export type WriteOrigin = { own: false } | { own: true; client: string | null };

/**
 * The app's own writes, by path and resulting content hash, so the watcher does not report them
 * back to the UI as changes made by another program. In serve mode a write also remembers the tab
 * that made it: the other tabs of the same server must still hear about it.
 */
export class OwnWrites {
  private readonly writes = new Map<
    WorkspacePath,
    { hash: string | null; until: number; client: string | null }
  >();

  /** Remembers that the app wrote `hash` to `path` (null: the app removed it). */
  record(path: WorkspacePath, hash: string | null): void {
    this.writes.set(path, { hash, until: Date.now() + rememberMs, client: currentClient() });
  }

  /** Whether the file at `path` with `hash` (null: gone) is what the app itself left there. */
  isOwn(path: WorkspacePath, hash: string | null): boolean {
    return this.originOf(path, hash).own;
  }

  /** Who left `hash` (null: gone) at `path`, as far as the app remembers. */
  originOf(path: WorkspacePath, hash: string | null): WriteOrigin {
    const write = this.writes.get(path);
    if (write === undefined) {
      return { own: false };
    }
    if (write.until < Date.now()) {
      this.writes.delete(path);
      return { own: false };
    }
    return write.hash === hash ? { own: true, client: write.client } : { own: false };
  }
}
