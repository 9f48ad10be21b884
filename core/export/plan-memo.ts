import { repoPostKeys, type RepoPostKey } from './collisions';
import type { PlanInput, PostInput } from './plan';
import { preparePost, type PostPlanInput, type PreparedPost } from './plan-post';
import { presetFor } from './presets/index';
import type { ExportPreset } from './presets/types';

/** What preparing a post depends on besides the post: the same for every post of one planning. */
export type PrepareInput = Pick<
  PlanInput,
  'preset' | 'repo' | 'state' | 'slugStyle' | 'fixes' | 'today' | 'hashText'
>;

/**
 * Per-post work that needs no lookup, kept for one planning: each post is parsed and scanned once,
 * not once per round, and may be prepared while other posts are still being read.
 */
export interface PlanMemo {
  /** The options it was filled with; other options (another repository...) start it over. */
  key: readonly unknown[] | null;
  prepared: Map<PostInput, PreparedPost>;
  repoPosts: { from: PlanInput['repoPosts']; keys: RepoPostKey[] } | null;
}

/** An empty memo for one planning. */
export function createPlanMemo(): PlanMemo {
  return { key: null, prepared: new Map(), repoPosts: null };
}

/** Prepares one post into the memo ahead of `planExport` (which then finds it ready). */
export function preparePostInto(memo: PlanMemo, input: PrepareInput, post: PostInput): void {
  preparedFor(memoFor({ ...input, memo }), input, post);
}

/** The memo of this planning, emptied when the options changed; or a fresh one. */
export function memoFor(input: PrepareInput & { memo?: PlanMemo }): PlanMemo {
  const memo = input.memo ?? createPlanMemo();
  const key = [input.preset, input.repo, input.state, input.slugStyle, input.fixes, input.today];
  if (memo.key === null || memo.key.some((value, index) => value !== key[index])) {
    memo.key = key;
    memo.prepared.clear();
    memo.repoPosts = null;
  }
  return memo;
}

/** A post's lookup-free preparation, from the memo or made now. */
export function preparedFor(memo: PlanMemo, input: PrepareInput, post: PostInput): PreparedPost {
  let prepared = memo.prepared.get(post);
  if (prepared === undefined) {
    prepared = preparePost(postInputOf(input, post));
    memo.prepared.set(post, prepared);
  }
  return prepared;
}

/** What planning one post needs, but the lookups. */
export function postInputOf(
  input: PrepareInput,
  post: PostInput,
): Omit<PostPlanInput, 'snapshot' | 'ownAssetHashes' | 'exportedPaths'> {
  return {
    postPath: post.path,
    text: post.text,
    title: post.title,
    preset: presetFor(input.preset),
    repo: input.repo,
    record: input.state[post.path],
    slugStyle: input.slugStyle,
    fixes: input.fixes,
    today: input.today,
    hashText: input.hashText,
  };
}

/** The repository posts' collision keys, from the memo when they are the same posts. */
export function repoPostKeysFor(
  memo: PlanMemo,
  repoPosts: PlanInput['repoPosts'],
  preset: ExportPreset,
): RepoPostKey[] {
  if (memo.repoPosts?.from !== repoPosts) {
    memo.repoPosts = { from: repoPosts, keys: repoPostKeys(repoPosts, preset.permalinkKey) };
  }
  return memo.repoPosts.keys;
}
