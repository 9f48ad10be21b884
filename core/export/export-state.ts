import type { WorkspacePath } from '../api';

/** What Postwright remembers about one post exported to one target. */
export interface ExportRecord {
  /** The file it wrote, relative to the target root. */
  path: string;
  slug: string;
  /** The date the file name and front matter were made from (`YYYY-MM-DD...`). */
  date: string;
  /** sha256 of the content written: a file with another hash was changed by someone else. */
  hash: string;
  /** sha256 of the post's text when it was exported ("Export changed posts"). */
  sourceHash: string;
  /** Images written: target path -> sha256. */
  assets: Record<string, string>;
  exportedAt: string;
  /**
   * The post's title when it was exported: a post renamed in the workspace finds its earlier
   * export by it (absent from records written before it was kept).
   */
  title?: string;
}

/** `<root>/.postwright/export-state.json`: per target id, per post path. */
export interface ExportState {
  version: 1;
  targets: Record<string, Record<WorkspacePath, ExportRecord>>;
}

/** An empty state. */
export function emptyExportState(): ExportState {
  return { version: 1, targets: {} };
}

/** Reads the state file's JSON, dropping anything malformed (it is a cache of facts, never trusted). */
export function parseExportState(json: string): ExportState {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return emptyExportState();
  }
  const state = emptyExportState();
  const targets = isRecord(data) && isRecord(data.targets) ? data.targets : {};
  for (const [targetId, posts] of Object.entries(targets)) {
    if (!isRecord(posts)) {
      continue;
    }
    const records: Record<string, ExportRecord> = Object.create(null) as Record<
      string,
      ExportRecord
    >;
    for (const [postPath, record] of Object.entries(posts)) {
      const parsed = parseRecord(record);
      if (parsed !== null) {
        records[postPath] = parsed;
      }
    }
    state.targets[targetId] = records;
  }
  return state;
}

function parseRecord(value: unknown): ExportRecord | null {
  if (!isRecord(value)) {
    return null;
  }
  const { path, slug, date, hash, sourceHash, exportedAt, assets } = value;
  if (
    ![path, slug, date, hash, sourceHash, exportedAt].every((field) => typeof field === 'string')
  ) {
    return null;
  }
  const assetMap: Record<string, string> = {};
  if (isRecord(assets)) {
    for (const [target, assetHash] of Object.entries(assets)) {
      if (typeof assetHash === 'string') {
        assetMap[target] = assetHash;
      }
    }
  }
  const parsed: ExportRecord = {
    path: path as string,
    slug: slug as string,
    date: date as string,
    hash: hash as string,
    sourceHash: sourceHash as string,
    exportedAt: exportedAt as string,
    assets: assetMap,
  };
  return typeof value.title === 'string' ? { ...parsed, title: value.title } : parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a new state with the records of one target replaced or added, and those of `dropped`
 * posts removed (a renamed post's record moves to its new path).
 */
export function withRecords(
  state: ExportState,
  targetId: string,
  records: Record<WorkspacePath, ExportRecord>,
  dropped: readonly WorkspacePath[] = [],
): ExportState {
  const drop = new Set(dropped);
  const kept = Object.fromEntries(
    Object.entries(state.targets[targetId] ?? {}).filter(([path]) => !drop.has(path)),
  );
  return {
    version: 1,
    targets: { ...state.targets, [targetId]: { ...kept, ...records } },
  };
}
