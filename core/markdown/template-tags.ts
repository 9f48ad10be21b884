import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline, Token } from 'markdown-it';
import { unescapeShortcodes, unquote } from './generator-source';
import { argumentOf, readTagArguments, type TagArgument } from './template-tag-args';

/** How far a shortcode's arguments may run over lines before the line is read as text. */
const maxShortcodeLines = 30;
const chipTextLength = 48;

interface ParsedTag {
  /** The whole tag as written, for the chip's tooltip. */
  source: string;
  name: string;
  closing: boolean;
  args: TagArgument[];
}

/** Reads a tag's inside (between its delimiters). */
function parseTag(source: string, inside: string): ParsedTag | null {
  let inner = inside.trim();
  if (inner.endsWith('/')) {
    inner = inner.slice(0, -1).trimEnd(); // self-closing `{{< x />}}`
  }
  const closing = inner.startsWith('/');
  if (closing) {
    inner = inner.slice(1).trimStart();
  }
  const [first, ...args] = readTagArguments(inner);
  if (first === undefined || first.key !== null || first.value === '') {
    return null;
  }
  return { source, name: first.value, closing, args };
}

/** Which shortcode closes an opening delimiter. */
function closerOf(src: string, pos: number): '>}}' | '%}}' | null {
  if (src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x7b) {
    return null;
  }
  const kind = src.charAt(pos + 2);
  // `{{</* … */>}}` is an escaped shortcode: text, unescaped by the inline rule.
  if ((kind !== '<' && kind !== '%') || src.startsWith('/*', pos + 3)) {
    return null;
  }
  return kind === '<' ? '>}}' : '%}}';
}

function chipHtml(tag: ParsedTag, escapeHtml: (text: string) => string): string {
  const words = [
    tag.name,
    ...tag.args.map((arg) => (arg.key === null ? arg.value : `${arg.key}=${arg.value}`)),
  ];
  const summary = `${tag.closing ? '/' : ''}${words.join(' ')}`;
  const text =
    summary.length > chipTextLength ? `${summary.slice(0, chipTextLength - 1)}…` : summary;
  return `<span class="pw-shortcode" title="${escapeHtml(tag.source)}">${escapeHtml(text)}</span>`;
}

