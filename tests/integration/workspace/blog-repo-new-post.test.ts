import { describe, expect, it } from 'vitest';
import { tempBackends } from '../support/temp-workspace';

// A blog repository opened as the workspace: a new post goes where that blog's generator reads
// posts, as the export would put it. A post in the repository's root (or in a folder the site
// does not build) never appears on the blog.

const temp = tempBackends();

async function newPostIn(files: Record<string, string>): Promise<string> {
  const backend = await temp.open(files);
  return (await backend.createPost({ title: 'New post', date: '2024-06-01' })).path;
}

describe('a new post in a blog repository goes to its posts folder', () => {
  it('Hugo with config/_default and a content folder per language: the default language', async () => {
    const path = await newPostIn({
      'config/_default/hugo.toml': 'baseURL = "https://e.org/"\ndefaultContentLanguage = "zh"\n',
      'config/_default/languages.toml':
        '[zh]\n  weight = 1\n  contentDir = "content/zh"\n[en]\n  weight = 2\n  contentDir = "content/en"\n',
      'content/zh/posts/first/index.md': '+++\ntitle = "第一篇"\n+++\n',
      'content/en/posts/leaf.md': '---\ntitle: Leaf\n---\n',
    });
    expect(path).toBe('content/zh/posts/2024-06-01-new-post.md');
  });

  it('Hugo (ananke) with mainSections = ["post"]', async () => {
    const path = await newPostIn({
      'config.toml': 'baseURL = "/"\ntheme = "ananke"\n[params]\n  mainSections = ["post"]\n',
      'content/post/old.md': '---\ntitle: Old\n---\n',
      'content/about.md': '---\ntitle: About\n---\n',
    });
    expect(path).toBe('content/post/2024-06-01-new-post.md');
  });

  it('eleventy-base-blog: content/blog', async () => {
    const path = await newPostIn({
      'eleventy.config.js': 'export const config = { dir: { input: "content" } };\n',
      'content/blog/firstpost.md': '---\ntitle: First\n---\n',
      'content/index.njk': '---\nlayout: home\n---\n',
    });
    expect(path).toBe('content/blog/2024-06-01-new-post.md');
  });

  it('Jekyll with collections_dir', async () => {
    const path = await newPostIn({
      '_config.yml': 'title: x\ncollections_dir: my_collections\n',
      'my_collections/_posts/2022-02-02-inside.md': '---\ntitle: inside\n---\n',
    });
    expect(path).toBe('my_collections/_posts/2024-06-01-new-post.md');
  });

  it('a folder that is no blog keeps its posts at the top, and a bare _posts still counts', async () => {
    expect(await newPostIn({ 'notes.md': '# Notes\n' })).toBe('2024-06-01-new-post.md');
    await temp.close();
    expect(await newPostIn({ '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n' })).toBe(
      '_posts/2024-06-01-new-post.md',
    );
  });
});

describe('a configuration too large to be a real one', () => {
  it('is not read when the workspace opens (a 2 MB _config.yml took a minute to parse)', async () => {
    const padding = Array.from({ length: 20_000 }, (_, i) => `key${i}: "${'x'.repeat(90)}"`).join(
      '\n',
    );
    const path = await newPostIn({
      '_config.yml': `title: x\ncollections_dir: my_collections\n${padding}\n`,
      'my_collections/_posts/2022-02-02-inside.md': '---\ntitle: inside\n---\n',
    });
    // Not read: the folder is not known from it, and the post goes where a plain folder's does.
    expect(path).toBe('2024-06-01-new-post.md');
  });
});
