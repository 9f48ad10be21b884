import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordEvents, tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

const textOf = (path: string) => readFile(join(temp.workspace.root, path), 'utf8');

describe('creating posts', () => {
  it('names the file from the date and the slug and fills the template', async () => {
    const api = await temp.open();
    const events = recordEvents(api, 'postsChanged');
    const { path } = await api.createPost({
      title: 'Hello: "World" #1',
      date: '2024-03-01 09:00:00',
    });
    expect(path).toBe('2024-03-01-hello-world-1.md');
    expect(await textOf(path)).toBe(
      '---\ntitle: "Hello: \\"World\\" #1"\ndate: 2024-03-01 09:00:00\ntags: []\n---\n\n',
    );
    expect(events.flatMap((event) => event.added.map((entry) => entry.title))).toEqual([
      'Hello: "World" #1',
    ]);
  });

  it('fills a template that quotes {{title}} so the post parses and lists the title as typed', async () => {
    const api = await temp.open();
    const title = `Say "hi": it's #1`;
    const templates = {
      '---\ntitle: "{{title}}"\ndate: {{date}}\n---\n\n# {{title}}\n': `---\ntitle: "Say \\"hi\\": it's #1"\ndate: 2024-03-01\n---\n\n# ${title}\n`,
      "---\ntitle: '{{title}}'\n---\n": `---\ntitle: 'Say "hi": it''s #1'\n---\n`,
      '+++\ntitle = "{{title}}"\n+++\n': `+++\ntitle = "Say \\"hi\\": it's #1"\n+++\n`,
    };
    for (const [postTemplate, expected] of Object.entries(templates)) {
      await api.updateWorkspaceSettings({ patch: { postTemplate } });
      const { path } = await api.createPost({ title, date: '2024-03-01' });
      expect(await textOf(path)).toBe(expected);
      const listed = (await api.listPosts({})).find((entry) => entry.path === path);
      expect(listed).toMatchObject({ title, frontMatterError: null });
      await api.deletePost({ path });
    }
  });

  it('gives a Chinese title a readable pinyin name and never overwrites', async () => {
    const api = await temp.open();
    const first = await api.createPost({ title: '你好世界', date: '2024-03-01' });
    const second = await api.createPost({ title: '你好世界', date: '2024-03-01' });
    expect(first.path).toBe('2024-03-01-ni-hao-shi-jie.md');
    expect(second.path).toBe('2024-03-01-ni-hao-shi-jie-2.md');
    expect(await textOf(first.path)).toContain('title: 你好世界\n');
  });

  it('keeps Chinese characters with the "keep" slug style, in the posts folder, as a draft', async () => {
    const api = await temp.open({ '_posts/.keep': '' });
    await api.updateWorkspaceSettings({ patch: { slugStyle: 'keep' } });
    const { path } = await api.createPost({ title: '春天 的 诗', date: '2024-04-01', draft: true });
    expect(path).toBe('_posts/2024-04-01-春天-的-诗.md');
    expect(await textOf(path)).toContain('tags: []\ndraft: true\n---\n');
  });

  it('names a post in a Jekyll _drafts folder without a date, and lists it as a draft', async () => {
    const api = await temp.open();
    const { path } = await api.createPost({
      title: 'Half an idea',
      date: '2024-03-01',
      folder: '_drafts',
    });
    expect(path).toBe('_drafts/half-an-idea.md');
    expect((await api.listPosts({})).find((post) => post.path === path)?.draft).toBe(true);
  });

  it.each([
    ['source/_posts', 'Hexo'],
    ['content/posts', 'Hugo'],
  ])('puts new posts into %s of a %s blog opened as a workspace', async (folder) => {
    const api = await temp.open({ [`${folder}/.keep`]: '' });
    const { path } = await api.createPost({ title: 'Here', date: '2024-03-01' });
    expect(path).toBe(`${folder}/2024-03-01-here.md`);
  });

  it('does not let a case-only different name collide', async () => {
    const api = await temp.open({ '2024-03-01-HELLO.md': 'x' });
    const { path } = await api.createPost({ title: 'hello', date: '2024-03-01' });
    expect(path).toBe('2024-03-01-hello-2.md');
  });
});

