import { chmod, mkdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WorkspaceWatcher,
  type WatchBatch,
  type WatchMode,
} from '../../../electron/node/watch/workspace-watcher';
import { makeWorkspace, waitFor, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace | null = null;
let watcher: WorkspaceWatcher | null = null;

afterEach(async () => {
  await watcher?.close();
  await workspace?.cleanup();
  watcher = null;
  workspace = null;
});

/** Everything the watcher reported so far, merged. */
interface Seen {
  files: Set<string>;
  addedFolders: Set<string>;
  removedFolders: Set<string>;
  errors: unknown[];
  clear: () => void;
}

async function watchWorkspace(
  files: Record<string, string>,
  mode: WatchMode,
): Promise<{ root: string; seen: Seen }> {
  workspace = await makeWorkspace(files);
  const seen: Seen = {
    files: new Set(),
    addedFolders: new Set(),
    removedFolders: new Set(),
    errors: [],
    clear: () => {
      seen.files.clear();
      seen.addedFolders.clear();
      seen.removedFolders.clear();
    },
  };
  const merge = (batch: WatchBatch) => {
    batch.files.forEach((path) => seen.files.add(path));
    batch.addedFolders.forEach((path) => seen.addedFolders.add(path));
    batch.removedFolders.forEach((path) => seen.removedFolders.add(path));
  };
  watcher = await WorkspaceWatcher.start(workspace.root, merge, (e) => seen.errors.push(e), mode);
  return { root: workspace.root, seen };
}

function has(set: Set<string>, path: string, what: string) {
  return waitFor(() => (set.has(path) ? true : undefined), what, 3000);
}

// Linux takes a watch per folder; macOS and Windows one recursive watch (Node emulates it on Linux,
// so both ways run here).
describe.each(['per-folder', 'recursive'] as const)('watching a workspace (%s)', (mode) => {
  it('reports a post edited in a Hugo page bundle, and not the image beside it', async () => {
    const { root, seen } = await watchWorkspace(
      { 'content/posts/a/index.md': '# A\n', 'content/posts/a/cover.png': 'png' },
      mode,
    );
    await writeFile(join(root, 'content/posts/a/cover.png'), 'png2');
    await writeFile(join(root, 'content/posts/a/index.md'), '# A2\n');
    await has(seen.files, 'content/posts/a/index.md', 'the edit');
    expect([...seen.files]).toEqual(['content/posts/a/index.md']);
  });

  it('sees posts written at once into new nested folders, and later edits there', async () => {
    const { root, seen } = await watchWorkspace({ 'posts/a.md': '# A\n' }, mode);
    await mkdir(join(root, 'content/posts/new'), { recursive: true });
    await writeFile(join(root, 'content/posts/new/index.md'), '# New\n');
    await has(seen.addedFolders, 'content', 'the new folder');
    seen.clear();
    await writeFile(join(root, 'content/posts/new/index.md'), '# New, edited\n');
    await has(seen.files, 'content/posts/new/index.md', 'the edit in the new folder');
  });

  it('follows a folder renamed inside the workspace', async () => {
    const { root, seen } = await watchWorkspace({ 'old/a.md': '# A\n' }, mode);
    await rename(join(root, 'old'), join(root, 'new'));
    await has(seen.removedFolders, 'old', 'the old folder gone');
    await has(seen.addedFolders, 'new', 'the new folder');
    seen.clear();
    await writeFile(join(root, 'new/a.md'), '# A, edited\n');
    await has(seen.files, 'new/a.md', 'the edit under the new name');
    expect(seen.files.has('old/a.md')).toBe(false);
  });

  it('watches a folder replaced under the same name', async () => {
    const { root, seen } = await watchWorkspace({ 'posts/a.md': '# A\n' }, mode);
    await rm(join(root, 'posts'), { recursive: true });
    await has(seen.removedFolders, 'posts', 'the removed folder');
    await mkdir(join(root, 'posts'));
    await has(seen.addedFolders, 'posts', 'the folder made again');
    seen.clear();
    await writeFile(join(root, 'posts/b.md'), '# B\n');
    await has(seen.files, 'posts/b.md', 'a post in the new folder');
  });

  it('does not re-read a folder whose attributes changed', async () => {
    const { root, seen } = await watchWorkspace({ 'posts/a.md': '# A\n' }, mode);
    await utimes(join(root, 'posts'), new Date(2020, 1, 1), new Date(2020, 1, 1));
    await chmod(join(root, 'posts'), 0o755);
    await writeFile(join(root, 'posts/b.md'), '# B\n');
    await has(seen.files, 'posts/b.md', 'the post written after');
    // (inotify names a watched folder's own events after the folder: 'posts/posts' may be checked.)
    expect(seen.addedFolders.has('posts') || seen.removedFolders.has('posts')).toBe(false);
  });

  it('ignores hidden and skipped folders and files that are not posts', async () => {
    const { root, seen } = await watchWorkspace({ 'posts/a.md': '# A\n' }, mode);
    await mkdir(join(root, 'node_modules/x'), { recursive: true });
    await writeFile(join(root, 'node_modules/x/readme.md'), 'x');
    await mkdir(join(root, '.git'));
    await writeFile(join(root, '.git/notes.md'), 'x');
    await writeFile(join(root, 'posts/.a.md.swp'), 'x');
    await writeFile(join(root, 'posts/a.md~'), 'x');
    await writeFile(join(root, 'posts/z.md'), '# Z\n');
    await has(seen.files, 'posts/z.md', 'the post written last');
    expect([...seen.files]).toEqual(['posts/z.md']);
    expect([...seen.addedFolders]).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
