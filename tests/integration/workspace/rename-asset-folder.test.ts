import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempBackends } from '../support/temp-workspace';

// Hexo keeps a post's images in a folder named like the post (`post.md` + `post/pic.png`), and
// `{% asset_img pic.png %}` finds them by that name, in Hexo, in the preview and in the export.
// Renaming the post left the folder behind: every asset tag of the post broke.

const temp = tempBackends();

const listing = async (): Promise<string[]> =>
  (await readdir(temp.workspace.root, { recursive: true }))
    .map((path) => path.split('\\').join('/'))
    .sort();

describe('renaming a post with a Hexo asset folder', () => {
  it('moves the asset folder along with the post', async () => {
    const api = await temp.open({
      'source/_posts/旧名字.md': '---\ntitle: 标签\n---\n\n{% asset_img pic.png 说明 %}\n',
      'source/_posts/旧名字/pic.png': 'PNG',
    });
    const { path } = await api.renamePost({
      path: 'source/_posts/旧名字.md',
      newPath: 'source/_posts/new-name.md',
    });
    expect(path).toBe('source/_posts/new-name.md');
    expect(await listing()).toEqual([
      'source',
      'source/_posts',
      'source/_posts/new-name',
      'source/_posts/new-name.md',
      'source/_posts/new-name/pic.png',
    ]);
  });

  it('leaves the folder where it is when the post links into it by path, or uses no asset tag', async () => {
    const api = await temp.open({
      'a.md': '---\ntitle: A\n---\n\n{% asset_img x.png %} and ![y](a/y.png)\n',
      'a/x.png': 'X',
      'a/y.png': 'Y',
      'b.md': '---\ntitle: B\n---\n\nNo images.\n',
      'b/notes.txt': 'unrelated',
    });
    await api.renamePost({ path: 'a.md', newPath: 'a2.md' });
    await api.renamePost({ path: 'b.md', newPath: 'b2.md' });
    expect(await listing()).toEqual([
      'a',
      'a/x.png',
      'a/y.png',
      'a2.md',
      'b',
      'b/notes.txt',
      'b2.md',
    ]);
  });

  it('leaves the folder when the new name is taken by a folder, or the folder holds posts', async () => {
    const api = await temp.open({
      'c.md': '---\ntitle: C\n---\n\n{% asset_img x.png %}\n',
      'c/x.png': 'X',
      'd/keep.png': 'K',
      'e.md': '---\ntitle: E\n---\n\n{% asset_img x.png %}\n',
      'e/x.png': 'X',
      'e/inner.md': '---\ntitle: Inner\n---\n',
    });
    await api.renamePost({ path: 'c.md', newPath: 'd.md' });
    await api.renamePost({ path: 'e.md', newPath: 'f.md' });
    expect(await listing()).toEqual([
      'c',
      'c/x.png',
      'd',
      'd.md',
      'd/keep.png',
      'e',
      'e/inner.md',
      'e/x.png',
      'f.md',
    ]);
  });
});
