import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  ApiError,
  type ExportFixId,
  type ExportPlan,
  type ExportTarget,
  type ExportWarning,
  type PostEntry,
  type WorkspacePath,
} from '../../../core/api';
import { fromWallClock } from '../../../core/export/dates';
import type { ExportRecord, ExportState } from '../../../core/export/export-state';
import {
  createPlanMemo,
  planExport,
  preparePostInto,
  type PlanDraft,
  type PostInput,
} from '../../../core/export/plan';
import { presetFor } from '../../../core/export/presets/index';
import { readRepoFacts } from '../../../core/export/repo-facts';
import { sha256 } from '../fs/text-codec';
import type { ExportServiceContext } from './export-service';
import { ConfinedPaths } from './confined-paths';
import { mapInParallel } from './in-parallel';
import { readRepoListing } from './repo-listing';
import { adoptedRecord, earlierExportWarning, orphanRecords } from './renamed-posts';
import { SnapshotReader } from './snapshot-reader';
import { preflightWrites } from './write-preflight';
import { requireFolder, requireOutsideWorkspace, requireWritesOutside } from './targets';

/** A plan kept in memory until it is applied or expires. */
export interface StoredPlan {
  plan: ExportPlan;
  draft: PlanDraft;
  workspaceRoot: string;
  expiresAt: number;
  /** Renamed posts: new path -> the old path whose record it took over (dropped once applied). */
  adopted: Record<WorkspacePath, WorkspacePath>;
}

const fixIds: readonly ExportFixId[] = ['wrap-liquid-raw', 'convert-inline-math'];
const maxRepoPosts = 5000;
const maxRepoPostBytes = 1024 * 1024;

/** What the user asked to plan. */
export interface PlanRequest {
  paths?: string[];
  changedOnly?: boolean;
  fixes?: string[];
}

/** Reads the posts, the repository and the state, and plans the export (writes nothing). */
export async function makePlan(
  ctx: ExportServiceContext,
  target: ExportTarget,
  state: ExportState,
  request: PlanRequest,
): Promise<{
  plan: ExportPlan;
  draft: PlanDraft;
  adopted: Record<WorkspacePath, WorkspacePath>;
}> {
  const folder = await requireFolder(target.path);
  await requireOutsideWorkspace(folder, ctx.root);
  const records = state.targets[target.id] ?? {};
  const entries = await ctx.listPosts();
  const orphans = orphanRecords(records, entries);
  const listing = await readRepoListing(folder);
  const repo = { ...readRepoFacts(listing), draftStyle: target.draftStyle ?? 'drafts-folder' };
  const preset = presetFor(target.preset);
  const fixes = (request.fixes ?? []).filter((fix): fix is ExportFixId =>
    (fixIds as readonly string[]).includes(fix),
  );
  const now = new Date();
  const today = fromWallClock({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
    minute: now.getMinutes(),
    second: now.getSeconds(),
  });
  const settings = ctx.getWorkspaceSettings();
  const options = {
    preset: target.preset,
    repo,
    state: records,
    slugStyle: settings.slugStyle,
    fixes,
    today,
    hashText: (text: string) => sha256(Buffer.from(text, 'utf8')),
  };
  // Each post is parsed and scanned as soon as it is read, while the next ones are being read
  // (and the repository's posts too): the reading hides behind the planning's own work.
  const memo = createPlanMemo();
  const [read, repoPosts] = await Promise.all([
    selectPosts(ctx, entries, records, orphans, request, (post) => {
      preparePostInto(memo, options, post);
    }),
    readRepoPosts(folder, listing.paths, preset.postFolders(repo)),
  ]);
  // A renamed post continues its earlier export: it takes over the record left under its old path.
  const adopted: Record<WorkspacePath, WorkspacePath> = {};
  const adoptedRecords: Record<WorkspacePath, ExportRecord> = {};
  const notes: ExportWarning[] = [];
  const posts = read.filter((post) => {
    const own = records[post.path];
    if (own !== undefined) {
      return request.changedOnly !== true || post.sourceHash !== own.sourceHash;
    }
    const found = adoptedRecord(post, orphans, new Set(Object.values(adopted)));
    if (found === null) {
      return request.changedOnly !== true;
    }
    if (request.changedOnly === true && post.sourceHash === found.record.sourceHash) {
      return false;
    }
    adopted[post.path] = found.from;
    adoptedRecords[post.path] = found.record;
    notes.push(earlierExportWarning(post.path, found));
    return true;
  });
  const planState =
    notes.length === 0
      ? records
      : {
          ...Object.fromEntries(
            Object.entries(records).filter(([path]) => !Object.values(adopted).includes(path)),
          ),
          ...adoptedRecords,
        };
  const snapshot = new SnapshotReader(folder, ctx.root);
  let draft: PlanDraft;
  // Planning asks for the files it needs; each round reads them. Image targets depend on the
  // images found, so a few rounds are enough.
  for (let round = 0; ; round++) {
    draft = planExport({ ...options, state: planState, posts, repoPosts, snapshot, memo });
    if (draft.missing.length === 0) {
      break;
    }
    if (round >= 8) {
      throw new ApiError('E_INTERNAL', 'Export planning did not settle.', {
        missing: draft.missing.length,
      });
    }
    await snapshot.gather(draft.missing);
  }
  const writes = [
    ...draft.files.map((file) => file.targetPath),
    ...draft.assets.filter((asset) => asset.kind !== 'unchanged').map((asset) => asset.targetPath),
  ];
  // A read-only folder, a file where a folder must be or a link out of the repository is said
  // while reviewing, not after pressing Export.
  await preflightWrites(snapshot.repoPaths, writes);
  await requireWritesOutside(folder, ctx.root, [
    ...draft.files.flatMap((file) => [file.targetPath, file.previousPath ?? file.targetPath]),
    ...draft.assets.map((asset) => asset.targetPath),
  ]);
  draft.warnings.push(...notes);
  const plan: ExportPlan = {
    id: randomUUID(),
    target,
    files: draft.files,
    assets: draft.assets,
    warnings: draft.warnings,
    createdAt: now.toISOString(),
  };
  return { plan, draft, adopted };
}

