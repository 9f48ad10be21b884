import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ApiError, type ExportResult } from '../../../core/api';
import {
  withRecords,
  type ExportRecord,
  type ExportState,
} from '../../../core/export/export-state';
import { writeFileAtomic } from '../fs/atomic-write';
import { resolveInside } from '../fs/confine';
import { sha256 } from '../fs/text-codec';
import type { StoredPlan } from './plan-runner';
import { readBytes } from './snapshot-reader';
import { preflightWrites, writeFailure } from './write-preflight';

/** What applying returns: the contract's result plus the foreign files left alone. */
export type ApplyResult = ExportResult & { skipped: string[] };

/**
 * Writes exactly the plan: each file atomically, images copied, renamed files' old copies removed.
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
  const changed: string[] = [];
  for (const [path, hash] of Object.entries(stored.draft.base)) {
    const bytes = await readBytes(folder, path);
    const now = bytes === null || bytes === 'outside' ? null : sha256(bytes);
    if (now !== hash) {
      changed.push(path);
    }
  }
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
  await preflightWrites(folder, [
    ...stored.draft.files
      .filter((file) => !file.isForeign || replaced.has(file.targetPath))
      .map((file) => file.targetPath),
    ...stored.draft.assets
      .filter(
        (asset) =>
          asset.kind !== 'unchanged' && (!asset.isForeign || replaced.has(asset.targetPath)),
      )
      .map((asset) => asset.targetPath),
  ]);
  // Images are read before anything is written: one that vanished fails the export untouched.
  const imageBytes = new Map<string, Uint8Array>();
  for (const asset of stored.draft.assets) {
    if (asset.kind === 'unchanged' || (asset.isForeign && !replaced.has(asset.targetPath))) {
      continue;
    }
    const bytes = await readBytes(stored.workspaceRoot, asset.sourcePath);
    if (bytes === null || bytes === 'outside') {
      throw new ApiError(
        'E_NOT_FOUND',
        `The image ${asset.sourcePath} disappeared after the export was planned. Review the export again.`,
        { path: asset.sourcePath },
      );
    }
    imageBytes.set(asset.targetPath, bytes);
  }
  const result: ApplyResult = { written: [], copied: [], removed: [], skipped: [] };
  const skippedPosts = new Set<string>();
  const copied = new Set<string>();
  for (const asset of stored.draft.assets) {
    const bytes = imageBytes.get(asset.targetPath);
    if (asset.kind === 'unchanged') {
      copied.add(asset.targetPath);
    } else if (bytes === undefined) {
      result.skipped.push(asset.targetPath);
    } else {
      // Images first: a post is never published pointing at an image not yet there.
      await writeInto(folder, asset.targetPath, bytes);
      result.copied.push(asset.targetPath);
      copied.add(asset.targetPath);
    }
  }
  for (const file of stored.draft.files) {
    if (file.isForeign && !replaced.has(file.targetPath)) {
      result.skipped.push(file.targetPath);
      skippedPosts.add(file.postPath);
      continue;
    }
    await writeInto(folder, file.targetPath, file.content);
    result.written.push(file.targetPath);
    if (file.kind === 'rename' && file.previousPath !== undefined) {
      await rm(await resolveInside(folder, file.previousPath), { force: true });
      result.removed.push(file.previousPath);
    }
  }
  const exportedAt = new Date().toISOString();
  const records: Record<string, ExportRecord> = {};
  for (const [postPath, record] of Object.entries(stored.draft.records)) {
    if (skippedPosts.has(postPath)) {
      continue;
    }
    const assets = Object.fromEntries(
      Object.entries(record.assets).filter(([path]) => copied.has(path)),
    );
    records[postPath] = { ...record, assets, exportedAt };
  }
  return { result, state: withRecords(state, stored.plan.target.id, records) };
}

async function writeInto(folder: string, path: string, data: string | Uint8Array): Promise<void> {
  const absolute = await resolveInside(folder, path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, data);
  } catch (error) {
    throw writeFailure(error, path);
  }
}
