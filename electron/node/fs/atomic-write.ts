import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isReadOnlyFor, readOnlyFileError } from './read-only';

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /** Permission bits for a new file; an existing file keeps its own. */
  mode?: number;
  /**
   * Called after the temp file is written and synced, just before the rename. Tests use it to
   * simulate a crash at the one moment that matters; the app never sets it.
   */
  beforeRename?: (tempPath: string) => Promise<void> | void;
}

/** Rename errors Windows (antivirus, indexer, an editor holding the file) reports for a moment. */
const transientCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
const retryDelaysMs = [10, 30, 60, 120, 250, 500];

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of either.
 *
 * The data goes to a temp file in the same folder (same file system, so the rename is atomic), is
 * fsynced, then renamed over the target. An existing file's permission bits are kept, and an
 * existing read-only file is refused as a plain write would be (EACCES): the rename needs only the
 * folder to be writable, and would otherwise replace a file its owner made read-only.
 */
export async function writeFileAtomic(
  absPath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(absPath);
  const tempPath = join(dir, `.${basename(absPath)}.${randomBytes(6).toString('hex')}.pw-tmp`);
  const existing = await existingFile(absPath);
  if (existing !== undefined && isReadOnlyFor(existing)) {
    throw readOnlyFileError(absPath);
  }
  const mode = existing === undefined ? options.mode : existing.mode & 0o7777;
  const handle = await open(tempPath, 'wx', mode ?? 0o666);
  try {
    try {
      await handle.writeFile(data);
      if (mode !== undefined) {
        // open() applies the umask; an existing file's bits must come back exactly.
        await handle.chmod(mode);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.beforeRename !== undefined) {
      await options.beforeRename(tempPath);
    }
    await renameWithRetry(tempPath, absPath);
  } catch (error) {
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

async function existingFile(absPath: string): Promise<Stats | undefined> {
  try {
    return await stat(absPath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** `rename`, retried a few times on the transient EPERM/EBUSY/EACCES of Windows (antivirus, indexer). */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined || !transientCodes.has(errorCode(error) ?? '')) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder for syncing, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') {
    return;
  }
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network, FUSE) refuse to sync a folder; the data itself is already synced.
  }
}

/** The `code` of a Node fs error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
