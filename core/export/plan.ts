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
import { parseForExport } from './front-matter-edit';
import { planPost, preparePost, type PostPlan, type PreparedPost } from './plan-post';
import { presetFor } from './presets/index';
import { scanFrontMatter } from '../post/split';
import type { RepoFacts } from './repo-facts';
import { recordingSnapshot, type MissingLookup, type PlanSnapshot } from './snapshot';

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
   * Work kept between the rounds of one planning (`createPlanMemo`): each post is parsed and
   * scanned once, not once per round. Optional; the plan is the same with or without it.
   */
  memo?: PlanMemo;
}

/** Per-post work that needs no lookup, kept between the rounds of one planning. */
export interface PlanMemo {
  /** The input of the first round; a round with other posts, repository or options starts over. */
  key: readonly unknown[] | null;
  prepared: Map<PostInput, PreparedPost>;
  repoPosts: RepoPostKey[] | null;
}

/** An empty memo for the rounds of one planning. */
export function createPlanMemo(): PlanMemo {
  return { key: null, prepared: new Map(), repoPosts: null };
}

/** What collision checks need of a post already in the repository. */
interface RepoPostKey {
  path: string;
  permalink: string | null;
  slug: string;
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
  /** Lookups the runner must still gather; when not empty, plan again. */
  missing: MissingLookup[];
}

/** Plans an export: files with complete content, images, warnings; writes nothing. */
export function planExport(input: PlanInput): PlanDraft {
  const preset = presetFor(input.preset);
  const { snapshot, missing } = recordingSnapshot(input.snapshot);
  const ownAssetHashes = new Map<string, string>();
  for (const record of Object.values(input.state)) {
    for (const [path, hash] of Object.entries(record.assets)) {
      ownAssetHashes.set(path, hash);
    }
  }
  const memo = memoFor(input);
  const plans: PostPlan[] = input.posts.map((post) => {
    const postInput = {
      postPath: post.path,
      text: post.text,
      title: post.title,
      preset,
      repo: input.repo,
      record: input.state[post.path],
      slugStyle: input.slugStyle,
      fixes: input.fixes,
      today: input.today,
      snapshot,
      ownAssetHashes,
      hashText: input.hashText,
    };
    let prepared = memo.prepared.get(post);
    if (prepared === undefined) {
      prepared = preparePost(postInput);
      memo.prepared.set(post, prepared);
    }
    return planPost(postInput, prepared);
  });
  const warnings = plans.flatMap((plan) => plan.warnings);
  warnings.unshift(
    ...input.repo.configErrors.map((error): ExportWarning => ({
      code: 'config-error',
      postPath: input.posts[0]?.path ?? '',
      message: `${error.file} in the repository cannot be read (${error.message}); Postwright's defaults are used for it. Fix the file, then review again.`,
      details: { file: error.file, error: error.message },
    })),
  );
  memo.repoPosts ??= repoPostKeys(input.repoPosts, preset.permalinkKey);
  warnings.push(...collisionWarnings(plans, input.state, memo.repoPosts));

  const draft: PlanDraft = { files: [], assets: [], warnings, records: {}, base: {}, missing };
  const assetSources = new Map<string, string>();
  for (const plan of plans) {
    if (plan.file === null || plan.record === null) {
      continue;
    }
    draft.records[plan.postPath] = plan.record;
    if (!plan.unchanged) {
      draft.files.push(plan.file);
      draft.base[plan.file.targetPath] = hashOf(snapshot, plan.file.targetPath);
      if (plan.file.previousPath !== undefined) {
        draft.base[plan.file.previousPath] = hashOf(snapshot, plan.file.previousPath);
      }
    }
    for (const asset of plan.images) {
      const other = assetSources.get(asset.targetPath);
      if (other === undefined) {
        assetSources.set(asset.targetPath, asset.sourcePath);
        draft.assets.push(asset);
        const current = snapshot.repoAsset(asset.targetPath);
        draft.base[asset.targetPath] =
          current === null || current === undefined || current === 'outside' ? null : current.hash;
      } else if (other !== asset.sourcePath) {
        warnings.push({
          code: 'path-collision',
          postPath: plan.postPath,
          message: `${asset.sourcePath} and ${other} would both be copied to ${asset.targetPath}; only ${other} is.`,
          details: { path: asset.targetPath, other },
        });
      }
    }
  }
  return draft;
}

function hashOf(snapshot: PlanSnapshot, path: string): string | null {
  const info = snapshot.repoFile(path);
  return info === null || info === undefined ? null : info.hash;
}

/** The memo of this planning: the input's own, reset when the input changed; or a fresh one. */
function memoFor(input: PlanInput): PlanMemo {
  const memo = input.memo ?? createPlanMemo();
  const key = [
    input.preset,
    input.repo,
    input.posts,
    input.repoPosts,
    input.state,
    input.slugStyle,
    input.fixes,
    input.today,
  ];
  if (memo.key === null || memo.key.some((value, index) => value !== key[index])) {
    memo.key = key;
    memo.prepared.clear();
    memo.repoPosts = null;
  }
  return memo;
}

/** The repository's posts as collision checks compare them: permalink and published name. */
function repoPostKeys(
  repoPosts: PlanInput['repoPosts'],
  permalinkKey: string | null,
): RepoPostKey[] {
  const keys = ['slug', 'permalink', ...(permalinkKey === null ? [] : [permalinkKey])];
  return repoPosts.map((post) => {
    if (!mayDeclare(post.text, keys)) {
      return { path: post.path, permalink: null, slug: slugKey(post.path, undefined) };
    }
    const parsed = parseForExport(post.text);
    const declared =
      permalinkKey === null ? undefined : (parsed.data[permalinkKey] ?? parsed.data.permalink);
    return {
      path: post.path,
      permalink: typeof declared === 'string' ? normalizePermalink(declared) : null,
      slug: slugKey(post.path, parsed.data.slug),
    };
  });
}

