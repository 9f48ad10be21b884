import type { match, pinyin } from 'pinyin-pro';
import { lazyModule } from '../lazy/lazy-module';

/** What the post filter needs of pinyin-pro. */
export interface PinyinTools {
  pinyin: typeof pinyin;
  match: typeof match;
}

/**
 * pinyin-pro (its dictionaries are ~200 KB of script), loaded when the list is idle or the user
 * types a filter, not parsed at every start.
 */
export const pinyinTools = lazyModule<PinyinTools>(() =>
  import('pinyin-pro').then(({ pinyin, match }) => ({ pinyin, match })),
);
