import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PostEntry } from '../../../core/api';
import { createBackend } from '../../../electron/node/backend';
import { makeWorkspace } from '../support/temp-workspace';

const shared = new URL('../../../../shared/fixtures/', import.meta.url);

/** Indexes the shared fixtures in place (read-only: no watcher, nothing remembered). */
async function listPostsOf(folder: string): Promise<PostEntry[]> {
  const temp = await makeWorkspace();
  const backend = await createBackend({
    root: fileURLToPath(new URL(folder, shared)),
    userDataDir: temp.userDataDir,
    watch: false,
    remember: false,
  });
  try {
    return await backend.listPosts({});
  } finally {
    await backend.close();
    await temp.cleanup();
  }
}

describe.runIf(existsSync(shared))('indexing real blogs', () => {
  it('lists every real post with a title', async () => {
    const posts = await listPostsOf('real-posts');
    expect(posts.length).toBeGreaterThan(20);
    for (const post of posts) {
      expect(post.title.trim()).not.toBe('');
    }
    expect(posts.map((post) => post.path)).toContain('hexo/中文測試.md');
  });

  it('lists no templates, themes or build output of blog repositories', async () => {
    expect(await listPostsOf('blog-repos')).toEqual([]);
  });
});