/**
 * Whether a post's front matter may hold one of `keys`; false only when it surely holds none.
 *
 * A blog's own posts are parsed only for their slug and permalink, and most declare neither: a key
 * is always written out in the block (YAML, TOML and JSON can spell it otherwise only with a
 * backslash escape), so a block without those words and without a backslash needs no parse.
 */
function mayDeclare(text: string, keys: readonly string[]): boolean {
  const scan = scanFrontMatter(text, true);
  if (scan.kind !== 'block') {
    return false;
  }
  const content = text.slice(scan.block.contentFrom, scan.block.contentTo);
  return content.includes('\\') || keys.some((key) => content.includes(key));
}

/**
 * Permalinks and file names another post (in the repository or in this plan) already uses.
 *
 * Each post is compared with the posts before it through maps, not pair by pair: a thousand posts
 * made half a million comparisons.
 */
function collisionWarnings(
  plans: PostPlan[],
  state: PlanInput['state'],
  repoPosts: readonly RepoPostKey[],
): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const ownPaths = new Map<string, WorkspacePath>();
  for (const plan of plans) {
    if (plan.record !== null) {
      ownPaths.set(plan.record.path, plan.postPath);
    }
  }
  const exported = new Map<string, WorkspacePath>();
  for (const [postPath, record] of Object.entries(state)) {
    exported.set(record.path, postPath);
  }
  const repoBySlug = groupBy(repoPosts, (post) => post.slug);
  const repoByPermalink = groupBy(repoPosts, (post) => post.permalink);
  // The posts planned so far: every one per target path, the first per permalink.
  const earlierByPath = new Map<string, WorkspacePath[]>();
  const firstByPermalink = new Map<string, WorkspacePath>();

  for (const plan of plans) {
    collisionsOf(plan);
    if (plan.record !== null) {
      const earlier = earlierByPath.get(plan.record.path);
      if (earlier === undefined) {
        earlierByPath.set(plan.record.path, [plan.postPath]);
      } else {
        earlier.push(plan.postPath);
      }
    }
    if (plan.permalink !== null) {
      const key = normalizePermalink(plan.permalink);
      if (!firstByPermalink.has(key)) {
        firstByPermalink.set(key, plan.postPath);
      }
    }
  }
  return warnings;

  function collisionsOf(plan: PostPlan): void {
    if (plan.record === null) {
      return;
    }
    const own = new Set([plan.record.path, state[plan.postPath]?.path]);
    const slug = plan.record.slug.normalize('NFC').toLowerCase();
    for (const other of earlierByPath.get(plan.record.path) ?? []) {
      warnings.push(pathCollision(plan.postPath, plan.record.path, other));
    }
    const exportedBy = exported.get(plan.record.path);
    if (
      exportedBy !== undefined &&
      exportedBy !== plan.postPath &&
      !ownPaths.has(plan.record.path)
    ) {
      warnings.push(pathCollision(plan.postPath, plan.record.path, exportedBy));
    }
    const isOther = (post: RepoPostKey): boolean =>
      !own.has(post.path) && !isPlanned(post.path, ownPaths, plan.postPath);
    const sameSlug = repoBySlug.get(slug)?.find(isOther);
    if (sameSlug !== undefined) {
      warnings.push(pathCollision(plan.postPath, plan.record.path, sameSlug.path));
    }
    if (plan.permalink === null) {
      return;
    }
    const permalink = normalizePermalink(plan.permalink);
    const clash =
      repoByPermalink.get(permalink)?.find(isOther)?.path ?? firstByPermalink.get(permalink);
    if (clash !== undefined) {
      warnings.push({
        code: 'permalink-collision',
        postPath: plan.postPath,
        message: `The permalink ${plan.permalink} is already used by ${clash}; one of the two pages would be lost.`,
        details: { permalink: plan.permalink, other: clash },
      });
    }
  }
}

/** Items by key, each list in the items' order (null keys left out). */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) {
      continue;
    }
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, [item]);
    } else {
      group.push(item);
    }
  }
  return groups;
}

/** A repository file this plan itself writes for another post (checked in-plan instead). */
function isPlanned(
  path: string,
  ownPaths: ReadonlyMap<string, WorkspacePath>,
  postPath: WorkspacePath,
): boolean {
  const by = ownPaths.get(path);
  return by !== undefined && by !== postPath;
}

function pathCollision(postPath: WorkspacePath, path: string, other: string): ExportWarning {
  return {
    code: 'path-collision',
    postPath,
    message: `${path} is also where ${other} goes; choose another slug for one of them.`,
    details: { path, other },
  };
}

/** `/posts/2013/08/blog-post-2/` and `posts/2013/08/blog-post-2` are the same page. */
function normalizePermalink(value: string): string {
  return `/${value
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.html$/, '')}`;
}

/** The name a repository post is published under: declared slug, else its file name's. */
function slugKey(path: string, declared: unknown): string {
  if (typeof declared === 'string' && declared.trim() !== '') {
    return declared.trim().normalize('NFC').toLowerCase();
  }
  // macOS writes names decomposed (NFD): `café` on disk is the same post as Postwright's `café`.
  const parts = path.normalize('NFC').split('/');
  let name = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  if (/^_?index(?:\.[a-z-]+)?$/i.test(name)) {
    name = parts.at(-2) ?? name;
  }
  return name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '').toLowerCase();
}
