import type { ExportWarning, PostEntry, WorkspacePath } from '../../../core/api';
import type { ExportRecord } from '../../../core/export/export-state';

/** What one target remembers, per post path. */
type Records = Readonly<Record<WorkspacePath, ExportRecord>>;

/** A post renamed in the workspace since its last export, and the record it takes over. */
export interface AdoptedRecord {
  /** The post's path before (its record's key). */
  from: WorkspacePath;
  record: ExportRecord;
}

/**
 * Records of posts no longer in the workspace: a post that was renamed (in the app, in a file
 * manager, with git) left its record behind under its old path.
 */
export function orphanRecords(records: Records, entries: readonly PostEntry[]): Records {
  const present = new Set(entries.map((entry) => entry.path));
  return Object.fromEntries(Object.entries(records).filter(([path]) => !present.has(path)));
}

/**
 * The earlier export a post without a record of its own continues: the one orphaned record with
 * its text (renamed, not edited) or, failing that, its title (renamed, then edited). Two such
 * records are two candidates: none is guessed.
 */
export function adoptedRecord(
  post: { title: string; sourceHash: string | null },
  orphans: Records,
  taken: ReadonlySet<WorkspacePath>,
): AdoptedRecord | null {
  const free = Object.entries(orphans).filter(([from]) => !taken.has(from));
  const byText = free.filter(([, record]) => record.sourceHash === post.sourceHash);
  const byTitle = post.title === '' ? [] : free.filter(([, record]) => record.title === post.title);
  const [found] = byText.length === 1 ? byText : byTitle.length === 1 ? byTitle : [];
  return found === undefined ? null : { from: found[0], record: found[1] };
}

/** Says that the post continues an export made under its old name, and which file it updates. */
export function earlierExportWarning(
  postPath: WorkspacePath,
  adopted: AdoptedRecord,
): ExportWarning {
  return {
    code: 'earlier-export',
    postPath,
    message: `This post was exported before as ${adopted.from}, to ${adopted.record.path}; this export continues that one (the same file, renamed only if its slug or date changed).`,
    details: { other: adopted.from, path: adopted.record.path },
  };
}
