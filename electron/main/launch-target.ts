/**
 * What the user asked to open from outside the app: a folder or a Markdown file given on the
 * command line, by a second launch, by the OS (`open-file` on macOS), or dropped on the window.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { WorkspacePath } from '../../core/api';
import { isInside, toWorkspacePath } from '../node/fs/confine';

/** A folder to open as the workspace, or a post to open (with the folder to open it in). */
export type LaunchTarget =
  { kind: 'folder'; root: string } | { kind: 'post'; file: string; folder: string };

/** What to do for a target, given the workspace open now. */
export interface OpenPlan {
  /** The workspace to switch to; null keeps the current one. */
  openRoot: string | null;
  /** The post to select once the workspace is open. */
  postPath: WorkspacePath | null;
}

const markdownExtension = /\.(md|markdown)$/i;

/**
 * The paths on a command line: everything after the executable (and, when Electron runs an
 * unpackaged app, after the app's own path) that is not a switch.
 */
export function pathsFromArgv(argv: readonly string[], isDefaultApp: boolean): string[] {
  const positional = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  return isDefaultApp ? positional.slice(1) : positional;
}

/** Classifies the first path that is a folder or a Markdown file; null when there is none. */
export async function findLaunchTarget(
  paths: readonly string[],
  cwd: string,
): Promise<LaunchTarget | null> {
  for (const path of paths) {
    const target = await classifyPath(resolve(cwd, path));
    if (target !== null) {
      return target;
    }
  }
  return null;
}

/** A folder is a workspace; a `.md`/`.markdown` file is a post in its folder; anything else is ignored. */
export async function classifyPath(absPath: string): Promise<LaunchTarget | null> {
  let real: string;
  try {
    real = await realpath(absPath);
  } catch {
    return null;
  }
  const stats = await stat(real);
  if (stats.isDirectory()) {
    return { kind: 'folder', root: real };
  }
  if (stats.isFile() && markdownExtension.test(real)) {
    return { kind: 'post', file: real, folder: dirname(real) };
  }
  return null;
}

/**
 * Plans the opening: a post inside the open workspace is selected there; any other post opens
 * its folder as the workspace. `currentRoot` is the open workspace's real path.
 */
export function planOpen(target: LaunchTarget, currentRoot: string | null): OpenPlan {
  if (target.kind === 'folder') {
    return { openRoot: target.root === currentRoot ? null : target.root, postPath: null };
  }
  if (currentRoot !== null && isInside(currentRoot, target.file)) {
    return { openRoot: null, postPath: toWorkspacePath(currentRoot, target.file) };
  }
  return {
    openRoot: target.folder,
    postPath: toWorkspacePath(target.folder, target.file),
  };
}
