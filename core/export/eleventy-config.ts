import type { RepoListing } from './detect';

/** The text of Eleventy's configuration file (read, never run), if there is one. */
export function eleventyConfigText(listing: RepoListing): string | undefined {
  return Object.entries(listing.texts).find(([path]) =>
    /^(?:\.eleventy|eleventy\.config)\.[cm]?[jt]s$/.test(path),
  )?.[1];
}

/**
 * `markdownTemplateEngine: "njk"` (or `setMarkdownTemplateEngine("njk")`) as the configuration's
 * text writes it; Eleventy's default is Liquid. `false`, `"md"` or another engine: null.
 */
export function eleventyTemplateEngine(text: string | undefined): 'Liquid' | 'Nunjucks' | null {
  const written =
    text === undefined
      ? undefined
      : /\b(?:markdownTemplateEngine\s*:|setMarkdownTemplateEngine\s*\()\s*(false\b|["'`][\w-]*["'`])/.exec(
          text,
        )?.[1];
  if (written === undefined) {
    return 'Liquid';
  }
  if (written === 'false') {
    return null;
  }
  const engine = written.slice(1, -1);
  return engine === 'njk' ? 'Nunjucks' : engine === 'liquid' ? 'Liquid' : null;
}
