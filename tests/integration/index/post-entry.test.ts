import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostIndex } from '../../../electron/node/index/post-index';
import { readEntry } from '../../../electron/node/index/post-entry';
import { walkPosts } from '../../../electron/node/index/scan';
import { makeWorkspace, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;

afterEach(async () => {
  await workspace.cleanup();
});

function entryOf(path: string) {
  const file = walkPosts(workspace.root).find((found) => found.path === path);
  if (file === undefined) {
    throw new Error(`${path} was not walked`);
  }
  return readEntry(workspace.root, file);
}

describe('a post head', () => {
  it('reads the front matter of a file that starts with a UTF-8 BOM', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const text = new TextEncoder().encode('---\ntitle: 带 BOM 的文章\ntags: [a]\n---\n');
    workspace = await makeWorkspace({ 'bom.md': new Uint8Array([...bom, ...text]) });
    const entry = entryOf('bom.md');
    expect(entry.title).toBe('带 BOM 的文章');
    expect(entry.tags).toEqual(['a']);
  });

  it('lists a file that is not UTF-8 under its file name', async () => {
    // "标题" in GBK: a valid title in another encoding must not reach the list as mojibake.
    const gbk = new Uint8Array([0xb1, 0xea, 0xcc, 0xe2]);
    const head = new TextEncoder().encode('---\ntitle: ');
    const tail = new TextEncoder().encode('\n---\n');
    workspace = await makeWorkspace({ 'gbk-post.md': new Uint8Array([...head, ...gbk, ...tail]) });
    expect(entryOf('gbk-post.md').title).toBe('gbk-post');
  });

  it('keeps a Chinese title whose last character is cut by the 4 KB head', async () => {
    const filler = 'y'.repeat(4096 - '---\ntitle: '.length - 1);
    workspace = await makeWorkspace({ 'long.md': `---\ntitle: ${filler}标题\n---\n` });
    expect(entryOf('long.md').title).toBe(`${filler}标题`);
  });

  it('names a Hugo page bundle by its folder, and takes the date from the folder name', async () => {
    workspace = await makeWorkspace({
      'content/posts/2024-03-05-我的旅行/index.md': 'Text without a heading.\n',
      'content/posts/trip/index.zh-cn.md': '---\ndate: 2024-01-02\n---\nNo heading.\n',
      'content/posts/_index.md': '',
      'content/posts/titled/index.md': '---\ntitle: Titled\n---\n',
      'index.md': 'At the root.\n',
    });
    expect(entryOf('content/posts/2024-03-05-我的旅行/index.md')).toMatchObject({
      title: '2024-03-05-我的旅行',
      date: '2024-03-05',
    });
    expect(entryOf('content/posts/trip/index.zh-cn.md')).toMatchObject({
      title: 'trip',
      date: '2024-01-02',
    });
    expect(entryOf('content/posts/_index.md').title).toBe('posts');
    expect(entryOf('content/posts/titled/index.md').title).toBe('Titled');
    expect(entryOf('index.md').title).toBe('index');
  });
});

describe('a reopen from the persistent index', () => {
  it('reads again exactly the posts that changed, and drops the ones removed', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i += 1) {
      files[`_posts/p${i}.md`] = `---\ntitle: P${i}\n---\n`;
    }
    workspace = await makeWorkspace(files);
    const cacheDir = join(workspace.userDataDir, 'cache');
    const first = await PostIndex.open(workspace.root, cacheDir);
    await first.saveCache();
    await workspace.write('_posts/p3.md', '---\ntitle: 改过的标题\n---\n');
    await workspace.write('_posts/new.md', '# 新文章\n');
    await rm(join(workspace.root, '_posts', 'p7.md'));
    const reopened = await PostIndex.open(workspace.root, cacheDir);
    const titles = new Map(reopened.list().map((entry) => [entry.path, entry.title]));
    expect(titles.size).toBe(30);
    expect(titles.get('_posts/p3.md')).toBe('改过的标题');
    expect(titles.get('_posts/new.md')).toBe('新文章');
    expect(titles.has('_posts/p7.md')).toBe(false);
    expect(titles.get('_posts/p12.md')).toBe('P12');
  });
});
