import { readFile } from 'node:fs/promises';
import { ApiError } from '../../../core/api';
import type {
  AssetInfo,
  MissingLookup,
  PlanSnapshot,
  RepoFileInfo,
} from '../../../core/export/snapshot';
import { errorCode } from '../fs/atomic-write';
import { sha256 } from '../fs/text-codec';
import { ConfinedPaths, type ConfinedPath } from './confined-paths';
import { mapInParallel } from './in-parallel';

/** Largest image export copies (larger files are not read, and said to be too large). */
export const maxAssetBytes = 200 * 1024 * 1024;

/** A file that exists but is larger than `maxAssetBytes` (its size): it is never read. */
interface TooLarge {
  tooLarge: number;
}

/**
 * The files planning looked at, read from disk on demand (see `PlanSnapshot`).
 *
 * Every path goes through `resolveInside`, so a symbolic link out of the repository or the
 * workspace is reported as 'outside' and never read.
 */
export class SnapshotReader implements PlanSnapshot {
  private readonly repoFiles = new Map<string, RepoFileInfo | null>();
  private readonly repoAssets = new Map<string, AssetInfo | null | 'outside'>();
  private readonly workspaceAssets = new Map<string, AssetInfo | null | 'outside'>();
  /** The repository's paths as this planning saw them (the write preflight looks at them too). */
  readonly repoPaths: ConfinedPaths;
  private readonly workspacePaths: ConfinedPaths;

  constructor(repoRoot: string, workspaceRoot: string) {
    this.repoPaths = new ConfinedPaths(repoRoot);
    this.workspacePaths = new ConfinedPaths(workspaceRoot);
  }

  repoFile(path: string): RepoFileInfo | null | undefined {
    return this.repoFiles.get(path);
  }

  repoAsset(path: string): AssetInfo | null | 'outside' | undefined {
    return this.repoAssets.get(path);
  }

  workspaceAsset(path: string): AssetInfo | null | 'outside' | undefined {
    return this.workspaceAssets.get(path);
  }

  /** Reads what planning asked for and did not have (several files at a time). */
  async gather(missing: readonly MissingLookup[]): Promise<void> {
    await mapInParallel(missing, async (lookup) => {
      if (lookup.kind === 'repoFile') {
        const bytes = await readBytes(this.repoPaths, lookup.path);
        this.repoFiles.set(
          lookup.path,
          bytes === null || bytes === 'outside'
            ? null
            : { text: Buffer.from(bytes).toString('utf8'), hash: sha256(bytes) },
        );
      } else {
        const paths = lookup.kind === 'repoAsset' ? this.repoPaths : this.workspacePaths;
        const bytes = await readAnyBytes(paths, lookup.path);
        const info =
          bytes === null || bytes === 'outside'
            ? bytes
            : 'tooLarge' in bytes
              ? { hash: '', size: bytes.tooLarge, limit: maxAssetBytes }
              : { hash: sha256(bytes), size: bytes.byteLength };
        (lookup.kind === 'repoAsset' ? this.repoAssets : this.workspaceAssets).set(
          lookup.path,
          info,
        );
      }
    });
  }
}

/**
 * A file's bytes; null when it is absent (or a folder), 'outside' when it resolves out of `root`.
 *
 * A name written composed (NFC) also finds the file stored decomposed (NFD, as macOS and some
 * archives write `é`), and the other way round.
 */
export async function readBytes(
  paths: ConfinedPaths,
  path: string,
): Promise<Uint8Array | null | 'outside'> {
  const bytes = await readAnyBytes(paths, path);
  return bytes !== null && bytes !== 'outside' && 'tooLarge' in bytes ? null : bytes;
}

/**
 * The hash planning recorded for a repository file: its sha256, '' for a file too large to read
 * (as `AssetInfo` has it), null when it is absent or resolves outside.
 */
export async function readPlannedHash(paths: ConfinedPaths, path: string): Promise<string | null> {
  const bytes = await readAnyBytes(paths, path);
  if (bytes === null || bytes === 'outside') {
    return null;
  }
  return 'tooLarge' in bytes ? '' : sha256(bytes);
}

/** As `readBytes`, but a file larger than `maxAssetBytes` is told apart (its size), not read. */
async function readAnyBytes(
  paths: ConfinedPaths,
  path: string,
): Promise<Uint8Array | TooLarge | null | 'outside'> {
  const bytes = await readBytesAsNamed(paths, path);
  if (bytes !== null || !/[^\p{ASCII}]/u.test(path)) {
    return bytes;
  }
  for (const form of ['NFD', 'NFC'] as const) {
    const other = path.normalize(form);
    if (other !== path) {
      const found = await readBytesAsNamed(paths, other);
      if (found !== null) {
        return found;
      }
    }
  }
  return null;
}

async function readBytesAsNamed(
  paths: ConfinedPaths,
  path: string,
): Promise<Uint8Array | TooLarge | null | 'outside'> {
  let found: ConfinedPath;
  try {
    found = await paths.inspect(path);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'E_OUTSIDE_WORKSPACE') {
      return 'outside';
    }
    throw error;
  }
  // The resolved path is a real path (no link left to follow), so its lstat is its stat.
  if (found.stats === null || !found.stats.isFile()) {
    return null;
  }
  if (found.stats.size > maxAssetBytes) {
    return { tooLarge: found.stats.size };
  }
  try {
    return await readFile(found.absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
      return null;
    }
    throw error;
  }
}
