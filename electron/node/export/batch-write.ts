import { randomBytes } from 'node:crypto';
import { mkdir, open, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { groupBy } from '../../../core/export/group-by';
import { renameWithRetry } from '../fs/atomic-write';
import { mapInParallel } from './in-parallel';

/** One file of a batch: where it goes (absolute, already confined), its bytes, its name for errors. */
export interface BatchFile {
  absolute: string;
  data: string | Uint8Array;
  path: string;
  /** The permission bits of the file there now (kept), or undefined when there is none. */
  mode: number | undefined;
}

/**
 * Writes files in stages so that a crash leaves each one whole — old or new, never half — as
 * `writeFileAtomic` does for one file, without paying its round trips one file at a time.
 *
 * 1. Every file is written to a temp file beside it and fsynced, several at a time (concurrent
 *    fsyncs share the journal's commits). If any of them fails, every temp file is removed and
 *    nothing in the repository has changed.
 * 2. Stage by stage (`stages[0]` first: images before the posts that link to them), the temp files
 *    are renamed over their targets — each rename atomic, each file's data already on disk — and
 *    then each folder the stage renamed into is fsynced once, so the renames are durable before the
 *    next stage starts. A crash in between leaves some files new and the rest old, never one half
 *    written; a later stage is never on disk before an earlier one.
 *
 * Folders that did not exist are created first and fsynced into their parents. An existing file
 * keeps its permission bits. `onWriteError` turns an error into what the caller
 * reports (e.g. "read-only", "disk full") with the file's path.
 */
export async function writeFilesAtomic(
  stages: readonly (readonly BatchFile[])[],
  onWriteError: (error: unknown, path: string) => unknown,
): Promise<void> {
  const files = stages.flat();
  const sequenced = sharingAName(files);
  const pending = new Map<BatchFile, string>();
  try {
    const folders = new Map<string, string>();
    for (const file of files) {
      if (!folders.has(dirname(file.absolute))) {
        folders.set(dirname(file.absolute), file.path);
      }
    }
    // New folders are made durable in their parents before anything is renamed into them.
    const changedParents = new Set<string>();
    await mapInParallel([...folders], async ([folder, path]) => {
      let first: string | undefined;
      try {
        first = await mkdir(folder, { recursive: true });
      } catch (error) {
        throw onWriteError(error, path);
      }
      for (let made = folder; first !== undefined; made = dirname(made)) {
        changedParents.add(dirname(made));
        if (made === first || dirname(made) === made) {
          break;
        }
      }
    });
    await mapInParallel([...changedParents], syncFolder);
    await mapInParallel(files, async (file) => {
      try {
        await writeTemp(file, (temp) => pending.set(file, temp));
      } catch (error) {
        throw onWriteError(error, file.path);
      }
    });
    const renameOne = async (file: BatchFile, target: string): Promise<void> => {
      const temp = pending.get(file);
      if (temp !== undefined) {
        try {
          await renameWithRetry(temp, target);
        } catch (error) {
          throw onWriteError(error, file.path);
        }
        pending.delete(file);
      }
    };
    for (const stage of stages) {
      await mapInParallel(
        stage.filter((file) => !sequenced.has(file)),
        (file) => renameOne(file, file.absolute),
      );
      // Files of the batch that may be one file on disk are renamed in order, each into what the
      // one before made (a disk that ignores case finds `Foo.md` for `foo.md`), as one write after
      // the other would: the last content, under the name the first gave it.
      for (const file of stage.filter((candidate) => sequenced.has(candidate))) {
        await renameOne(file, (await realPathIfExists(file.absolute)) ?? file.absolute);
      }
      await mapInParallel([...new Set(stage.map((file) => dirname(file.absolute)))], syncFolder);
    }
  } finally {
    // Temp files of a batch that failed: nothing of theirs may stay in the repository.
    await mapInParallel([...pending.values()], (temp) =>
      rm(temp, { force: true }).catch(() => undefined),
    );
  }
}

/** The files whose names another file of the batch shares, but for case or Unicode form. */
function sharingAName(files: readonly BatchFile[]): Set<BatchFile> {
  const byKey = groupBy(files, (file) => fileKey(file.absolute));
  return new Set([...byKey.values()].filter((group) => group.length > 1).flat());
}

/**
 * A key two paths share when they may name one file: the same path but for letter case or
 * Unicode form (macOS and Windows disks ignore both). Only a first sieve: the disk decides.
 */
export function fileKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

async function realPathIfExists(absolute: string): Promise<string | null> {
  try {
    return await realpath(absolute);
  } catch {
    return null;
  }
}

/** Writes and fsyncs the temp file of `file`; `onCreated` learns its name as soon as it exists. */
async function writeTemp(file: BatchFile, onCreated: (temp: string) => void): Promise<void> {
  const folder = dirname(file.absolute);
  const temp = join(folder, `.${basename(file.absolute)}.${randomBytes(6).toString('hex')}.pw-tmp`);
  const { mode } = file;
  const handle = await open(temp, 'wx', mode ?? 0o666);
  onCreated(temp);
  try {
    await handle.writeFile(file.data);
    if (mode !== undefined) {
      // open() applies the umask; an existing file's bits must come back exactly.
      await handle.chmod(mode);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the renames into a folder durable on POSIX (Windows cannot open a folder to sync it). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') {
    return;
  }
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network, FUSE) refuse to sync a folder; the data itself is already synced.
  }
}
