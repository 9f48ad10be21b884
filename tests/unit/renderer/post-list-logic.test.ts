import { beforeAll, describe, expect, it } from 'vitest';
import { applyPostsChanged } from '../../../renderer/app/use-posts';
import { formatPostDate } from '../../../renderer/posts/format-date';
import { matchesQuery, matchesTag } from '../../../renderer/posts/post-filter';
import { pinyinTools, type PinyinTools } from '../../../renderer/posts/pinyin-tools';
import { entry } from './post-entries';
import { sortPosts } from '../../../renderer/posts/sort-posts';

let pinyin: PinyinTools;
beforeAll(async () => {
  pinyin = await pinyinTools.load();
});

describe('post filter', () => {
  const interview = entry('a.md', 'deepseek创始人的专访', { tags: ['访谈'] });
  const hello = entry('b.md', 'Hello World', { tags: ['intro'], categories: ['notes'] });

  it('matches Chinese characters before pinyin-pro has loaded, and pinyin once it has', async () => {
    const post = entry('c.md', '春天来了');
    expect(matchesQuery(post, '春天', null)).toBe(true);
    expect(matchesQuery(post, 'chuntian', null)).toBe(false);
    expect(matchesQuery(post, 'chuntian', await pinyinTools.load())).toBe(true);
  });

  it('finds a Chinese title by its full pinyin and by its initials', () => {
    expect(matchesQuery(interview, 'deepseek', pinyin)).toBe(true);
    expect(matchesQuery(interview, 'dsk', pinyin)).toBe(true);
    expect(matchesQuery(interview, 'chuangshiren', pinyin)).toBe(true);
    expect(matchesQuery(interview, 'csr', pinyin)).toBe(true);
    expect(matchesQuery(interview, 'zhuan fang', pinyin)).toBe(true);
    expect(matchesQuery(interview, '专访', pinyin)).toBe(true);
  });

  it('matches titles, tags and categories without regard to case', () => {
    expect(matchesQuery(hello, 'WORLD', pinyin)).toBe(true);
    expect(matchesQuery(hello, 'intro', pinyin)).toBe(true);
    expect(matchesQuery(hello, 'notes', pinyin)).toBe(true);
    expect(matchesQuery(interview, '访谈', pinyin)).toBe(true);
  });

  it('does not match what is not there', () => {
    expect(matchesQuery(hello, 'dsk', pinyin)).toBe(false);
    expect(matchesQuery(interview, 'xyz', pinyin)).toBe(false);
    expect(matchesQuery(interview, 'hello', pinyin)).toBe(false);
  });

  it('filters by tag or category', () => {
    expect(matchesTag(hello, 'intro')).toBe(true);
    expect(matchesTag(hello, 'notes')).toBe(true);
    expect(matchesTag(hello, '访谈')).toBe(false);
    expect(matchesTag(hello, null)).toBe(true);
  });
});

describe('post sort', () => {
  const posts = [
    entry('old.md', 'Beta', { date: '2023-01-05', mtimeMs: 3 }),
    entry('new.md', 'alpha', { date: '2025-02-14T10:30:00+08:00', mtimeMs: 1 }),
    entry('mid.md', 'Gamma', { date: '2024-11-03 10:30:00', mtimeMs: 2 }),
    entry('none.md', 'Delta', { mtimeMs: 4 }),
  ];

  it('puts the newest date first and undated posts last', () => {
    expect(sortPosts(posts, 'date', 'en').map((post) => post.path)).toEqual([
      'new.md',
      'mid.md',
      'old.md',
      'none.md',
    ]);
  });

  it('sorts by title and by modification time', () => {
    expect(sortPosts(posts, 'title', 'en').map((post) => post.title)).toEqual([
      'alpha',
      'Beta',
      'Delta',
      'Gamma',
    ]);
    expect(sortPosts(posts, 'modified', 'en').map((post) => post.path)).toEqual([
      'none.md',
      'old.md',
      'mid.md',
      'new.md',
    ]);
  });
});

describe('post dates', () => {
  it('shows the calendar date as written, in the UI locale, never shifted by a time zone', () => {
    expect(formatPostDate('2025-02-14T23:30:00-08:00', 'en')).toBe('Feb 14, 2025');
    expect(formatPostDate('2025-02-14', 'zh-CN')).toBe('2025年2月14日');
    expect(formatPostDate('sometime', 'en')).toBe('sometime');
    expect(formatPostDate(null, 'en')).toBe('');
  });
});

describe('postsChanged', () => {
  it('adds, changes, removes and renames entries in place', () => {
    const list = [entry('a.md', 'A'), entry('b.md', 'B'), entry('c.md', 'C')];
    const next = applyPostsChanged(list, {
      added: [entry('d.md', 'D')],
      changed: [entry('b.md', 'B2'), entry('e.md', 'E')],
      removed: ['c.md'],
      renamed: [{ from: 'a.md', to: 'e.md' }],
    });
    expect(next.map((post) => `${post.path}:${post.title}`)).toEqual([
      'b.md:B2',
      'd.md:D',
      'e.md:E',
    ]);
  });
});