// Hugo's alt text falls back to the caption made plain: without its emphasis marks.
const emphasisMarks = /[*_`]/g;

/** Hugo's `figure` shortcode as Hugo's own template writes it; the preview's URL policy applies. */
function figureHtml(
  md: MarkdownIt,
  attrs: string,
  args: readonly TagArgument[],
  env: unknown,
): string {
  const { escapeHtml } = md.utils;
  const attr = (name: string, value: string): string =>
    value === '' ? '' : ` ${name}="${escapeHtml(value)}"`;
  const src = argumentOf(args, 'src');
  const link = argumentOf(args, 'link');
  const title = argumentOf(args, 'title');
  const caption = argumentOf(args, 'caption');
  const image = `<img${attr('src', src === '' ? '' : md.normalizeLink(src))}${attr('alt', argumentOf(args, 'alt') || caption.replace(emphasisMarks, ''))}${attr('width', argumentOf(args, 'width'))}${attr('height', argumentOf(args, 'height'))}>`;
  const linked = link === '' ? image : `<a${attr('href', md.normalizeLink(link))}>${image}</a>`;
  const captionHtml =
    title === '' && caption === ''
      ? ''
      : `<figcaption>${title === '' ? '' : `<h4>${escapeHtml(title)}</h4>`}${caption === '' ? '' : `<p>${md.renderInline(caption, captionEnv(env))}</p>`}</figcaption>`;
  return `<figure${attrs}>${linked}${captionHtml}</figure>\n`;
}

// A caption may use the post's link references, but must not take its footnotes along: the
// footnote plugin appends the footnotes section to any render whose env lists them.
function captionEnv(env: unknown): { references?: unknown } {
  const references = (env as { references?: unknown } | null)?.references;
  return references === undefined ? {} : { references };
}

function lineStart(state: StateBlock, line: number): number {
  return (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
}

/**
 * A Hugo shortcode alone on its line(s): `figure` renders as a figure, any other as a chip naming
 * it (a paired shortcode's inner lines render as the Markdown they are, between its two chips).
 * The arguments may run over a few lines; the scan stops at a blank line or another `{{`.
 */
function shortcodeBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) {
    return false;
  }
  const start = lineStart(state, startLine);
  const closer = closerOf(state.src, start);
  if (closer === null) {
    return false;
  }
  let line = startLine;
  let from = start + 3;
  let found = -1;
  while (line < endLine && line - startLine < maxShortcodeLines) {
    const end = state.eMarks[line] ?? 0;
    if (line > startLine) {
      from = lineStart(state, line);
      if (from >= end || state.src.startsWith('{{', from)) {
        return false;
      }
    }
    // Only this line counts: indexOf over the rest of the post made a post of unclosed openers
    // quadratic (one scan to the end per line tried).
    const inLine = state.src.slice(from, end).indexOf(closer);
    if (inLine >= 0) {
      found = from + inLine;
      break;
    }
    line++;
  }
  if (found < 0 || state.src.slice(found + 3, state.eMarks[line]).trim() !== '') {
    return false;
  }
  const source = state.src.slice(start, found + 3);
  const tag = parseTag(source, source.slice(3, -3));
  if (tag === null) {
    return false;
  }
  if (silent) {
    return true;
  }
  state.line = line + 1;
  const token = state.push('template_tag_block', '', 0);
  token.map = [startLine, state.line];
  token.meta = tag;
  token.block = true;
  return true;
}

/**
 * Template tags inside text: Hugo shortcodes and Liquid tags as chips, Hexo's `asset_img` and
 * `asset_link` as the image and link they make, escaped shortcodes as their text. A failed scan
 * stops at the next `{{`/`{%`, so every character is scanned a bounded number of times.
 */
function templateTagInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== 0x7b || pos + 3 > posMax) {
    return false;
  }
  const second = src.charAt(pos + 1);
  let openLength: number;
  let closer: string;
  if (second === '%') {
    openLength = 2;
    closer = '%}';
  } else if (second === '{' && (src.charAt(pos + 2) === '<' || src.charAt(pos + 2) === '%')) {
    openLength = 3;
    closer = src.charAt(pos + 2) === '<' ? '>}}' : '%}}';
  } else {
    return false;
  }
  let end = pos + openLength;
  while (end < posMax && !src.startsWith(closer, end)) {
    if (
      src.charCodeAt(end) === 0x7b &&
      (src.charAt(end + 1) === '{' || src.charAt(end + 1) === '%')
    ) {
      return false;
    }
    end++;
  }
  if (end >= posMax) {
    return false;
  }
  const source = src.slice(pos, end + closer.length);
  let inside = src.slice(pos + openLength, end);
  if (openLength === 3 && inside.startsWith('/*') && inside.endsWith('*/')) {
    if (!silent) {
      state.push('text', '', 0).content = `${source.slice(0, 3)}${inside.slice(2, -2)}${closer}`;
    }
    state.pos = end + closer.length;
    return true;
  }
  if (openLength === 2) {
    inside = inside.replace(/^-/, '').replace(/-$/, '');
  }
  const tag = parseTag(source, inside);
  if (tag === null) {
    return false;
  }
  if (!silent) {
    const token = state.push('template_tag_inline', '', 0);
    token.meta = { ...tag, liquid: openLength === 2 };
  }
  state.pos = end + closer.length;
  return true;
}

function inlineTagHtml(md: MarkdownIt, tag: ParsedTag & { liquid: boolean }): string {
  const { escapeHtml } = md.utils;
  if (tag.liquid && (tag.name === 'asset_img' || tag.name === 'asset_link') && !tag.closing) {
    const values = tag.args.map((arg) =>
      arg.key === null ? arg.value : `${arg.key}=${arg.value}`,
    );
    // asset_img may start with class names and take a width and height before its title.
    const nameIndex =
      tag.name === 'asset_img'
        ? Math.max(
            0,
            values.findIndex((v) => /\.[A-Za-z0-9]{2,5}$/.test(v)),
          )
        : 0;
    const name = unquote(values[nameIndex] ?? '');
    const rest = values.slice(nameIndex + 1);
    if (name !== '') {
      const url = escapeHtml(md.normalizeLink(name));
      if (tag.name === 'asset_img') {
        const title = escapeHtml(rest.filter((v, i) => !(i < 2 && /^\d+%?$/.test(v))).join(' '));
        return `<img src="${url}" alt="${title}"${title === '' ? '' : ` title="${title}"`}>`;
      }
      const words = rest.at(-1) === 'false' ? rest.slice(0, -1) : rest;
      return `<a href="${url}">${escapeHtml(words.length === 0 ? name : words.join(' '))}</a>`;
    }
  }
  return chipHtml(tag, escapeHtml);
}

// A shortcode inside raw HTML (`<p>…</p>\n{{</ x >}}`): the inside holds no brace or angle
// bracket, so each attempt stops at the next one and the scan stays linear.
const shortcodeInHtml = /\{\{<([^<>{}]*)>\}\}|\{\{%([^%{}]*)%\}\}/g;

/**
 * Hugo replaces shortcodes before Markdown sees the text, so one written inside an HTML block is
 * a shortcode too; left there, the browser would read `{{</ x >}}` as a stray end tag.
 */
function shortcodesInHtml(md: MarkdownIt, html: string): string {
  if (!html.includes('{{')) {
    return html;
  }
  return html.replace(shortcodeInHtml, (source, angle?: string, percent?: string) => {
    const inside = angle ?? percent ?? '';
    const tag = inside.startsWith('/*') ? null : parseTag(source, inside);
    return tag === null
      ? md.utils.escapeHtml(unescapeShortcodes(source))
      : chipHtml(tag, md.utils.escapeHtml);
  });
}

/** Adds Hugo shortcodes, Liquid tags and Hexo's asset tags (see the rules above). */
export function useTemplateTags(md: MarkdownIt): void {
  // Before the setext heading: that rule starts at a paragraph's first line and would take a
  // shortcode line into a heading underlined lines below (the generator sees no such heading).
  md.block.ruler.before('lheading', 'template_tag_block', shortcodeBlock, { alt: ['paragraph'] });
  md.inline.ruler.before('text', 'template_tag_inline', templateTagInline);
  md.renderer.rules.template_tag_block = (tokens, idx, _options, env, self) => {
    const token = tokens[idx] as Token;
    const tag = token.meta as ParsedTag;
    if (tag.name === 'figure' && !tag.closing) {
      return figureHtml(md, self.renderAttrs(token), tag.args, env);
    }
    return `<p${self.renderAttrs(token)} class="pw-shortcode-line">${chipHtml(tag, md.utils.escapeHtml)}</p>\n`;
  };
  const htmlBlock = md.renderer.rules.html_block;
  md.renderer.rules.html_block = (tokens, idx, options, env, self) => {
    const html = htmlBlock?.(tokens, idx, options, env, self) ?? (tokens[idx] as Token).content;
    return shortcodesInHtml(md, html);
  };
  md.renderer.rules.template_tag_inline = (tokens, idx) =>
    inlineTagHtml(md, (tokens[idx] as Token).meta as ParsedTag & { liquid: boolean });
}