/** A post read for planning, with the hash of its text (to compare with its record's). */
type ReadPost = PostInput & { sourceHash: string };

/**
 * The posts asked for, or with `changedOnly` every post exported before (under its path, or
 * renamed since: titled as an orphaned record) whose text changed since, several read at a time;
 * `onRead` gets each post as soon as it is read. (Which of those changed is decided by the caller,
 * once renamed posts found their records.)
 */
async function selectPosts(
  ctx: ExportServiceContext,
  entries: PostEntry[],
  records: ExportState['targets'][string],
  orphans: ExportState['targets'][string],
  request: PlanRequest,
  onRead: (post: PostInput) => void,
): Promise<ReadPost[]> {
  const titles = new Map(entries.map((entry) => [entry.path, entry.title]));
  if (request.changedOnly === true) {
    const orphanTitles = new Set(Object.values(orphans).map((record) => record.title));
    const exported = entries.filter(
      (entry) =>
        records[entry.path] !== undefined || (entry.title !== '' && orphanTitles.has(entry.title)),
    );
    const read = await mapInParallel(exported, async (entry): Promise<ReadPost | null> => {
      let text: string;
      try {
        text = await ctx.readPostText(entry.path);
      } catch {
        // A post that cannot be read now (e.g. re-saved in another encoding) is left out of the
        // batch rather than failing it; exporting it alone reports why.
        return null;
      }
      const sourceHash = sha256(Buffer.from(text, 'utf8'));
      if (sourceHash === records[entry.path]?.sourceHash) {
        return null;
      }
      const post = { path: entry.path, text, title: entry.title, sourceHash };
      onRead(post);
      return post;
    });
    return read.filter((post) => post !== null);
  }
  const paths = request.paths ?? [];
  if (paths.length === 0) {
    throw new ApiError('E_INVALID_ARGUMENT', 'Choose at least one post to export.');
  }
  // A post that cannot be read fails the plan: the first such post in the list's order.
  return mapInParallel([...new Set(paths)], async (path) => {
    const text = await ctx.readPostText(path);
    const post = {
      path,
      text,
      title: titles.get(path) ?? '',
      sourceHash: sha256(Buffer.from(text, 'utf8')),
    };
    onRead(post);
    return post;
  });
}

/** The repository's own posts (for collision checks), bounded in number and size. */
async function readRepoPosts(
  folder: string,
  paths: string[],
  folders: string[],
): Promise<{ path: string; text: string }[]> {
  const wanted = paths.filter(
    (path) =>
      /\.(?:md|markdown|mdx)$/i.test(path) &&
      folders.some((root) =>
        root === '' ? path.split('/').length <= 2 : path.startsWith(`${root}/`),
      ),
  );
  // A hostile repository may link a "post" to any file of the user's: only what resolves inside
  // the repository is read.
  const confined = new ConfinedPaths(folder);
  const read = await mapInParallel(wanted.slice(0, maxRepoPosts), async (path) => {
    try {
      const bytes = await readFile(await confined.resolve(path));
      return bytes.byteLength <= maxRepoPostBytes ? { path, text: bytes.toString('utf8') } : null;
    } catch {
      // A file that vanished or cannot be read simply takes no part in collision checks.
      return null;
    }
  });
  return read.filter((post) => post !== null);
}
