import type { ExportWarning, WorkspacePath } from '../api';
import type { ExportPreset } from './presets/types';
import type { RepoFacts } from './repo-facts';

/**
 * The generator that publishes a post marked as a draft anyway, or null when the blog leaves
 * drafts out (Jekyll's `_drafts`, Hugo's and Hexo's own rules) or it cannot be known.
 *
 * Astro drops front-matter keys its content schema does not name (the blog starter names no
 * `draft`); Eleventy publishes every post unless its configuration has a drafts rule
 * (eleventy-base-blog's `addPreprocessor("drafts", ...)`), read from its text.
 */
export function publishesDrafts(preset: ExportPreset, repo: RepoFacts): string | null {
  if (preset.id === 'astro') {
    return repo.astroSchema !== null && !repo.astroSchema.fields.includes('draft') ? 'Astro' : null;
  }
  if (preset.id === 'eleventy') {
    return repo.eleventyDraftRule ? null : 'Eleventy';
  }
  return null;
}

/** The draft warning for a blog that publishes the draft: it must not say it stays hidden. */
export function draftPublishedWarning(postPath: WorkspacePath, generator: string): ExportWarning {
  return {
    code: 'draft',
    postPath,
    message: `This post is marked as a draft, but ${generator} has no rule here that leaves drafts out: exported, it will be published.`,
    // `context` picks the catalog's `draft_published` text (i18next contexts).
    details: { context: 'published', generator },
  };
}
