import type { ExportAssetOp, ExportWarning, WorkspacePath } from '../api';
import { safeFileName, uniqueName } from '../workspace/safe-name';
import { findAssetTags, tagArgument, tagAsMarkdown, type AssetTag } from './hexo-tags';
import {
  encodeLinkName,
  findImageRefs,
  markdownDestination,
  resolveLink,
  type ImageRef,
  type LinkTarget,
} from './images';
import { assetTagCandidates, coverCandidates, coverFields, firstExisting } from './image-sources';
import type { ScannedBody } from './markdown-scan';
import { joinPath } from './presets/common';
import type { ExportPreset, FieldEdit, PostFacts } from './presets/types';
import type { RepoFacts } from './repo-facts';
import { isConfinedTargetPath } from './safe-path';
import { siteFieldLink, siteImageLink } from './site-links';
import type { PlanSnapshot } from './snapshot';

/** What planning the images of one post produced. */
export interface ImagePlan {
  lineEdits: { line: number; start: number; end: number; text: string }[];
  fieldEdits: FieldEdit[];
  assets: (ExportAssetOp & { isForeign: boolean })[];
  warnings: ExportWarning[];
}

interface Context {
  postPath: WorkspacePath;
  bodyStartLine: number;
  facts: PostFacts;
  postTargetPath: string;
  preset: ExportPreset;
  repo: RepoFacts;
  snapshot: PlanSnapshot;
  /** Hashes Postwright wrote to these target paths before (any post of this target). */
  ownAssetHashes: ReadonlyMap<string, string>;
}

/**
 * Decides where each image of a post goes and how its links change.
 *
 * Relative links go where the preset puts a post's images; site-root links (`/images/x.png`) keep
 * their link and land under the site's root folder. A link that leaves the workspace is never read.
 */
