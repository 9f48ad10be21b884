import type { ExportAssetOp, ExportWarning, WorkspacePath } from '../api';
import { safeFileName, uniqueName } from '../workspace/safe-name';
import { findImageRefs, markdownDestination, resolveLink, type LinkTarget } from './images';
import type { ScannedBody } from './markdown-scan';
import { joinPath } from './presets/common';
import type { ExportPreset, FieldEdit, PostFacts } from './presets/types';
import type { RepoFacts } from './repo-facts';
import { isConfinedTargetPath } from './safe-path';
import type { PlanSnapshot } from './snapshot';

/** Front-matter keys that name a cover image (top-level strings only). */
export const coverImageKeys = [
  'image',
  'cover',
  'heroImage',
  'thumbnail',
  'featured_image',
  'featuredImage',
  'banner',
];

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

  const place = (
    target: LinkTarget & { kind: 'local' },
    url: string,
    line: number | null,
  ): { link: string } | null => {
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
    let placement: { targetPath: string; link: string };
    if (target.siteRootPath !== null) {
      placement = {
        targetPath: joinPath(ctx.preset.siteRoot(ctx.repo), target.siteRootPath),
        link: url,
      };
    } else {
      const name = uniqueName(
        safeFileName(
          target.workspacePath
            .slice(target.workspacePath.lastIndexOf('/') + 1)
            .replace(/\s+/g, '-'),
        ),
        usedNames,
      );
      usedNames.push(name);
      placement = ctx.preset.placeImage(name, ctx.facts, ctx.postTargetPath, ctx.repo);
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

  for (const ref of findImageRefs(scan)) {
    const target = resolveLink(ref.url, ctx.postPath);
    if (target.kind === 'remote') {
      continue;
    }
    if (target.kind === 'unsafe') {
      plan.warnings.push(unsafe(ctx.postPath, ref.url, target.reason));
      continue;
    }
    const placement = place(target, ref.url, ref.line);
    if (placement !== null && placement.link !== ref.url) {
      plan.lineEdits.push({
        line: ref.line,
        start: ref.start,
        end: ref.end,
        text: markdownDestination(placement.link, ref.syntax),
      });
    }
  }
  for (const key of coverImageKeys) {
    const value = ctx.facts.data[key];
    if (typeof value !== 'string' || value.trim() === '') {
      continue;
    }
    const target = resolveLink(value, ctx.postPath);
    if (target.kind === 'unsafe') {
      plan.warnings.push({
        ...unsafe(ctx.postPath, value, target.reason),
        details: { field: key, value },
      });
      continue;
    }
    if (target.kind === 'local') {
      const placement = place(target, value, null);
      if (placement !== null && placement.link !== value) {
        plan.fieldEdits.push({ op: 'set', key, value: { kind: 'string', text: placement.link } });
      }
    }
  }
  return plan;
}

function unsafe(postPath: WorkspacePath, value: string, reason: string): ExportWarning {
  return {
    code: 'unsafe-path',
    postPath,
    message: `${value}: ${reason}; it is not exported.`,
    details: { value, reason },
  };
}
