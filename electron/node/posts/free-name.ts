import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { safeFileName, uniqueName } from '../../../core/workspace/safe-name';
import { errorCode } from '../fs/atomic-write';

/** The names in a folder ([] when it does not exist yet). */
export async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

/** A safe name for `candidate` that no file in `folder` has, ignoring case (`a.md`, `a-2.md`...). */
export async function freeNameIn(folder: string, candidate: string): Promise<string> {
  return uniqueName(safeFileName(candidate), await namesIn(folder));
}

/** The absolute path of `freeNameIn`. */
export async function uniqueFreePath(folder: string, candidate: string): Promise<string> {
  return join(folder, await freeNameIn(folder, candidate));
}

/**
 * Creates a new file that must not exist yet (`wx`: never overwrites, even when another program
 * creates the same name meanwhile), writes and syncs it. A new file has no old content a crash
 * could destroy, so the temp-file dance of `writeFileAtomic` is not needed here.
 */
export async function writeNewFile(absPath: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(absPath, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    // The file is ours (just created): a half-written new post is worse than none.
    await rm(absPath, { force: true });
    throw error;
  }
  await handle.close();
}
