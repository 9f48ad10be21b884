// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the untyped plugins' declarations must reach every tsconfig that compiles this file
/// <reference path="./vendor-modules.d.ts" />
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import * as taskListsModule from 'markdown-it-task-lists';
import * as katexPluginModule from '@vscode/markdown-it-katex';
import { guardFootnoteReferences } from './footnote-ref-guard';
import { useLinearFootnoteTail } from './footnote-tail';
import { unescapeShortcodes, useGeneratorSource } from './generator-source';
import { useKramdownAttributeLists } from './kramdown-ial';
import { renderMath } from './math-engine';
import { useTagCodeBlocks } from './tag-code-blocks';
import { useTemplateTags } from './template-tags';

/** How fenced code is highlighted: HTML for the code, or null to show it as escaped text. */
export type Highlighter = (code: string, lang: string) => string | null;

type PluginFn = (md: MarkdownIt, options?: unknown) => void;
type RuleFn = (...args: never[]) => unknown;

// CommonJS plugins arrive as `{ default: fn }` or `{ default: { default: fn } }` depending on the
// bundler's interop (Vite in the browser, Node in tests): unwrap until the function appears.
function interopDefault(module: unknown): PluginFn {
  let value = module;
  while (typeof value === 'object' && value !== null && 'default' in value) {
    value = value.default;
  }
  if (typeof value !== 'function') {
    throw new TypeError('markdown-it plugin module has no function export');
  }
  return value as PluginFn;
}

// The KaTeX plugin calls `katex.renderToString`: this stands in for KaTeX, rendering through the
// registered math engine, or showing the formula's source until the engine is loaded.
function mathThroughEngine(onPending: () => void): {
  renderToString(latex: string, options?: { displayMode?: boolean }): string;
} {
  return {
    renderToString(latex, options) {
      const html = renderMath(latex, options?.displayMode === true);
      if (html !== null) {
        return html;
      }
      onPending();
      return `<span class="math-pending">${escapeText(latex)}</span>`;
    },
  };
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A markdown-it configured as Postwright's preview renders posts.
 *
 * CommonMark + GFM tables and strikethrough, linkify, task lists, footnotes, math through the
 * registered engine (`math-engine.ts`; `onMathPending` hears of formulas shown as source because
 * none is registered yet), fenced code through `highlight`, and the static-site generators' own syntax as their sites show it:
 * Jekyll/Hexo/Hugo code tags as fences, `{% raw %}` tags and kramdown attribute lists hidden,
 * Hugo's `figure` and Hexo's asset tags as images, other shortcodes and tags as chips. Raw HTML is passed through (`html: true`): sanitizing is the
 * renderer's job. Line attributes and heading ids are added by `setDataLines` and
 * `prepareHeadings` after parsing, because the incremental renderer renders token slices with
 * lines relative to their block.
 */
export function createMarkdownIt(
  highlight: Highlighter,
  onMathPending: () => void = () => undefined,
): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
  const { escapeHtml, unescapeAll } = md.utils;

  md.renderer.rules.fence = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx] as Token;
    const info = token.info === '' ? '' : unescapeAll(token.info).trim();
    const lang = info.split(/\s+/)[0] ?? '';
    const content = unescapeShortcodes(token.content);
    const html = lang === '' ? null : highlight(content, lang.toLowerCase());
    const classes = [html === null ? '' : 'hljs', lang === '' ? '' : `language-${lang}`].filter(
      (c) => c !== '',
    );
    const classAttr = classes.length === 0 ? '' : ` class="${escapeHtml(classes.join(' '))}"`;
    return `<pre${self.renderAttrs(token)}><code${classAttr}>${html ?? escapeHtml(content)}</code></pre>\n`;
  };
  for (const name of ['code_inline', 'code_block'] as const) {
    const render = md.renderer.rules[name];
    if (render !== undefined) {
      md.renderer.rules[name] = (tokens, idx, options, env, self) => {
        const token = tokens[idx] as Token;
        token.content = unescapeShortcodes(token.content);
        return render(tokens, idx, options, env, self);
      };
    }
  }
  useGeneratorSource(md);
  useTagCodeBlocks(md);
  useKramdownAttributeLists(md);
  useTemplateTags(md);

  md.use(footnotePlugin);
  useLinearFootnoteTail(md);
  guardFootnoteReferences(md);
  md.use(interopDefault(taskListsModule), { enabled: false });
  md.use(interopDefault(katexPluginModule), {
    katex: mathThroughEngine(onMathPending),
    enableFencedBlocks: true,
  });
  giveFootnoteDefinitionsAMap(md);
  addLineToMathBlocks(md);
  return md;
}

