import { readFile, stat } from 'node:fs/promises';
import { ApiError } from '../../../core/api';
import type {
  AssetInfo,
  MissingLookup,
  PlanSnapshot,
  RepoFileInfo,
} from '../../../core/export/snapshot';
import { errorCode } from '../fs/atomic-write';
import { resolveInside } from '../fs/confine';
import { sha256 } from '../fs/text-codec';

/** Largest image export copies (larger files are reported as missing rather than read whole). */
const maxAssetBytes = 200 * 1024 * 1024;

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

  constructor(
    private readonly repoRoot: string,
    private readonly workspaceRoot: string,
  ) {}

  repoFile(path: string): RepoFileInfo | null | undefined {
    return this.repoFiles.get(path);
  }

  repoAsset(path: string): AssetInfo | null | 'outside' | undefined {
    return this.repoAssets.get(path);
  }

  workspaceAsset(path: string): AssetInfo | null | 'outside' | undefined {
    return this.workspaceAssets.get(path);
  }

  /** Reads what planning asked for and did not have. */
  async gather(missing: readonly MissingLookup[]): Promise<void> {
    for (const lookup of missing) {
      if (lookup.kind === 'repoFile') {
        const bytes = await readBytes(this.repoRoot, lookup.path);
        this.repoFiles.set(
          lookup.path,
          bytes === null || bytes === 'outside'
            ? null
            : { text: Buffer.from(bytes).toString('utf8'), hash: sha256(bytes) },
        );
      } else {
        const root = lookup.kind === 'repoAsset' ? this.repoRoot : this.workspaceRoot;
        const bytes = await readBytes(root, lookup.path);
        const info =
          bytes === null || bytes === 'outside'
            ? bytes
            : { hash: sha256(bytes), size: bytes.byteLength };
        (lookup.kind === 'repoAsset' ? this.repoAssets : this.workspaceAssets).set(
          lookup.path,
          info,
        );
      }
    }
  }
}

/**
 * A file's bytes; null when it is absent (or a folder), 'outside' when it resolves out of `root`.
 *
 * A name written composed (NFC) also finds the file stored decomposed (NFD, as macOS and some
 * archives write `é`), and the other way round.
 */
export async function readBytes(
  root: string,
  path: string,
): Promise<Uint8Array | null | 'outside'> {
  const bytes = await readBytesAsNamed(root, path);
  if (bytes !== null || !/[^\p{ASCII}]/u.test(path)) {
    return bytes;
  }
  for (const form of ['NFD', 'NFC'] as const) {
    const other = path.normalize(form);
    if (other !== path) {
      const found = await readBytesAsNamed(root, other);
      if (found !== null) {
        return found;
      }
    }
  }
  return null;
}

async function readBytesAsNamed(
  root: string,
  path: string,
): Promise<Uint8Array | null | 'outside'> {
  let absolute: string;
  try {
    absolute = await resolveInside(root, path);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'E_OUTSIDE_WORKSPACE') {
      return 'outside';
    }
    throw error;
  }
  try {
    const info = await stat(absolute);
    if (!info.isFile() || info.size > maxAssetBytes) {
      return null;
    }
    return await readFile(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
      return null;
    }
    throw error;
  }
}
