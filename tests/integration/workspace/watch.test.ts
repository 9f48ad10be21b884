import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../../core/api';
import type { Backend } from '../../../electron/node/backend';
import {
  makeWorkspace,
  openBackend,
  recordEvents,
  waitFor,
  type TempWorkspace,
} from '../support/temp-workspace';

let workspace: TempWorkspace;
let backend: Backend;
let listChanges: ApiEvents['postsChanged'][];
let diskChanges: ApiEvents['postChangedOnDisk'][];

beforeEach(async () => {
  workspace = await makeWorkspace({
    'posts/a.md': '---\ntitle: A\n---\n\nfirst\n',
    'posts/b.md': '---\ntitle: B\n---\n',
  });
  backend = await openBackend(workspace, { watch: true });
  await backend.whenWatching();
  listChanges = recordEvents(backend, 'postsChanged');
  diskChanges = recordEvents(backend, 'postChangedOnDisk');
});

afterEach(async () => {
  await backend.close();
  await workspace.cleanup();
});

/** Polls the event log for a postsChanged event that satisfies `test`. */
function seen(test: (event: ApiEvents['postsChanged']) => boolean, what: string) {
  return waitFor(() => listChanges.find(test), what, 3000);
}

describe('watching the workspace', () => {
  it('reports an edit by another program, with the new version', async () => {
    await writeFile(join(workspace.root, 'posts/a.md'), '---\ntitle: A edited\n---\n\nsecond\n');
    const event = await seen((e) => e.changed.some((p) => p.path === 'posts/a.md'), 'the edit');
    expect(event.changed[0]?.title).toBe('A edited');
    const disk = await waitFor(
      () => diskChanges.find((e) => e.path === 'posts/a.md'),
      'postChangedOnDisk',
    );
    const document = await backend.readPost({ path: 'posts/a.md' });
    expect(disk.version).toEqual(document.version);
  });

  it('reports a new post', async () => {
    await writeFile(join(workspace.root, 'posts/c.md'), '# C\n');
    const event = await seen((e) => e.added.some((p) => p.path === 'posts/c.md'), 'the new post');
    expect(event.added[0]?.title).toBe('C');
    expect((await backend.listPosts({})).map((post) => post.path)).toContain('posts/c.md');
  });

  it('reports a rename as a pair', async () => {
    await rename(join(workspace.root, 'posts/b.md'), join(workspace.root, 'posts/b2.md'));
    const event = await seen((e) => e.renamed.length > 0, 'the rename');
    expect(event.renamed).toEqual([{ from: 'posts/b.md', to: 'posts/b2.md' }]);
    expect((await backend.listPosts({})).map((post) => post.path)).toEqual([
      'posts/a.md',
      'posts/b2.md',
    ]);
  });

  it('reports a delete, to the list and to an open editor', async () => {
    await rm(join(workspace.root, 'posts/a.md'));
    await seen((e) => e.removed.includes('posts/a.md'), 'the delete');
    const disk = await waitFor(
      () => diskChanges.find((e) => e.path === 'posts/a.md'),
      'postChangedOnDisk',
    );
    expect(disk.version).toBeNull();
  });

  it('updates the list for the app\u2019s own save but does not report it as an outside change', async () => {
    const document = await backend.readPost({ path: 'posts/b.md' });
    await backend.savePost({
      path: 'posts/b.md',
      text: '---\ntitle: B saved\n---\n',
      baseVersion: document.version,
    });
    await seen((e) => e.changed.some((p) => p.title === 'B saved'), 'the list update');
    // Then an outside edit of another post: once it is seen, the save's echo would have been too.
    await writeFile(join(workspace.root, 'posts/a.md'), '# outside\n');
    await waitFor(() => diskChanges.find((e) => e.path === 'posts/a.md'), 'the outside edit');
    expect(diskChanges.filter((e) => e.path === 'posts/b.md')).toEqual([]);
  });

  it('sees a folder of posts moved in and a folder removed', async () => {
    const outside = join(workspace.base, 'incoming');
    await mkdir(outside);
    await writeFile(join(outside, 'x.md'), '# X\n');
    await writeFile(join(outside, 'y.md'), '# Y\n');
    await rename(outside, join(workspace.root, 'incoming'));
    await seen((e) => e.added.some((p) => p.path === 'incoming/y.md'), 'the moved-in folder');
    await rm(join(workspace.root, 'posts'), { recursive: true });
    await seen((e) => e.removed.includes('posts/b.md'), 'the removed folder');
    expect((await backend.listPosts({})).map((post) => post.path)).toEqual([
      'incoming/x.md',
      'incoming/y.md',
    ]);
  });

  it('catches up with changes made while the watcher was starting', async () => {
    await backend.close();
    backend = await openBackend(workspace, { watch: true });
    listChanges = recordEvents(backend, 'postsChanged');
    await writeFile(join(workspace.root, 'posts/early.md'), '# Early\n');
    await backend.whenWatching();
    await seen((e) => e.added.some((p) => p.path === 'posts/early.md'), 'the early post');
  });

  it('ignores files that are not posts and folders that are not indexed', async () => {
    await writeFile(join(workspace.root, 'posts/not-a-post.txt'), 'x');
    await mkdir(join(workspace.root, '_site'));
    await writeFile(join(workspace.root, '_site/built.md'), '# built\n');
    await rm(join(workspace.root, 'posts/b.md'));
    await seen((e) => e.removed.includes('posts/b.md'), 'the delete');
    expect(listChanges.flatMap((e) => e.added)).toEqual([]);
  });
});