// markdown-it-footnote's definition token has no `map`; the block splitter needs every top-level
// token's line range, so the rule is wrapped to record the lines it consumed.
function giveFootnoteDefinitionsAMap(md: MarkdownIt): void {
  const rules = (
    md.block.ruler as unknown as { __rules__: { name: string; fn: RuleFn; alt: string[] }[] }
  ).__rules__;
  const rule = rules.find((r) => r.name === 'footnote_def');
  if (rule === undefined) {
    throw new Error('markdown-it-footnote did not register footnote_def');
  }
  const original = rule.fn as unknown as (
    state: BlockState,
    start: number,
    end: number,
    silent: boolean,
  ) => boolean;
  md.block.ruler.at(
    'footnote_def',
    (state, start, end, silent) => {
      const first = state.tokens.length;
      const matched = original(state, start, end, silent);
      const open = state.tokens[first];
      if (matched && !silent && open !== undefined) {
        open.map = [start, state.line];
      }
      return matched;
    },
    { alt: rule.alt },
  );
}

interface BlockState {
  tokens: Token[];
  line: number;
}

// The KaTeX plugin's block renderer ignores token attributes; put `data-line` on its first tag.
function addLineToMathBlocks(md: MarkdownIt): void {
  for (const name of ['math_block', 'fence'] as const) {
    const render = md.renderer.rules[name];
    if (render === undefined) {
      continue;
    }
    md.renderer.rules[name] = (tokens, idx, options, env, self) => {
      const html = render(tokens, idx, options, env, self);
      const line = (tokens[idx] as Token).attrGet('data-line');
      if (line === null || html.startsWith('<pre')) {
        return html;
      }
      return html.replace(/^<([a-z]+)/, `<$1 data-line="${line}"`);
    };
  }
}

/**
 * Sets `data-line` on every block token that has a source line (like VS Code's pluginSourceMap).
 *
 * `toLine` maps a token's parsed line to the line the HTML should carry.
 */
export function setDataLines(tokens: readonly Token[], toLine: (line: number) => number): void {
  for (const token of tokens) {
    if (token.map !== null && token.block && token.nesting !== -1 && token.type !== 'inline') {
      token.attrSet('data-line', String(toLine(token.map[0])));
    }
  }
}

/** A heading as found while parsing: its id is decided later, per document. */
export interface ParsedHeading {
  level: number;
  text: string;
  /** The token's parsed line. */
  line: number;
  /** The heading's slug before it is made unique (set by the renderer, which memoizes it). */
  slug?: string;
}

/**
 * Marks each heading's `id` with a placeholder and returns the headings in order.
 *
 * Heading ids must be unique per document (github-slugger), which a block rendered on its own
 * cannot know; `fillHeadingIds` puts the real ids in. The placeholder uses U+0000, which markdown-it
 * replaces in every source, so no post text can imitate it.
 */
export function prepareHeadings(tokens: readonly Token[]): ParsedHeading[] {
  const headings: ParsedHeading[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') {
      return;
    }
    const inline = tokens[index + 1];
    const text = inline === undefined ? '' : plainText(inline.children ?? []);
    token.attrSet('id', `\u0000${headings.length}\u0000`);
    headings.push({ level: Number(token.tag.slice(1)), text, line: token.map?.[0] ?? 0 });
  });
  return headings;
}

// eslint-disable-next-line no-control-regex -- U+0000 is the placeholder precisely because posts cannot contain it
const placeholder = /\u0000(\d+)\u0000/g;

/** Replaces the placeholders of `prepareHeadings` by the given ids (already unique). */
export function fillHeadingIds(
  html: string,
  ids: readonly string[],
  escapeHtml: (text: string) => string,
): string {
  if (ids.length === 0) {
    return html;
  }
  return html.replace(placeholder, (_match, index: string) => escapeHtml(ids[Number(index)] ?? ''));
}

function plainText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'math_inline') {
      text += child.content;
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
      text += ' ';
    } else if (child.type === 'image') {
      text += plainText(child.children ?? []);
    }
  }
  return text.trim();
}
