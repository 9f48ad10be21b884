import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackends } from '../support/temp-workspace';

// A duplicate of a Hexo post (`post.md` + its asset folder `post/`) is `post-2.md`, whose
// `{% asset_img pic.png %}` looks in `post-2/`: without a copy of the folder, every tag of the
// copy was broken.

const temp = tempBackends();

const listing = async (): Promise<string[]> =>
  (await readdir(temp.workspace.root, { recursive: true }))
    .map((path) => path.split('\\').join('/'))
    .sort();

describe('duplicating a post with a Hexo asset folder', () => {
  it('copies the asset folder for the copy, byte for byte', async () => {
    const api = await temp.open({
      'hexo.md': '---\ntitle: 标签\n---\n\n{% asset_img pic.png 说明 %}\n',
      'hexo/pic.png': 'PNG',
    });
    const { path } = await api.duplicatePost({ path: 'hexo.md' });
    expect(path).toBe('hexo-2.md');
    expect(await listing()).toEqual([
      'hexo',
      'hexo-2',
      'hexo-2.md',
      'hexo-2/pic.png',
      'hexo.md',
      'hexo/pic.png',
    ]);
    expect(await readFile(join(temp.workspace.root, 'hexo-2/pic.png'), 'utf8')).toBe('PNG');
  });

  it('copies nothing more for a post that links into the folder by path or uses no asset tag', async () => {
    const api = await temp.open({
      'a.md': '---\ntitle: A\n---\n\n![y](a/y.png)\n',
      'a/y.png': 'Y',
    });
    await api.duplicatePost({ path: 'a.md' });
    expect(await listing()).toEqual(['a', 'a-2.md', 'a.md', 'a/y.png']);
  });
});
