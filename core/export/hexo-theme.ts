import { parse as parseYaml } from 'yaml';
import { objectAt, stringAt } from './config-values';
import type { RepoListing } from './detect';

/** Theme configuration files Hexo reads beside `_config.yml` (`_config.<theme>.yml`). */
export const hexoThemeConfigFiles: readonly string[] = [
  '_config.next.yml',
  '_config.butterfly.yml',
];

/**
 * The front-matter key a Hexo theme renders math on demand with, or null when it renders math on
 * every page (or has no math engine on). NexT: `mathjax: true` unless `math.every_page` (false
 * by default), for MathJax and KaTeX alike; Butterfly: `mathjax: true` or `katex: true` for the
 * engine it uses unless `per_page` is true.
 */
export function hexoMathFlag(listing: RepoListing, site: Record<string, unknown>): string | null {
  const theme = stringAt(site, 'theme')?.toLowerCase() ?? '';
  // Hexo 5+ also takes the theme's settings from `theme_config:` in `_config.yml`.
  const config = (file: string): Record<string, unknown> => ({
    ...readYaml(listing.texts[file]),
    ...objectAt(site, 'theme_config'),
  });
  if (theme === 'next' || theme === 'hexo-theme-next') {
    const math = objectAt(config('_config.next.yml'), 'math');
    const engineOn = ['mathjax', 'katex'].some((engine) => objectAt(math, engine).enable === true);
    return engineOn && math.every_page !== true ? 'mathjax' : null;
  }
  if (theme === 'butterfly' || theme === 'hexo-theme-butterfly') {
    const settings = config('_config.butterfly.yml');
    const math = objectAt(settings, 'math');
    const use = stringAt(math, 'use')?.toLowerCase();
    if (use === 'mathjax' || use === 'katex') {
      return math.per_page === false ? use : null;
    }
    return (
      ['mathjax', 'katex'].find((engine) => {
        const options = objectAt(settings, engine);
        return options.enable === true && options.per_page === false;
      }) ?? null
    );
  }
  return null;
}

function readYaml(text: string | undefined): Record<string, unknown> {
  // Real theme settings are kilobytes: a hostile multi-megabyte file is not parsed.
  if (text === undefined || text.length > 2 ** 20) {
    return {};
  }
  try {
    const data: unknown = parseYaml(text.replace(/^\uFEFF/, ''), { maxAliasCount: 100 });
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    // A theme configuration that cannot be read says nothing about math.
    return {};
  }
}
