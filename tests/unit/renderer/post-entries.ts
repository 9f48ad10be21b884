import type { PostEntry } from '../../../core/api';

/** A post list entry as the index gives it: undated, published, untagged unless `extra` says. */
export function entry(path: string, title: string, extra: Partial<PostEntry> = {}): PostEntry {
  return {
    path,
    title,
    date: null,
    draft: false,
    tags: [],
    categories: [],
    permalink: null,
    mtimeMs: 0,
    size: 0,
    frontMatterError: null,
    ...extra,
  };
}