describe('renaming and duplicating', () => {
  it('renames a post and reports the pair', async () => {
    const api = await temp.open({ 'a.md': '# A\n' });
    const events = recordEvents(api, 'postsChanged');
    expect(await api.renamePost({ path: 'a.md', newPath: 'sub/b.md' })).toEqual({
      path: 'sub/b.md',
    });
    expect(await textOf('sub/b.md')).toBe('# A\n');
    expect(events.at(-1)?.renamed).toEqual([{ from: 'a.md', to: 'sub/b.md' }]);
  });

  it('refuses to rename over another file, or to an unsafe name', async () => {
    const api = await temp.open({ 'a.md': 'a', 'b.md': 'b' });
    await expect(api.renamePost({ path: 'a.md', newPath: 'b.md' })).rejects.toMatchObject({
      code: 'E_EXISTS',
    });
    await expect(api.renamePost({ path: 'a.md', newPath: 'B.md' })).rejects.toMatchObject({
      code: 'E_EXISTS',
    });
    await expect(api.renamePost({ path: 'a.md', newPath: 'con.md' })).rejects.toMatchObject({
      code: 'E_INVALID_NAME',
    });
    await expect(api.renamePost({ path: 'a.md', newPath: 'a?.md' })).rejects.toMatchObject({
      code: 'E_INVALID_NAME',
    });
    expect(await textOf('b.md')).toBe('b');
  });

  it('changes only the case of a name', async () => {
    const api = await temp.open({ 'hello.md': 'x' });
    expect(await api.renamePost({ path: 'hello.md', newPath: 'Hello.md' })).toEqual({
      path: 'Hello.md',
    });
    expect(await readdir(temp.workspace.root)).toEqual(['Hello.md']);
  });

  it('duplicates byte for byte under a free name', async () => {
    const api = await temp.open({ '文章.md': '\r\n中文\r\n' });
    const { path } = await api.duplicatePost({ path: '文章.md' });
    expect(path).toBe('文章-2.md');
    expect(await textOf(path)).toBe('\r\n中文\r\n');
  });
});

describe('trash', () => {
  it('moves a deleted post to the workspace trash and restores it', async () => {
    const api = await temp.open({ 'posts/a.md': 'keep me\n' });
    const { trashId } = await api.deletePost({ path: 'posts/a.md' });
    expect(await readdir(join(temp.workspace.root, 'posts'))).toEqual([]);
    expect(await textOf('.trash/.gitignore')).toBe('*\n');
    expect((await api.listPosts({})).map((post) => post.path)).toEqual([]);
    expect(await api.restorePost({ trashId })).toEqual({ path: 'posts/a.md' });
    expect(await textOf('posts/a.md')).toBe('keep me\n');
    expect((await api.listPosts({})).map((post) => post.path)).toEqual(['posts/a.md']);
  });

  it('refuses to restore over a file that took the place meanwhile', async () => {
    const api = await temp.open({ 'a.md': 'old\n' });
    const { trashId } = await api.deletePost({ path: 'a.md' });
    await writeFile(join(temp.workspace.root, 'a.md'), 'new\n');
    await expect(api.restorePost({ trashId })).rejects.toMatchObject({ code: 'E_EXISTS' });
    expect(await textOf('a.md')).toBe('new\n');
    await expect(api.restorePost({ trashId: '../x' })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
  });
});

describe('images', () => {
  it('stores an image under a safe unique name and returns the relative link', async () => {
    const api = await temp.open({ '_posts/2024-01-01-trip.md': '# Trip\n' });
    const data = Buffer.from('fake png bytes').toString('base64');
    const first = await api.savePostAsset({
      postPath: '_posts/2024-01-01-trip.md',
      fileName: 'my photo (1).png',
      data,
    });
    expect(first).toEqual({
      path: 'images/my photo (1).png',
      link: '../images/my%20photo%20%281%29.png',
    });
    const second = await api.savePostAsset({
      postPath: '_posts/2024-01-01-trip.md',
      fileName: 'MY PHOTO (1).png',
      data,
    });
    expect(second.path).toBe('images/MY PHOTO (1)-2.png');
    const third = await api.savePostAsset({
      postPath: '_posts/2024-01-01-trip.md',
      fileName: '截图:1.png',
      data,
    });
    expect(third.link).toBe('../images/截图-1.png');
    expect(await readFile(join(temp.workspace.root, first.path), 'utf8')).toBe('fake png bytes');
  });

  it('follows the asset folder pattern of the workspace', async () => {
    const api = await temp.open({ 'posts/hello.md': '# Hello\n' });
    await api.updateWorkspaceSettings({ patch: { assetFolder: 'assets/{post}' } });
    const saved = await api.savePostAsset({
      postPath: 'posts/hello.md',
      fileName: 'a.png',
      data: 'AAAA',
    });
    expect(saved).toEqual({ path: 'assets/hello/a.png', link: '../assets/hello/a.png' });
  });
});
