import type { GeneratorId } from '../api';
import { toZone, type PostDate } from './dates';
import { hugoLanguagePrefix } from './hugo-languages';
import type { PostFacts } from './presets/types';
import type { RepoFacts } from './repo-facts';

/** What a post's address is computed from. */
export interface UrlInput {
  preset: GeneratorId;
  facts: PostFacts;
  repo: RepoFacts;
  /** The permalink the exported file declares (already made safe), if any. */
  permalink: string | null;
  /** Where the file goes, relative to the repository. */
  targetPath: string;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * The address the generator will publish the post at (a path from the site's root), or null when
 * it depends on something Postwright cannot know (a theme's routes, code in the configuration, a
 * pattern part it does not model). Never a guess: null is shown as "unknown".
 */
export function postUrl(input: UrlInput): string | null {
  const { facts, repo, preset } = input;
  if (facts.draft && !preset.startsWith('hugo')) {
    return null;
  }
  const base = repo.url.basePath;
  const declared = input.permalink;
  if (declared !== null && declared.trim() !== '') {
    return /\{\{|\{%/.test(declared) ? null : withBase(base, declared.trim());
  }
  const date = toZone(facts.date, repo.timeZone);
  switch (preset) {
    case 'jekyll':
    case 'jekyll-academicpages':
    case 'jekyll-minimal-mistakes':
      return fill(jekyllStyle(repo.url.jekyllPermalink), base, date, jekyllParts(facts));
    case 'hexo':
      return fill(repo.url.hexoPermalink, base, date, {
        title: facts.slug,
        name: facts.slug,
        post_title: facts.slug,
      });
    case 'hugo':
    case 'hugo-bundle':
      return hugoUrl(input, date);
    case 'astro':
      return repo.url.astroRoute === null
        ? null
        : withBase(base, `/${repo.url.astroRoute}/${facts.slug}/`);
    case 'eleventy': {
      const input11ty = repo.url.eleventyInput;
      if (input11ty === null) {
        return null;
      }
      const inside =
        input11ty === '.' ? input.targetPath : input.targetPath.slice(input11ty.length + 1);
      if (input11ty !== '.' && !input.targetPath.startsWith(`${input11ty}/`)) {
        return null;
      }
      return withBase(base, `/${inside.replace(/(?:\/index)?\.md$/, '')}/`);
    }
    default:
      return null;
  }
}

/** Jekyll's named permalink styles as patterns. */
function jekyllStyle(style: string): string {
  const named: Record<string, string> = {
    date: '/:categories/:year/:month/:day/:title:output_ext',
    pretty: '/:categories/:year/:month/:day/:title/',
    ordinal: '/:categories/:year/:y_day/:title:output_ext',
    none: '/:categories/:title:output_ext',
  };
  return named[style] ?? style;
}

function jekyllParts(facts: PostFacts): Record<string, string> {
  const raw = facts.data.categories ?? facts.data.category;
  const categories = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw.split(/\s+/)
      : [];
  return {
    title: facts.slug,
    slug: facts.slug,
    categories: categories
      .map((category) => category.trim().toLowerCase())
      .filter((category) => category !== '')
      .join('/'),
    output_ext: '.html',
  };
}

function hugoUrl(input: UrlInput, date: PostDate): string | null {
  const { facts, repo, targetPath } = input;
  if (repo.url.hugoUglyUrls) {
    return null;
  }
  const section = repo.hugoSection.split('/').at(-1) ?? '';
  const pattern = repo.url.hugoPermalinks[section];
  const declaredSlug = typeof facts.data.slug === 'string' ? facts.data.slug.trim() : '';
  const prefix = hugoLanguagePrefix(repo.url.hugoLanguages, facts.language);
  if (prefix === null) {
    return null;
  }
  const base = `${repo.url.basePath}${prefix}`;
  // A translation's language is in its name (`index.zh.md`, `post.zh.md`), not in its address.
  const language = facts.language === null ? '' : `(?:\\.${escapeRegExp(facts.language)})?`;
  const segments = targetPath.split('/');
  const last = segments.at(-1) ?? '';
  const fileName = new RegExp(`^index${language}\\.md$`).test(last)
    ? (segments.at(-2) ?? '')
    : last.replace(new RegExp(`${language}\\.md$`), '');
  if (pattern === undefined) {
    return withBase(base, `/${section}/${declaredSlug || fileName}/`);
  }
  // `:slug` and `:title` without a declared slug come from the title as Hugo urlizes it: not modelled.
  const parts: Record<string, string | null> = {
    slug: declaredSlug === '' ? null : declaredSlug,
    title: null,
    filename: fileName,
    contentbasename: fileName,
    section,
    sections: section,
  };
  return fill(pattern, base, date, parts);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Fills a `:name` pattern; null when it uses a part that is not known. */
function fill(
  pattern: string,
  base: string,
  date: PostDate,
  parts: Record<string, string | null>,
): string | null {
  const dateParts: Record<string, string> = {
    year: pad(date.year, 4),
    month: pad(date.month),
    day: pad(date.day),
    i_month: String(date.month),
    i_day: String(date.day),
    short_year: pad(date.year % 100),
    hour: pad(date.hour),
    minute: pad(date.minute),
    second: pad(date.second),
  };
  let unknown = false;
  const filled = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => {
    const value = name in parts ? parts[name] : dateParts[name];
    if (value === undefined || value === null) {
      unknown = true;
      return whole;
    }
    return value;
  });
  if (unknown) {
    return null;
  }
  return withBase(base, `/${filled}`.replace(/\/{2,}/g, '/'));
}

function withBase(base: string, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`.replace(/\/{2,}/g, '/');
}