export function planImages(scan: ScannedBody, ctx: Context): ImagePlan {
  const plan: ImagePlan = { lineEdits: [], fieldEdits: [], assets: [], warnings: [] };
  const placed = new Map<string, { targetPath: string; link: string } | null>();
  const usedNames: string[] = [];

  const nameFor = (target: LinkTarget & { kind: 'local' }): string =>
    uniqueName(
      safeFileName(
        target.workspacePath.slice(target.workspacePath.lastIndexOf('/') + 1).replace(/\s+/g, '-'),
      ),
      usedNames,
    );
  // While an image's own lookup is not answered yet, where it would go in the repository is asked
  // for too, so both are read in the same round. A guess: a wrong one costs one read and a round,
  // never a different plan (only answered lookups are ever used).
  const foresee = (candidates: readonly (LinkTarget & { kind: 'local' })[]): void => {
    for (const target of candidates) {
      const targetPath =
        target.siteRootPath === null
          ? ctx.preset.placeImage(nameFor(target), ctx.facts, ctx.postTargetPath, ctx.repo)
              .targetPath
          : joinPath(ctx.preset.siteRoot(ctx.repo), target.siteRootPath);
      if (isConfinedTargetPath(targetPath, [''])) {
        ctx.snapshot.repoAsset(targetPath);
      }
    }
  };

  const place = (
    target: LinkTarget & { kind: 'local' },
    url: string,
    line: number | null,
  ): { targetPath: string; link: string } | null => {
    const known = placed.get(target.workspacePath);
    if (known !== undefined) {
      return known;
    }
    const info = ctx.snapshot.workspaceAsset(target.workspacePath);
    if (info === undefined) {
      return null;
    }
    if (info === 'outside') {
      plan.warnings.push(unsafe(ctx.postPath, url, 'a link that leaves the workspace'));
      placed.set(target.workspacePath, null);
      return null;
    }
    if (info === null && target.siteRootPath !== null) {
      // A site-root image the blog already has (uploaded before) is not missing.
      const inRepo = joinPath(ctx.preset.siteRoot(ctx.repo), target.siteRootPath);
      const there = isConfinedTargetPath(inRepo, ['']) ? ctx.snapshot.repoAsset(inRepo) : null;
      if (there === undefined) {
        return null;
      }
      if (there !== null && there !== 'outside') {
        const kept = { targetPath: inRepo, link: url };
        placed.set(target.workspacePath, kept);
        return kept;
      }
    }
    if (info === null) {
      plan.warnings.push({
        code: 'missing-image',
        postPath: ctx.postPath,
        message: `The image ${url} does not exist in the workspace.`,
        details: line === null ? { image: url } : { image: url, line: ctx.bodyStartLine + line },
      });
      placed.set(target.workspacePath, null);
      return null;
    }
    if (info.limit !== undefined) {
      plan.warnings.push({
        code: 'image-too-large',
        postPath: ctx.postPath,
        message: `The image ${url} is ${megabytes(info.size)}, more than the ${megabytes(info.limit)} export copies. It is not copied, and its link is left as written.`,
        details: {
          image: url,
          size: megabytes(info.size),
          limit: megabytes(info.limit),
          ...(line === null ? {} : { line: ctx.bodyStartLine + line }),
        },
      });
      placed.set(target.workspacePath, null);
      return null;
    }
    let placement: { targetPath: string; link: string };
    if (target.siteRootPath !== null) {
      placement = {
        targetPath: joinPath(ctx.preset.siteRoot(ctx.repo), target.siteRootPath),
        link: url,
      };
    } else {
      const name = nameFor(target);
      usedNames.push(name);
      const placed = ctx.preset.placeImage(name, ctx.facts, ctx.postTargetPath, ctx.repo);
      // The link names the file as written on disk, encoded so it leads back to it (`g%20h.png`).
      placement = placed.link.endsWith(name)
        ? {
            targetPath: placed.targetPath,
            link: placed.link.slice(0, placed.link.length - name.length) + encodeLinkName(name),
          }
        : placed;
    }
    if (!isConfinedTargetPath(placement.targetPath, [''])) {
      plan.warnings.push(unsafe(ctx.postPath, url, 'a name that cannot be written safely'));
      placed.set(target.workspacePath, null);
      return null;
    }
    const current = ctx.snapshot.repoAsset(placement.targetPath);
    if (current === undefined) {
      return null;
    }
    if (current === 'outside') {
      plan.warnings.push(
        unsafe(ctx.postPath, placement.targetPath, 'a repository folder that links outside it'),
      );
      placed.set(target.workspacePath, null);
      return null;
    }
    const isForeign =
      current !== null &&
      current.hash !== info.hash &&
      ctx.ownAssetHashes.get(placement.targetPath) !== current.hash;
    if (isForeign) {
      plan.warnings.push({
        code: 'foreign-file',
        postPath: ctx.postPath,
        message: `${placement.targetPath} already exists in the repository with other content; it is replaced only if you choose Replace.`,
        details: { path: placement.targetPath },
      });
    }
    plan.assets.push({
      sourcePath: target.workspacePath,
      targetPath: placement.targetPath,
      kind: current === null ? 'create' : current.hash === info.hash ? 'unchanged' : 'update',
      size: info.size,
      isForeign,
    });
    placed.set(target.workspacePath, placement);
    return placement;
  };

  const hexoFolder = ctx.preset.id === 'hexo' && ctx.repo.hexoAssetFolder;
  const asAssetTag = hexoFolder && !ctx.repo.hexoPostAsset;
  const found = foundIn(scan, ctx.postPath);
  for (const { ref, target } of found.refs) {
    if (target.kind === 'remote') {
      continue;
    }
    if (target.kind === 'unsafe') {
      plan.warnings.push(unsafe(ctx.postPath, ref.url, target.reason));
      continue;
    }
    // A bare name may live in Hexo's asset folder named after the post.
    const inAssetFolder =
      target.siteRootPath === null && !/^\.?\.?\//.test(ref.url)
        ? assetTagCandidates(ref.url, ctx.postPath)
        : null;
    const candidates =
      inAssetFolder === null || 'reason' in inAssetFolder ? [target] : [target, ...inAssetFolder];
    const found = firstExisting(candidates, ctx.snapshot);
    if (found === undefined) {
      foresee(candidates);
      continue;
    }
    const placement = place(found ?? target, ref.url, ref.line);
    if (
      placement !== null &&
      ref.whole !== undefined &&
      asAssetTag &&
      !placement.link.includes('/')
    ) {
      // Hexo shows `![](name.png)` of an asset folder only on the post's own page; the tag works everywhere.
      const title = ref.whole.alt.trim();
      plan.lineEdits.push({
        line: ref.line,
        start: ref.whole.start,
        end: ref.whole.end,
        text: `{% asset_img ${tagArgument(fileNameOf(placement))}${title === '' ? '' : ` ${tagArgument(title)}`} %}`,
      });
    } else if (placement !== null) {
      const link = siteImageLink(placement.link, ctx.preset, ctx.repo);
      if (link !== ref.url) {
        plan.lineEdits.push({
          line: ref.line,
          start: ref.start,
          end: ref.end,
          text: markdownDestination(link, ref.syntax),
        });
      }
    }
  }
  for (const tag of found.tags) {
    const candidates = assetTagCandidates(tag.name, ctx.postPath);
    if ('reason' in candidates) {
      plan.warnings.push(unsafe(ctx.postPath, tag.name, candidates.reason));
      continue;
    }
    const found = firstExisting(candidates, ctx.snapshot);
    const chosen = found ?? candidates[0];
    if (found === undefined || chosen === undefined) {
      foresee(candidates);
      continue;
    }
    const placement = place(chosen, tag.name, tag.line);
    if (placement === null) {
      continue;
    }
    if (hexoFolder && !placement.link.includes('/')) {
      if (fileNameOf(placement) !== tag.name) {
        plan.lineEdits.push({
          line: tag.line,
          start: tag.nameStart,
          end: tag.nameEnd,
          text: tagArgument(fileNameOf(placement)),
        });
      }
    } else {
      // Only Hexo with asset folders knows these tags; elsewhere they become Markdown.
      plan.lineEdits.push({
        line: tag.line,
        start: tag.start,
        end: tag.end,
        text: tagAsMarkdown(tag, siteImageLink(placement.link, ctx.preset, ctx.repo)),
      });
    }
  }
  for (const field of coverFields(ctx.facts.data, ctx.preset.id)) {
    const candidates = coverCandidates(field, ctx.postPath);
    if (candidates === null) {
      continue;
    }
    if ('reason' in candidates) {
      plan.warnings.push({
        ...unsafe(ctx.postPath, field.value, candidates.reason),
        details: { field: field.path.join('.'), value: field.value },
      });
      continue;
    }
    const found = firstExisting(candidates, ctx.snapshot);
    if (found === undefined) {
      foresee(candidates);
      continue;
    }
    const chosen = found ?? candidates[0];
    const placement = chosen === undefined ? null : place(chosen, field.value, null);
    if (placement === null) {
      continue;
    }
    const link =
      field.style === 'images-relative'
        ? placement.targetPath.replace(/^images\//, '')
        : siteFieldLink(placement.link, ctx.preset, ctx.repo);
    if (link === field.value) {
      continue;
    }
    const [parent, child] = field.path;
    plan.fieldEdits.push(
      child === undefined
        ? { op: 'set', key: parent, value: { kind: 'string', text: link } }
        : { op: 'set-nested', parent, child, text: link },
    );
  }
  return plan;
}

/** The image references (with where they point) and Hexo tags of a body: they depend on it alone. */
interface FoundImages {
  postPath: WorkspacePath;
  refs: { ref: ImageRef; target: LinkTarget }[];
  tags: AssetTag[];
}

// Planning runs in rounds over the same scanned bodies; each body is searched once.
const foundInScans = new WeakMap<ScannedBody, FoundImages>();

function foundIn(scan: ScannedBody, postPath: WorkspacePath): FoundImages {
  const known = foundInScans.get(scan);
  if (known !== undefined && known.postPath === postPath) {
    return known;
  }
  const found: FoundImages = {
    postPath,
    refs: findImageRefs(scan).map((ref) => ({ ref, target: resolveLink(ref.url, postPath) })),
    tags: findAssetTags(scan),
  };
  foundInScans.set(scan, found);
  return found;
}

/** `250.3 MB`, `200 MB`: a size as the warning says it. */
function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

/** A Hexo asset tag names the file itself, as stored, not a URL to it. */
function fileNameOf(placement: { targetPath: string }): string {
  return placement.targetPath.slice(placement.targetPath.lastIndexOf('/') + 1);
}

function unsafe(postPath: WorkspacePath, value: string, reason: string): ExportWarning {
  return {
    code: 'unsafe-path',
    postPath,
    message: `${value}: ${reason}; it is not exported.`,
    details: { value, reason },
  };
}
