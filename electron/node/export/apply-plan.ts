import { rm, stat } from 'node:fs/promises';
import { ApiError, type ExportResult } from '../../../core/api';
import {
  withRecords,
  type ExportRecord,
  type ExportState,
} from '../../../core/export/export-state';
import { groupBy } from '../../../core/export/group-by';
import { isReadOnlyFor, readOnlyFileError } from '../fs/read-only';
import { sha256 } from '../fs/text-codec';
import { fileKey, writeFilesAtomic, type BatchFile } from './batch-write';
import { ConfinedPaths } from './confined-paths';
import { mapInParallel } from './in-parallel';
import type { StoredPlan } from './plan-runner';
import { readBytes } from './snapshot-reader';
import { preflightWrites, writeFailure } from './write-preflight';

/** What applying returns: the contract's result plus the foreign files left alone. */
export type ApplyResult = ExportResult & { skipped: string[] };

/**
 * Writes exactly the plan: each file atomically, images copied, renamed files' old copies removed.
 *
 * The files are written as one batch (`writeFilesAtomic`): a failure while writing leaves the
 * repository as it was; a crash leaves every file whole, old or new.
 *
 * Refuses with E_CONFLICT when any repository file the plan touches changed after planning; leaves
 * files Postwright did not write alone unless they are listed in `replace`.
 */
export async function applyPlan(
  stored: StoredPlan,
  replace: readonly string[],
  state: ExportState,
): Promise<{ result: ApplyResult; state: ExportState }> {
  const folder = stored.plan.target.path;
  const repoPaths = new ConfinedPaths(folder);
  const workspacePaths = new ConfinedPaths(stored.workspaceRoot);
  const base = Object.entries(stored.draft.base);
  const now = await mapInParallel(base, async ([path]) => {
    const bytes = await readBytes(repoPaths, path);
    return bytes === null || bytes === 'outside' ? null : sha256(bytes);
  });
  const changed = base.filter(([, hash], index) => now[index] !== hash).map(([path]) => path);
  if (changed.length > 0) {
    throw new ApiError(
      'E_CONFLICT',
      `The repository changed after the export was planned (${changed.join(', ')}). Review the export again.`,
      {
        paths: changed,
      },
    );
  }
  const replaced = new Set(replace);
  const isWritten = (op: { isForeign: boolean; targetPath: string }): boolean =>
    !op.isForeign || replaced.has(op.targetPath);
  const files = stored.draft.files.filter(isWritten);
  const assets = stored.draft.assets.filter(
    (asset) => asset.kind !== 'unchanged' && isWritten(asset),
  );
  await preflightWrites(repoPaths, [
    ...files.map((file) => file.targetPath),
    ...assets.map((asset) => asset.targetPath),
  ]);
  // Images are read before anything is written: one that vanished fails the export untouched.
  // Many posts share an image: each source is read once.
  const sources = [...new Set(assets.map((asset) => asset.sourcePath))];
  const sourceBytes = new Map<string, Uint8Array>();
  await mapInParallel(sources, async (sourcePath) => {
    const bytes = await readBytes(workspacePaths, sourcePath);
    if (bytes === null || bytes === 'outside') {
      throw new ApiError(
        'E_NOT_FOUND',
        `The image ${sourcePath} disappeared after the export was planned. Review the export again.`,
        { path: sourcePath },
      );
    }
    sourceBytes.set(sourcePath, bytes);
  });
  const result: ApplyResult = { written: [], copied: [], removed: [], skipped: [] };
  const skippedPosts = new Set<string>();
  const copied = new Set<string>();
  for (const asset of stored.draft.assets) {
    if (asset.kind === 'unchanged') {
      copied.add(asset.targetPath);
    } else if (!isWritten(asset)) {
      result.skipped.push(asset.targetPath);
    } else {
      result.copied.push(asset.targetPath);
      copied.add(asset.targetPath);
    }
  }
  for (const file of stored.draft.files) {
    if (isWritten(file)) {
      result.written.push(file.targetPath);
      if (file.kind === 'rename' && file.previousPath !== undefined) {
        result.removed.push(file.previousPath);
      }
    } else {
      result.skipped.push(file.targetPath);
      skippedPosts.add(file.postPath);
    }
  }
  const toBatch = async (path: string, data: string | Uint8Array): Promise<BatchFile> => {
    const { absolute, stats } = await repoPaths.inspect(path);
    // Renaming over a file needs only its folder writable: a file made read-only in the repository
    // is refused as a direct write would be, before any file of the batch is written.
    if (stats?.isFile() === true && isReadOnlyFor(stats)) {
      throw writeFailure(readOnlyFileError(absolute), path);
    }
    // The path resolved to a real file (no link left), so its lstat is what stat would say.
    return { absolute, data, path, mode: stats === null ? undefined : stats.mode & 0o7777 };
  };
  // Images first: a post is never published pointing at an image not yet there.
  await writeFilesAtomic(
    [
      await mapInParallel(assets, (asset) =>
        toBatch(asset.targetPath, sourceBytes.get(asset.sourcePath) ?? new Uint8Array()),
      ),
      await mapInParallel(files, (file) => toBatch(file.targetPath, file.content)),
    ],
    writeFailure,
  );
  // One by one, a renamed post's old copy was removed right after its new copy was written, and a
  // later post written to that same file brought it back: so is it here.
  const writers = groupBy([...files.entries()], ([, file]) => fileKey(file.targetPath));
  for (const [index, file] of files.entries()) {
    if (file.kind !== 'rename' || file.previousPath === undefined) {
      continue;
    }
    const previous = await repoPaths.resolve(file.previousPath);
    let isWrittenLater = false;
    for (const [later, laterFile] of writers.get(fileKey(file.previousPath)) ?? []) {
      if (later > index) {
        isWrittenLater ||= await isSameFile(
          previous,
          await repoPaths.resolve(laterFile.targetPath),
        );
      }
    }
    if (!isWrittenLater) {
      await rm(previous, { force: true });
    }
  }
  const exportedAt = new Date().toISOString();
  const records: Record<string, ExportRecord> = {};
  for (const [postPath, record] of Object.entries(stored.draft.records)) {
    if (skippedPosts.has(postPath)) {
      continue;
    }
    const recordAssets = Object.fromEntries(
      Object.entries(record.assets).filter(([path]) => copied.has(path)),
    );
    records[postPath] = { ...record, assets: recordAssets, exportedAt };
  }
  return { result, state: withRecords(state, stored.plan.target.id, records) };
}

/** Whether two paths are one file on disk (the same path, or another case of it where case is ignored). */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (a === b) {
    return true;
  }
  try {
    const [one, other] = await Promise.all([stat(a), stat(b)]);
    return one.dev === other.dev && one.ino === other.ino;
  } catch {
    return false;
  }
}
