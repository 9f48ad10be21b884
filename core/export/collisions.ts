import type { ExportWarning, WorkspacePath } from '../api';
import { scanFrontMatter } from '../post/split';
import { parseForExport } from './front-matter-edit';
import type { PlanInput } from './plan';
import type { PostPlan } from './plan-post';
import { groupBy } from './group-by';

/** What collision checks need of a post already in the repository. */
export interface RepoPostKey {
  path: string;
  permalink: string | null;
  slug: string;
}

/** The repository's posts as collision checks compare them: permalink and published name. */
export function repoPostKeys(
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
export function collisionWarnings(
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
  // The address each planned post is published at, declared or computed: the first per address.
  const firstByUrl = new Map<string, { postPath: WorkspacePath; path: string }>();

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
    const url = plan.file?.url;
    if (url !== undefined && url !== null && plan.record !== null) {
      const key = normalizePermalink(url);
      if (!firstByUrl.has(key)) {
        firstByUrl.set(key, { postPath: plan.postPath, path: plan.record.path });
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
    if (plan.permalink !== null) {
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
        return;
      }
    }
    addressClash(plan, plan.record.path);
  }

  /**
   * A declared permalink against the address another planned post gets computed (or declared):
   * the generator writes both pages to one place. Posts on one file are a path collision instead.
   */
  function addressClash(plan: PostPlan, path: string): void {
    const url = plan.file?.url;
    if (url === undefined || url === null) {
      return;
    }
    const first = firstByUrl.get(normalizePermalink(url));
    if (first === undefined || first.path === path) {
      return;
    }
    warnings.push({
      code: 'permalink-collision',
      postPath: plan.postPath,
      message: `The address ${url} is also where ${first.postPath} is published; one of the two pages would be lost.`,
      details: { permalink: url, other: first.postPath },
    });
  }
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
  // Slashes trimmed by hand: `/\/+$/` rescanned a run of slashes from each of them.
  const trimmed = value.trim();
  let start = 0;
  let end = trimmed.length;
  while (start < end && trimmed[start] === '/') {
    start++;
  }
  while (end > start && trimmed[end - 1] === '/') {
    end--;
  }
  return `/${trimmed.slice(start, end).replace(/\.html$/, '')}`;
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
