import type { ExportWarning, WorkspacePath } from '../api';
import { proseSegments, type ScannedBody } from './markdown-scan';
import type { ExportPreset } from './presets/types';
import type { RepoFacts } from './repo-facts';

/** HTML elements a post writes by hand (a `<` before another word is text, not HTML). */
const htmlElements = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote br button canvas caption center ' +
    'cite code col colgroup dd del details dfn div dl dt em embed fieldset figcaption figure ' +
    'font footer form h1 h2 h3 h4 h5 h6 header hr i iframe img input ins kbd label legend li ' +
    'main mark nav object ol p picture pre q s samp section select small source span strike ' +
    'strong sub summary sup table tbody td textarea tfoot th thead time tr track u ul var video'
  ).split(' '),
);

// An opening or closing tag's name; linear (no nested quantifiers), whatever the input.
const tagName = /<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/g;

/** How many line numbers a warning names before it says "…". */
const maxNamedLines = 12;

/** Raw HTML tags in the post's text, outside code (comments such as `<!--more-->` are not tags). */
export function findRawHtml(scan: ScannedBody): { line: number; start: number }[] {
  const found: { line: number; start: number }[] = [];
  for (const segment of proseSegments(scan)) {
    const text = (scan.lines[segment.line] ?? '').slice(0, segment.end);
    tagName.lastIndex = segment.start;
    for (let match = tagName.exec(text); match !== null; match = tagName.exec(text)) {
      // `{{<figure …>}}` is a Hugo shortcode, not HTML.
      const shortcode = text.slice(Math.max(0, match.index - 2), match.index) === '{{';
      if (!shortcode && htmlElements.has((match[1] ?? '').toLowerCase())) {
        found.push({ line: segment.line, start: match.index });
      }
    }
  }
  return found;
}

/**
 * Hugo's Markdown renderer drops raw HTML (`<!-- raw HTML omitted -->`) unless the site sets
 * `markup.goldmark.renderer.unsafe = true`; it is off by default: the tags vanish from the blog.
 */
export function rawHtmlWarnings(
  scan: ScannedBody,
  preset: ExportPreset,
  repo: RepoFacts,
  postPath: WorkspacePath,
  bodyStartLine: number,
): ExportWarning[] {
  if (!preset.id.startsWith('hugo') || repo.hugoRawHtml) {
    return [];
  }
  const found = findRawHtml(scan);
  if (found.length === 0) {
    return [];
  }
  const lines = [...new Set(found.map((item) => bodyStartLine + item.line))];
  const named =
    lines.length > maxNamedLines
      ? `${lines.slice(0, maxNamedLines).join(', ')}…`
      : lines.join(', ');
  return [
    {
      code: 'raw-html-omitted',
      postPath,
      message: `Raw HTML on line(s) ${named} (${found.length} tag(s)) is dropped by Hugo, which renders it as "raw HTML omitted" unless the site sets markup.goldmark.renderer.unsafe = true.`,
      details: { line: lines[0] ?? bodyStartLine, count: found.length, lines: named },
    },
  ];
}
