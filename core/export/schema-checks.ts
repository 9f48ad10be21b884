import type { ExportPreset, FieldEdit, PostFacts } from './presets/types';
import type { RepoFacts } from './repo-facts';

/**
 * Fields the target's content schema requires that the exported post would still lack (Astro's
 * `content.config.ts`, read as text): the blog's build fails on such a post.
 *
 * The post is looked at as the preset's edits leave it (`excerpt` renamed to `description`, the
 * date under `pubDate`); a field that is null counts as missing, as zod's `z.string()` rejects it.
 */
export function missingRequiredFields(
  preset: ExportPreset,
  facts: PostFacts,
  repo: RepoFacts,
): string[] {
  const schema = preset.id === 'astro' ? repo.astroSchema : null;
  if (schema === null) {
    return [];
  }
  const present = new Set(
    Object.entries(facts.data)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key]) => key),
  );
  applyToKeys(present, preset.frontMatter(facts, repo));
  return schema.required.filter((field) => !present.has(field));
}

/** The English sentence for the missing fields (the UI words it from `details.fields`). */
export function describeMissingFields(fields: readonly string[]): string {
  return `The blog's content schema requires ${fields.join(', ')}, which this post does not have: the site build fails until the front matter gets ${fields.length === 1 ? 'it' : 'them'}.`;
}

function applyToKeys(keys: Set<string>, edits: readonly FieldEdit[]): void {
  for (const edit of edits) {
    if (edit.op === 'rename') {
      if (keys.delete(edit.from)) {
        keys.add(edit.to);
      }
    } else if (edit.op === 'set') {
      keys.add(edit.key);
    } else if (edit.op === 'set-nested') {
      keys.add(edit.parent);
    } else {
      keys.delete(edit.key);
    }
  }
}
