import { beforeAll, describe, expect, it } from 'vitest';
import {
  folderOf,
  matchesDraftFilter,
  matchesQuery,
  rowLocation,
  sharedTitles,
} from '../../../renderer/posts/post-filter';
import { pinyinTools, type PinyinTools } from '../../../renderer/posts/pinyin-tools';
import { entry } from './post-entries';

let pinyin: PinyinTools;
beforeAll(async () => {
  pinyin = await pinyinTools.load();
});

describe('post list: drafts, folders and look-alike titles', () => {
  const kyoto = entry('travel/日本/kyoto.md', 'Kyoto in autumn');
  const draft = entry('drafts-folder/idea.md', 'An idea', { draft: true });
  const root = entry('about.md', 'About');

  it('shows all posts, drafts only, or published only', () => {
    const all = [kyoto, draft, root];
    expect(all.filter((post) => matchesDraftFilter(post, 'all'))).toEqual(all);
    expect(all.filter((post) => matchesDraftFilter(post, 'drafts'))).toEqual([draft]);
    expect(all.filter((post) => matchesDraftFilter(post, 'published'))).toEqual([kyoto, root]);
  });

  it('finds a post by its folder, and a Chinese folder by pinyin', () => {
    expect(matchesQuery(kyoto, 'travel', pinyin)).toBe(true);
    expect(matchesQuery(kyoto, '日本', pinyin)).toBe(true);
    expect(matchesQuery(kyoto, 'riben', pinyin)).toBe(true);
    expect(matchesQuery(kyoto, 'rb', pinyin)).toBe(true);
    expect(matchesQuery(kyoto, 'travel/日本', pinyin)).toBe(true);
    expect(matchesQuery(root, 'riben', pinyin)).toBe(false);
    expect(matchesQuery(kyoto, 'zhongguo', pinyin)).toBe(false);
  });

  it('names the folder of a post, and the whole path when its title is shared', () => {
    expect(folderOf('travel/日本/kyoto.md')).toBe('travel/日本');
    expect(folderOf('about.md')).toBe('');
    const twinA = entry('notes/a.md', 'Notes');
    const twinB = entry('notes/b.md', 'Notes');
    const shared = sharedTitles([twinA, twinB, kyoto]);
    expect([...shared]).toEqual(['Notes']);
    expect(rowLocation(twinA, shared.has(twinA.title))).toBe('notes/a.md');
    expect(rowLocation(twinB, shared.has(twinB.title))).toBe('notes/b.md');
    expect(rowLocation(kyoto, shared.has(kyoto.title))).toBe('travel/日本');
    expect(rowLocation(root, shared.has(root.title))).toBe('');
  });
});
