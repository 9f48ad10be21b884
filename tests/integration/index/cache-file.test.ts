import { describe, expect, it } from 'vitest';
import type { PostEntry } from '../../../core/api';
import { decodeCache, encodeCache } from '../../../electron/node/index/cache-file';

const entries: PostEntry[] = [
  {
    path: '_posts/2024-01-02-你好.md',
    title: '你好，世界',
    date: '2024-01-02 10:00:00 +0800',
    draft: false,
    tags: ['中文', 'notes'],
    categories: ['日记'],
    permalink: '/hello/',
    mtimeMs: 1704160800123.5,
    size: 4096,
    frontMatterError: null,
  },
  {
    path: 'drafts/broken.md',
    title: 'broken',
    date: null,
    draft: true,
    tags: [],
    categories: [],
    permalink: null,
    mtimeMs: 1,
    size: 0,
    frontMatterError: { message: 'bad indentation', line: 3, column: null },
  },
];

describe('the index cache file', () => {
  it('gives back every field of every entry it was written with', () => {
    const decoded = decodeCache(encodeCache('/blog', entries), '/blog');
    expect([...decoded.values()]).toEqual(entries);
    expect([...decoded.keys()]).toEqual(entries.map((entry) => entry.path));
  });

  it('gives nothing for another root, another format, or a row of the wrong shape', () => {
    const text = encodeCache('/blog', entries);
    expect(decodeCache(text, '/other').size).toBe(0);
    const data = JSON.parse(text) as { format: number; entries: unknown[][] };
    expect(decodeCache(JSON.stringify({ ...data, format: data.format - 1 }), '/blog').size).toBe(0);
    for (const damage of [
      (row: unknown[]) => row.slice(0, -1),
      (row: unknown[]) => row.map((field, at) => (at === 4 ? 'not a list' : field)),
      (row: unknown[]) => row.map((field, at) => (at === 7 ? '1' : field)),
      (row: unknown[]) => Object.fromEntries(row.entries()),
    ]) {
      const damaged = {
        ...data,
        entries: data.entries.map((row, at) => (at === 1 ? damage(row) : row)),
      };
      expect(decodeCache(JSON.stringify(damaged), '/blog').size).toBe(0);
    }
  });
});
