import type { ExportWarning, WorkspacePath } from '../api';
import { conversionLosses, describeLosses, hasLosses } from './conversion-losses';
import type { ExportPreset, PostFacts } from './presets/types';
import type { RepoFacts } from './repo-facts';
import { describeMissingFields, missingRequiredFields } from './schema-checks';

/** Required fields of the blog's content schema the exported post lacks (its build would fail). */
export function schemaWarnings(
  postPath: WorkspacePath,
  preset: ExportPreset,
  facts: PostFacts,
  repo: RepoFacts,
): ExportWarning[] {
  const fields = missingRequiredFields(preset, facts, repo);
  return fields.length === 0
    ? []
    : [
        {
          code: 'schema-missing-field',
          postPath,
          message: describeMissingFields(fields),
          details: { fields: fields.join(', '), count: fields.length },
        },
      ];
}

/**
 * What rewriting the front matter in the target's syntax loses, said rather than done silently;
 * null when the post is not converted or loses nothing.
 */
export function conversionWarning(
  postPath: WorkspacePath,
  text: string,
  to: 'yaml' | 'toml',
): ExportWarning | null {
  const losses = conversionLosses(text, to);
  if (!hasLosses(losses)) {
    return null;
  }
  return {
    code: 'front-matter-converted',
    postPath,
    message: describeLosses(losses, to),
    details: {
      format: to.toUpperCase(),
      comments: losses.comments,
      nulls: losses.nulls.join(', ') || '-',
      numbers: losses.numbersAsText.join(', ') || '-',
      // Converting to YAML loses only comments: the catalog's shorter `_comments` text says so.
      ...(losses.nulls.length === 0 && losses.numbersAsText.length === 0
        ? { context: 'comments' }
        : {}),
    },
  };
}
