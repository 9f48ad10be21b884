import type { ExportPreset } from './presets/types';
import type { RepoFacts } from './repo-facts';

/**
 * An image link as the post's text must write it for the published site: a site-root link
 * (`/assets/images/x.png`) gets the site's base path (Jekyll `baseurl`, the path of Hugo's
 * `baseURL`), so images work on a project site served under `/repo/`.
 *
 * Jekyll and Hugo copy Markdown links as written, so the base is written into the link (plain
 * Markdown, no Liquid or shortcode, the same link in every generator's preview). Relative links
 * (Hugo page bundles, Astro) already work under any base. Hexo is left alone: its renderer
 * prepends `root` itself (`marked.prependRoot`, on by default in current versions). Front-matter
 * image fields: see `siteFieldLink`.
 */
export function siteImageLink(link: string, preset: ExportPreset, repo: RepoFacts): string {
  const base = repo.url.basePath;
  if (base === '' || !prefixesBase(preset) || !link.startsWith('/') || link.startsWith('//')) {
    return link;
  }
  return link === base || link.startsWith(`${base}/`) ? link : `${base}${link}`;
}

/**
 * A front-matter image value (a cover) as the published site needs it. Jekyll themes pass it
 * through `relative_url` and Hexo's through `url_for`, which prepend the base themselves: left
 * alone. Hugo's `relURL` and `absURL` make a value that starts with `/` relative to the host,
 * dropping the path of `baseURL`: Hugo gets the base written in, as in the text.
 */
export function siteFieldLink(link: string, preset: ExportPreset, repo: RepoFacts): string {
  return preset.id.startsWith('hugo') ? siteImageLink(link, preset, repo) : link;
}

function prefixesBase(preset: ExportPreset): boolean {
  return preset.id.startsWith('jekyll') || preset.id.startsWith('hugo');
}
