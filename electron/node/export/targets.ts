import { randomUUID } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import {
  ApiError,
  type ExportDraftStyle,
  type ExportTarget,
  type GeneratorId,
} from '../../../core/api';
import { detectGenerator, isGeneratorId } from '../../../core/export/detect';
import { isInside } from '../fs/confine';
import { readRepoListing } from './repo-listing';

/** Settings access the target functions need. */
export interface TargetSettings {
  get(): ExportTarget[];
  set(targets: ExportTarget[]): Promise<void>;
}

/** Checks that a folder exists and is a directory; returns its absolute path. */
export async function requireFolder(typed: string): Promise<string> {
  // A path typed into the browser's text field often starts with the shell's `~`.
  const path = /^~(?=$|[\\/])/.test(typed) ? join(homedir(), typed.slice(1)) : typed.trim();
  if (!isAbsolute(path)) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `Give the blog repository as an absolute path: ${path}`,
      { path },
    );
  }
  const absolute = resolve(path);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) {
      throw new ApiError('E_INVALID_ARGUMENT', `${absolute} is a file, not a folder.`, {
        path: absolute,
      });
    }
  } catch (error) {
    if (error instanceof ApiError) {
      throw error;
    }
    throw new ApiError('E_NOT_FOUND', `The folder ${absolute} does not exist.`, { path: absolute });
  }
  return absolute;
}

/**
 * Refuses a repository that is the workspace or inside it: the exported copies would show up as
 * posts of their own. A repository that contains the workspace is allowed (drafts kept in a folder
 * of the blog); `requireWritesOutside` then checks each planned path.
 */
export async function requireOutsideWorkspace(
  folder: string,
  workspaceRoot: string,
): Promise<void> {
  const [target, workspace] = await Promise.all([realOf(folder), realOf(workspaceRoot)]);
  if (target === workspace) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `${folder} is the workspace itself. Choose the blog repository, a folder outside the workspace.`,
      { path: folder, reason: 'target-is-workspace' },
    );
  }
  if (isInside(workspace, target)) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `${folder} is inside the workspace ${workspaceRoot}, so exported copies would appear as posts. Move the blog repository out of the workspace.`,
      { path: folder, workspace: workspaceRoot, reason: 'target-inside-workspace' },
    );
  }
}

/** Refuses a plan that would write into the workspace (a repository that contains it). */
export async function requireWritesOutside(
  folder: string,
  workspaceRoot: string,
  paths: readonly string[],
): Promise<void> {
  const [target, workspace] = await Promise.all([realOf(folder), realOf(workspaceRoot)]);
  if (!isInside(target, workspace)) {
    return;
  }
  const inside = paths.filter((path) => isInside(workspace, join(target, ...path.split('/'))));
  if (inside.length > 0) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `The export would write ${inside.join(', ')} into the workspace ${workspaceRoot}. Move the workspace out of the blog's content folders.`,
      { path: inside.join(', '), workspace: workspaceRoot, reason: 'writes-into-workspace' },
    );
  }
}

async function realOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Validates an untrusted preset name. */
export function requirePreset(preset: string): GeneratorId {
  if (!isGeneratorId(preset)) {
    throw new ApiError('E_INVALID_ARGUMENT', `Unknown blog preset "${preset}".`, { preset });
  }
  return preset;
}

/** Detects the generator of a folder. */
export async function detectFolder(
  path: string,
): Promise<{ preset: GeneratorId; evidence: string[] }> {
  const folder = await requireFolder(path);
  return detectGenerator(await readRepoListing(folder));
}

/** Adds a target (or returns the one already registered for that folder). */
export async function addTarget(
  settings: TargetSettings,
  workspaceRoot: string,
  path: string,
  preset?: string,
): Promise<ExportTarget> {
  const folder = await requireFolder(path);
  await requireOutsideWorkspace(folder, workspaceRoot);
  const existing = settings.get().find((target) => target.path === folder);
  if (existing !== undefined) {
    return preset === undefined ? existing : updateTarget(settings, existing.id, { preset });
  }
  const chosen = preset === undefined ? (await detectFolder(folder)).preset : requirePreset(preset);
  const target: ExportTarget = {
    id: randomUUID(),
    path: folder,
    name: basename(folder) || folder,
    preset: chosen,
  };
  await settings.set([...settings.get(), target]);
  return target;
}

/** Finds a target by id or fails with E_NOT_FOUND. */
export function requireTarget(targets: ExportTarget[], id: string): ExportTarget {
  const target = targets.find((candidate) => candidate.id === id);
  if (target === undefined) {
    throw new ApiError(
      'E_NOT_FOUND',
      `No export target with id ${id}; add the blog repository again.`,
      { id },
    );
  }
  return target;
}

/** Changes a target's preset or display name. */
export async function updateTarget(
  settings: TargetSettings,
  id: string,
  patch: { preset?: string; name?: string; draftStyle?: ExportDraftStyle },
): Promise<ExportTarget> {
  const target = requireTarget(settings.get(), id);
  const updated: ExportTarget = {
    ...target,
    ...(patch.draftStyle === undefined ? {} : { draftStyle: patch.draftStyle }),
    preset: patch.preset === undefined ? target.preset : requirePreset(patch.preset),
    name: patch.name === undefined || patch.name.trim() === '' ? target.name : patch.name.trim(),
  };
  await settings.set(
    settings.get().map((candidate) => (candidate.id === id ? updated : candidate)),
  );
  return updated;
}

/** Forgets a target (the repository itself is untouched). */
export async function removeTarget(settings: TargetSettings, id: string): Promise<void> {
  requireTarget(settings.get(), id);
  await settings.set(settings.get().filter((candidate) => candidate.id !== id));
}
