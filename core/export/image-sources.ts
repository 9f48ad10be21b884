import type { WorkspacePath } from '../api';
import { resolveLink, type LinkTarget } from './images';
import type { PlanSnapshot } from './snapshot';

/** Top-level front-matter keys that name a cover image. */
export const coverImageKeys = [
  'image',
  'cover',
  'heroImage',
  'thumbnail',
  'featured_image',
  'featuredImage',
  'banner',
];

/**
 * Keys one level down that name a cover image (minimal-mistakes `header`, Hugo `cover`, Chirpy's
 * `image: { path, alt }`).
 */
const nestedCoverKeys: readonly (readonly [string, string])[] = [
  ['header', 'teaser'],
  ['header', 'image'],
  ['header', 'overlay_image'],
  ['header', 'og_image'],
  ['cover', 'image'],
  ['image', 'path'],
];

/** A cover image named in the front matter. */
export interface CoverField {
  path: [string] | [string, string];
  value: string;
  /** academicpages writes `header.teaser`/`header.image` as a file name under `/images/`. */
  style: 'link' | 'images-relative';
}

/** Every cover image the front matter names as a string. */
export function coverFields(data: Readonly<Record<string, unknown>>, preset: string): CoverField[] {
  const fields: CoverField[] = [];
  for (const key of coverImageKeys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') {
      fields.push({ path: [key], value: value.trim(), style: 'link' });
    }
  }
  for (const [parent, child] of nestedCoverKeys) {
    const group = data[parent];
    if (typeof group !== 'object' || group === null || Array.isArray(group)) {
      continue;
    }
    const value = (group as Record<string, unknown>)[child];
    if (typeof value === 'string' && value.trim() !== '') {
      const imagesRelative =
        preset === 'jekyll-academicpages' &&
        parent === 'header' &&
        (child === 'teaser' || child === 'image') &&
        !value.trim().startsWith('/');
      fields.push({
        path: [parent, child],
        value: value.trim(),
        style: imagesRelative ? 'images-relative' : 'link',
      });
    }
  }
  return fields;
}

/**
 * Where in the workspace a cover image may be, most likely first: beside the post, then from the
 * site root (minimal-mistakes writes `assets/images/x.jpg` without a leading slash), and for
 * academicpages' file names under `images/`. Null for a remote image; a reason when unsafe.
 */
export function coverCandidates(
  field: CoverField,
  postPath: WorkspacePath,
): (LinkTarget & { kind: 'local' })[] | { reason: string } | null {
  const target = resolveLink(field.value, postPath);
  if (target.kind === 'remote') {
    return null;
  }
  if (target.kind === 'unsafe') {
    return { reason: target.reason };
  }
  const candidates: (LinkTarget & { kind: 'local' })[] = [];
  const fromRoot = (path: string): void => {
    const resolved = resolveLink(`/${path}`, postPath);
    if (resolved.kind === 'local') {
      candidates.push(resolved);
    }
  };
  if (field.style === 'images-relative') {
    fromRoot(`images/${field.value}`);
  }
  candidates.push(target);
  if (target.siteRootPath === null && !/^\.{1,2}\//.test(field.value)) {
    fromRoot(field.value);
  }
  return candidates;
}

/**
 * Where a Hexo asset tag's file may be: in the asset folder named after the post (Hexo's own
 * layout, `post.md` + `post/name.png`), else beside the post.
 */
export function assetTagCandidates(
  name: string,
  postPath: WorkspacePath,
): (LinkTarget & { kind: 'local' })[] | { reason: string } {
  const fileName = postPath.slice(postPath.lastIndexOf('/') + 1);
  const stem = fileName.replace(/\.[^.]*$/, '');
  const candidates: (LinkTarget & { kind: 'local' })[] = [];
  for (const link of [`${stem}/${name}`, name]) {
    const target = resolveLink(link, postPath);
    if (target.kind === 'unsafe') {
      return { reason: target.reason };
    }
    if (target.kind === 'local' && target.siteRootPath === null) {
      candidates.push(target);
    }
  }
  return candidates.length === 0 ? { reason: 'not a file' } : candidates;
}

/** The first candidate that exists; null when none does; undefined while one is still unknown. */
export function firstExisting(
  candidates: (LinkTarget & { kind: 'local' })[],
  snapshot: PlanSnapshot,
): (LinkTarget & { kind: 'local' }) | null | undefined {
  const infos = candidates.map((candidate) => snapshot.workspaceAsset(candidate.workspacePath));
  if (infos.includes(undefined)) {
    return undefined;
  }
  const index = infos.findIndex((info) => info !== null && info !== 'outside');
  return index < 0 ? null : candidates[index];
}
