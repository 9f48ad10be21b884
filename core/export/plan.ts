import type {
  ExportAssetOp,
  ExportFileOp,
  ExportFixId,
  ExportWarning,
  GeneratorId,
  SlugStyle,
  WorkspacePath,
} from '../api';
import type { PostDate } from './dates';
import type { ExportRecord } from './export-state';
import { collisionWarnings } from './collisions';
import { memoFor, postInputOf, preparedFor, repoPostKeysFor, type PlanMemo } from './plan-memo';
import { oldImagesOf } from './old-images';
import { planPost, type PostPlan } from './plan-post';
import { presetFor } from './presets/index';
import type { RepoFacts } from './repo-facts';
import { recordingSnapshot, type MissingLookup, type PlanSnapshot } from './snapshot';

export { createPlanMemo, preparePostInto, type PlanMemo } from './plan-memo';

/** A post to export, as the runner read it. */
export interface PostInput {
  path: WorkspacePath;
  text: string;
  /** The title the index shows (used for a slug when nothing better exists). */
  title: string;
}

/** Everything `planExport` looks at; the runner gathers it, planning does no I/O. */
export interface PlanInput {
  preset: GeneratorId;
  repo: RepoFacts;
  posts: PostInput[];
  /** Posts already in the repository (relative path and text), for collision checks. */
  repoPosts: { path: string; text: string }[];
  /** What earlier exports to this target remembered, per post path. */
  state: Readonly<Record<WorkspacePath, ExportRecord>>;
  slugStyle: SlugStyle;
  fixes: readonly ExportFixId[];
  /** The local wall-clock time of the export. */
  today: PostDate;
  snapshot: PlanSnapshot;
  hashText: (text: string) => string;
  /**
   * Work kept between the rounds of one planning (`createPlanMemo`, `preparePostInto`): each post
   * is parsed and scanned once, not once per round. Optional; the plan is the same without it.
   */
  memo?: PlanMemo;
}

/** The plan's content (the runner adds id, target and time), and what applying must check. */
export interface PlanDraft {
  files: ExportFileOp[];
  assets: (ExportAssetOp & { isForeign: boolean })[];
  warnings: ExportWarning[];
  /** What to remember per post once applied (posts whose file is unchanged included). */
  records: Record<WorkspacePath, ExportRecord>;
  /** Every repository path the plan writes or removes, with the hash it had (null: absent). */
  base: Record<string, string | null>;
  /**
   * Every workspace file the plan was made from (posts and images), with the hash planning read:
   * applying writes what was reviewed, so a source that changed since refuses the export.
   */
  sources: Record<WorkspacePath, string>;
  /** Lookups the runner must still gather; when not empty, plan again. */
  missing: MissingLookup[];
}

/** Plans an export: files with complete content, images, warnings; writes nothing. */
export function planExport(input: PlanInput): PlanDraft {
  const preset = presetFor(input.preset);
  const { snapshot, missing } = recordingSnapshot(input.snapshot);
  const ownAssetHashes = new Map<string, string>();
  const exportedPaths = new Map<string, WorkspacePath>();
  for (const [postPath, record] of Object.entries(input.state)) {
    exportedPaths.set(record.path, postPath);
    for (const [path, hash] of Object.entries(record.assets)) {
      ownAssetHashes.set(path, hash);
    }
  }
  const memo = memoFor(input);
  const plans: PostPlan[] = input.posts.map((post) =>
    planPost(
      { ...postInputOf(input, post), snapshot, ownAssetHashes, exportedPaths },
      preparedFor(memo, input, post),
    ),
  );
  const warnings = plans.flatMap((plan) => plan.warnings);
  warnings.unshift(
    ...input.repo.configErrors.map((error): ExportWarning => ({
      code: 'config-error',
      postPath: input.posts[0]?.path ?? '',
      message: `${error.file} in the repository cannot be read (${error.message}); Postwright's defaults are used for it. Fix the file, then review again.`,
      details: { file: error.file, error: error.message },
    })),
  );
  warnings.push(
    ...collisionWarnings(plans, input.state, repoPostKeysFor(memo, input.repoPosts, preset)),
  );

  const draft: PlanDraft = {
    files: [],
    assets: [],
    warnings,
    records: {},
    base: {},
    sources: {},
    missing,
  };
  const assetsByTarget = new Map<string, PlanDraft['assets'][number]>();
  const usedElsewhere = imageUsers(input.state, plans);
  for (const plan of plans) {
    if (plan.file === null || plan.record === null) {
      continue;
    }
    draft.records[plan.postPath] = plan.record;
    draft.sources[plan.postPath] = plan.record.sourceHash;
    if (!plan.unchanged) {
      const old = oldImagesOf(plan, input.state[plan.postPath], usedElsewhere, snapshot);
      warnings.push(...old.warnings);
      for (const image of old.removed) {
        draft.base[image.path] = image.hash;
      }
      draft.files.push(
        old.removed.length === 0
          ? plan.file
          : { ...plan.file, removedImages: old.removed.map((image) => image.path) },
      );
      draft.base[plan.file.targetPath] = hashOf(snapshot, plan.file.targetPath);
      if (plan.file.previousPath !== undefined) {
        draft.base[plan.file.previousPath] = hashOf(snapshot, plan.file.previousPath);
      }
    }
    for (const asset of plan.images) {
      const source = snapshot.workspaceAsset(asset.sourcePath);
      if (source !== null && source !== undefined && source !== 'outside') {
        draft.sources[asset.sourcePath] = source.hash;
      }
      const first = assetsByTarget.get(asset.targetPath);
      if (first === undefined) {
        const op = { ...asset, postPaths: [plan.postPath] };
        assetsByTarget.set(asset.targetPath, op);
        draft.assets.push(op);
        const current = snapshot.repoAsset(asset.targetPath);
        draft.base[asset.targetPath] =
          current === null || current === undefined || current === 'outside' ? null : current.hash;
      } else if (first.sourcePath === asset.sourcePath) {
        // Copied once, for every post that links it: it is left alone only with all of them.
        if (!(first.postPaths ?? []).includes(plan.postPath)) {
          first.postPaths = [...(first.postPaths ?? []), plan.postPath];
        }
      } else {
        warnings.push({
          code: 'path-collision',
          postPath: plan.postPath,
          message: `${asset.sourcePath} and ${first.sourcePath} would both be copied to ${asset.targetPath}; only ${first.sourcePath} is.`,
          details: { path: asset.targetPath, other: first.sourcePath },
        });
      }
    }
  }
  return draft;
}

/** Whether an image is used by a post other than the one given: remembered, or in this plan. */
function imageUsers(
  state: PlanInput['state'],
  plans: readonly PostPlan[],
): (path: string, postPath: WorkspacePath) => boolean {
  const users = new Map<string, Set<WorkspacePath>>();
  const add = (path: string, postPath: WorkspacePath): void => {
    const known = users.get(path);
    if (known === undefined) {
      users.set(path, new Set([postPath]));
    } else {
      known.add(postPath);
    }
  };
  for (const [postPath, record] of Object.entries(state)) {
    for (const path of Object.keys(record.assets)) {
      add(path, postPath);
    }
  }
  for (const plan of plans) {
    for (const image of plan.images) {
      add(image.targetPath, plan.postPath);
    }
  }
  return (path, postPath) => [...(users.get(path) ?? [])].some((user) => user !== postPath);
}

function hashOf(snapshot: PlanSnapshot, path: string): string | null {
  const info = snapshot.repoFile(path);
  return info === null || info === undefined ? null : info.hash;
}
