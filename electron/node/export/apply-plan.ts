import { rm, stat } from 'node:fs/promises';
import { ApiError, type ExportResult } from '../../../core/api';
import {
  withRecords,
  type ExportRecord,
  type ExportState,
} from '../../../core/export/export-state';
import { groupBy } from '../../../core/export/group-by';
import { sharedTargets } from '../../../core/export/shared-targets';
import { isReadOnlyFor, readOnlyFileError } from '../fs/read-only';
import { sha256 } from '../fs/text-codec';
import { fileKey, writeFilesAtomic, type BatchFile } from './batch-write';
import { ConfinedPaths } from './confined-paths';
import { mapInParallel } from './in-parallel';
import type { StoredPlan } from './plan-runner';
import { readBytes, readPlannedHash } from './snapshot-reader';
import { preflightWrites, writeFailure } from './write-preflight';

/** What applying returns: the contract's result plus the foreign files left alone. */
export type ApplyResult = ExportResult & { skipped: string[] };

/** Reads a post's text the way planning read it (decoded, as the editor has it). */
export type ReadPostText = (path: string) => Promise<string>;

/**
 * Writes exactly the plan: each file atomically, images copied, renamed files' old copies removed.
 *
 * The files are written as one batch (`writeFilesAtomic`): a failure while writing leaves the
 * repository as it was; a crash leaves every file whole, old or new.
 *
 * Refuses with E_EXISTS when two posts would be written to one file, and with E_CONFLICT when any
 * repository file the plan touches, or any post or image it was made from, changed after
 * planning. Leaves files Postwright did not write alone unless they are listed in `replace`, and
 * with a post left alone, the images only it links.
 */
export async function applyPlan(
  stored: StoredPlan,
  replace: readonly string[],
  state: ExportState,
  readPostText: ReadPostText,
): Promise<{ result: ApplyResult; state: ExportState }> {
  const folder = stored.plan.target.path;
  const repoPaths = new ConfinedPaths(folder);
  const workspacePaths = new ConfinedPaths(stored.workspaceRoot);
  requireOneWriterPerFile(stored);
  const base = Object.entries(stored.draft.base);
  const now = await mapInParallel(base, ([path]) => readPlannedHash(repoPaths, path));
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
  const skippedPosts = new Set(
    stored.draft.files.filter((file) => !isWritten(file)).map((file) => file.postPath),
  );
  // An image belongs to the posts that link it: with all of them left alone, it is not copied
  // (it would be an orphan in the repository, linked by nothing).
  const isNeeded = (asset: { postPaths?: string[] }): boolean =>
    asset.postPaths === undefined || asset.postPaths.some((post) => !skippedPosts.has(post));
  const assets = stored.draft.assets.filter(
    (asset) => asset.kind !== 'unchanged' && isWritten(asset) && isNeeded(asset),
  );
  await preflightWrites(repoPaths, [
    ...files.map((file) => file.targetPath),
    ...assets.map((asset) => asset.targetPath),
  ]);
  await requireSourcesAsPlanned(stored, readPostText);
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
    // What is copied is what was reviewed: an image replaced since is not the planned one.
    if (sha256(bytes) !== stored.draft.sources[sourcePath]) {
      throw sourceChanged([sourcePath]);
    }
    sourceBytes.set(sourcePath, bytes);
  });
  const result: ApplyResult = { written: [], copied: [], removed: [], skipped: [] };
  const copied = new Set<string>();
  for (const asset of stored.draft.assets) {
    if (asset.kind === 'unchanged') {
      copied.add(asset.targetPath);
    } else if (!isNeeded(asset)) {
      continue;
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
      result.removed.push(...(file.removedImages ?? []));
    } else {
      result.skipped.push(file.targetPath);
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
  // The old copy's own images go with it (planning kept any other post's or any changed one).
  for (const file of files) {
    for (const image of file.removedImages ?? []) {
      await rm(await repoPaths.resolve(image), { force: true });
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
  // A renamed post's record now lives under its new path (once that post was exported).
  const moved = Object.entries(stored.adopted)
    .filter(([postPath]) => records[postPath] !== undefined)
    .map(([, from]) => from);
  return { result, state: withRecords(state, stored.plan.target.id, records, moved) };
}

/** Refuses a plan in which two posts go to one file: one would silently replace the other. */
function requireOneWriterPerFile(stored: StoredPlan): void {
  const writes = Object.entries(stored.draft.records).map(([postPath, record]) => ({
    postPath,
    path: record.path,
  }));
  const shared = sharedTargets(writes)[0];
  if (shared !== undefined) {
    throw new ApiError(
      'E_EXISTS',
      `${shared.postPaths.join(' and ')} would both be written to ${shared.path}, and one would replace the other. Give one of them another slug or date, or export them one at a time. Nothing was written.`,
      { reason: 'path-collision', path: shared.path, posts: shared.postPaths.join(', ') },
    );
  }
}

/**
 * Refuses when a post the plan was made from is no longer the text that was planned: the export
 * writes what the user reviewed or nothing. (Images are compared when they are read for copying.)
 */
async function requireSourcesAsPlanned(
  stored: StoredPlan,
  readPostText: ReadPostText,
): Promise<void> {
  const posts = Object.keys(stored.draft.records);
  const now = await mapInParallel(posts, async (path) => {
    try {
      return sha256(Buffer.from(await readPostText(path), 'utf8'));
    } catch {
      // Gone, unreadable or re-encoded: in any case not the text that was planned.
      return null;
    }
  });
  const changed = posts.filter((path, index) => now[index] !== stored.draft.sources[path]);
  if (changed.length > 0) {
    throw sourceChanged(changed);
  }
}

function sourceChanged(paths: string[]): ApiError {
  return new ApiError(
    'E_CONFLICT',
    `${paths.join(', ')} changed in the workspace after the export was planned, so the plan no longer shows what would be written. Review the export again. Nothing was written.`,
    { reason: 'source-changed', paths, path: paths.join(', ') },
  );
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
