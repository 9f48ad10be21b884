import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

describe('the post index', () => {
  it('lists posts with their front matter, skipping tool and build folders', async () => {
    const backend = await temp.open({
      '_posts/2024-03-01-hello.md':
        '---\ntitle: "Hello"\ndate: 2024-03-01 10:30:00\ntags: [a, b]\n---\n\nBody\n',
      '_drafts/idea.markdown': '---\ntitle: Idea\ndraft: true\n---\n',
      'notes/no-front-matter.md': '# A heading title\n\ntext\n',
      'notes/plain.md': 'just text\n',
      '_site/2024-03-01-hello.html': '<p>built</p>',
      '_site/copy.md': '# built copy\n',
      'public/x.md': '# built\n',
      'node_modules/pkg/README.md': '# dependency\n',
      '.git/x.md': '# git\n',
      '.postwright/x.md': '# state\n',
      '.trash/1/files/x.md': '# trashed\n',
      'notes/image.png': 'png',
    });
    const posts = await backend.listPosts({});
    expect(posts.map((post) => post.path)).toEqual([
      '_drafts/idea.markdown',
      '_posts/2024-03-01-hello.md',
      'notes/no-front-matter.md',
      'notes/plain.md',
    ]);
    const hello = posts.find((post) => post.path === '_posts/2024-03-01-hello.md');
    expect(hello).toMatchObject({
      title: 'Hello',
      date: '2024-03-01 10:30:00',
      tags: ['a', 'b'],
      draft: false,
      frontMatterError: null,
    });
    expect(posts.find((post) => post.path === '_drafts/idea.markdown')?.draft).toBe(true);
    expect(posts.find((post) => post.path === 'notes/no-front-matter.md')?.title).toBe(
      'A heading title',
    );
    expect(posts.find((post) => post.path === 'notes/plain.md')?.title).toBe('plain');
  });

  it('takes the date from a Jekyll file name when the front matter has none', async () => {
    const backend = await temp.open({ '_posts/2023-12-24-eve.md': '---\ntitle: Eve\n---\n' });
    const [post] = await backend.listPosts({});
    expect(post?.date).toBe('2023-12-24');
  });

  it('still lists a post whose front matter is broken, with the error', async () => {
    const backend = await temp.open({
      'broken.md': '---\ntitle: [unclosed\ndate: x\n---\n\nbody\n',
    });
    const [post] = await backend.listPosts({});
    expect(post?.path).toBe('broken.md');
    expect(post?.frontMatterError).not.toBeNull();
    expect(post?.frontMatterError?.line).toEqual(expect.any(Number));
  });

  it('lists Chinese file names and titles', async () => {
    const backend = await temp.open({
      '文章/2024-05-01-你好世界.md': '---\ntitle: 你好，世界\ntags: [随笔]\n---\n\n正文\n',
    });
    const [post] = await backend.listPosts({});
    expect(post).toMatchObject({
      path: '文章/2024-05-01-你好世界.md',
      title: '你好，世界',
      tags: ['随笔'],
    });
  });

  it('reads past the first 4 KB when the front matter is longer', async () => {
    const long = `---\ndescription: "${'x'.repeat(6000)}"\ntitle: Far down\n---\n\nbody\n`;
    const backend = await temp.open({ 'long.md': long });
    const [post] = await backend.listPosts({});
    expect(post?.title).toBe('Far down');
  });

  it('reuses the index cache on reopen and notices files changed meanwhile', async () => {
    const backend = await temp.open({
      'a.md': '---\ntitle: A\n---\n',
      'b.md': '---\ntitle: B\n---\n',
    });
    expect((await backend.listPosts({})).map((post) => post.title)).toEqual(['A', 'B']);
    await temp.close();
    await temp.workspace.write('b.md', '---\ntitle: B changed\n---\n');
    await temp.workspace.write('c.md', '---\ntitle: C\n---\n');
    const reopened = await temp.openBackend();
    expect((await reopened.listPosts({})).map((post) => post.title)).toEqual([
      'A',
      'B changed',
      'C',
    ]);
  });
});

describe('reading heads', () => {
  it('reads a title whose characters straddle the 4 KB boundary', async () => {
    // The head ends inside a three-byte character: it must not make the head undecodable.
    const filler = 'x'.repeat(4096 - 'title: '.length - 5);
    const text = `---\ntitle: ${filler}中文标题\n---\n`;
    const backend = await temp.open({ 'cut.md': text });
    const [post] = await backend.listPosts({});
    expect(post?.title).toBe(`${filler}中文标题`);
    expect(post?.frontMatterError).toBeNull();
  });
});

describe('the index cache', () => {
  it('is thrown away when the reader now sees its posts differently', async () => {
    await temp.open({ 'a.md': '---\ntitle: A\n---\n' });
    await temp.close();
    const folder = join(temp.workspace.userDataDir, 'index-cache');
    const [name] = await readdir(folder);
    const file = join(folder, name ?? '');
    // One row per post: path, title, date, draft, tags, categories, permalink, mtimeMs, ...
    const cache = JSON.parse(await readFile(file, 'utf8')) as { entries: unknown[][] };
    expect(cache.entries.map((row) => row.slice(0, 2))).toEqual([['a.md', 'A']]);
    cache.entries[0] = ['a.md', 'Read by an older reader', ...(cache.entries[0] ?? []).slice(2)];
    await writeFile(file, JSON.stringify(cache));
    const backend = await temp.openBackend();
    expect((await backend.listPosts({})).map((post) => post.title)).toEqual(['A']);
  });
});

describe('a damaged index cache', () => {
  it('is thrown away when an entry has lost its shape, even one the sample misses', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`p${index}.md`, `---\ntitle: P${index}\n---\n`]),
    );
    await temp.open(files);
    await temp.close();
    const folder = join(temp.workspace.userDataDir, 'index-cache');
    const [name] = await readdir(folder);
    const file = join(folder, name ?? '');
    const cache = JSON.parse(await readFile(file, 'utf8')) as { entries: unknown[][] };
    // The second entry loses its tags (the fifth field); the reader re-checks only every fifth entry.
    cache.entries = cache.entries.map((row, index) =>
      index === 1 ? row.map((field, at) => (at === 4 ? null : field)) : row,
    );
    await writeFile(file, JSON.stringify(cache));
    const backend = await temp.openBackend();
    const posts = await backend.listPosts({});
    expect(posts).toHaveLength(40);
    expect(posts.every((post) => Array.isArray(post.tags))).toBe(true);
  });

  it('is ignored when it is not JSON at all', async () => {
    await temp.open({ 'a.md': '---\ntitle: A\n---\n' });
    await temp.close();
    const folder = join(temp.workspace.userDataDir, 'index-cache');
    const [name] = await readdir(folder);
    await writeFile(join(folder, name ?? ''), '\u0000garbage{');
    const backend = await temp.openBackend();
    expect((await backend.listPosts({})).map((post) => post.title)).toEqual(['A']);
  });
});
