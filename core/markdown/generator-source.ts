import type MarkdownIt from 'markdown-it';

// Liquid's `{% raw %}` and `{% endraw %}` (with optional whitespace control `{%-`/`-%}`). The
// inner part is `[ \t]*` around a fixed word: no nested quantifiers, one pass.
const rawTag = /\{%-?[ \t]*(?:end)?raw[ \t]*-?%\}/g;
// Hexo's `{% asset_path name %}` where a URL goes: right after `(`, a quote, `=` or `<`, as in
// `![](…)` or `src="…"`. Elsewhere (a code sample of the tag) it stays text; the name alone,
// quoted or not, never across a line.
const assetPathTag =
  /([("'=<])\{%-?[ \t]*asset_path[ \t]+("[^"\n]*"|'[^'\n]*'|[^\s%]+)(?:[ \t][^%\n]*)?-?%\}/g;

/**
 * The post's source as the generator hands it to its Markdown converter, as far as the preview
 * can know it without the site: Jekyll's `{% raw %}` tags disappear (Liquid runs before Markdown,
 * inside code too, and their content stays literal) and Hexo's `{% asset_path x %}` in a link or
 * an attribute becomes `x`.
 *
 * Only text inside a line changes: every line keeps its number, so token maps stay the file's.
 */
export function preprocessGeneratorSource(src: string): string {
  if (!src.includes('{%')) {
    return src;
  }
  return src
    .replace(rawTag, '')
    .replace(assetPathTag, (_match, before: string, name: string) => before + unquote(name));
}

/** A tag argument without its quotes. */
export function unquote(value: string): string {
  const first = value.charAt(0);
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)
    ? value.slice(1, -1)
    : value;
}

/**
 * Makes every parse of `md` see `preprocessGeneratorSource`'s text: the block parser is the
 * entry of `md.parse` and of the block splitter, so blocks, references and renders agree.
 */
export function useGeneratorSource(md: MarkdownIt): void {
  const parse = md.block.parse.bind(md.block);
  md.block.parse = (src, mdInstance, env, outTokens) => {
    parse(preprocessGeneratorSource(src), mdInstance, env, outTokens);
  };
}

const escapedShortcode = /\{\{([<%])\/\*|\*\/([>%])\}\}/g;

/**
 * Hugo's escaped shortcodes as Hugo prints them: `{{<` + `/*` … `*` + `/>}}` loses its comment
 * marks and shows as the shortcode's text. Hugo unescapes them in code as well.
 */
export function unescapeShortcodes(text: string): string {
  if (!text.includes('/*') && !text.includes('*/')) {
    return text;
  }
  return text.replace(escapedShortcode, (_match, open?: string, close?: string) =>
    open !== undefined ? `{{${open}` : `${close ?? ''}}}`,
  );
}
