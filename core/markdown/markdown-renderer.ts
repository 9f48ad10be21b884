import type MarkdownIt from 'markdown-it';
import GithubSlugger from 'github-slugger';
import { IncrementalBlockSplitter, type SourceBlock } from './block-splitter';
import { highlightCode, isHighlightLanguageRegistered } from './code-highlighter';
import {
  findFrontMatter,
  summarizeFrontMatter,
  type FrontMatterBlock,
  type FrontMatterSummary,
} from './front-matter-block';
import {
  isFootnoteRelated,
  renderFootnoteBlocks,
  type FootnoteRender,
  type HtmlTemplate,
  type References,
} from './footnote-render';
import {
  createMarkdownIt,
  fillHeadingIds,
  prepareHeadings,
  setDataLines,
  type Highlighter,
} from './markdown-engine';

/** One top-level block of the rendered body, the unit the preview patches. */
export interface RenderedBlock {
  /**
   * Identity for patching: equal keys across renders mean equal `html`. Unique in a document
   * (a repeated block gets `<id>.<n>`).
   */
  key: string;
  /** First source line of the block, 0-based, in the whole file (front matter included). */
  startLine: number;
  /** Line after the block's last line (exclusive). */
  endLine: number;
  /**
   * Unsanitized HTML. Its `data-line` attributes are RELATIVE to `startLine` (so that inserting a
   * line above a block leaves its HTML, and the preview's nodes, untouched); `renderHtml` and
   * `absoluteBlockHtml` give absolute lines.
   */
  html: string;
  /** 'footnotes' is the footnotes section, always the last block (its lines are those of the definitions). */
  kind: 'markdown' | 'footnotes';
}

/** A heading of the post, for an outline and for anchors. */
export interface RenderedHeading {
  level: number;
  /** Plain text, not HTML: escape it where it is shown. */
  text: string;
  /** The heading's id in the HTML (GitHub-style, unique per document, CJK kept). */
  id: string;
  /** Absolute source line, 0-based. */
  line: number;
}

/** A post's front matter as the preview shows it above the body. */
export interface RenderedFrontMatter extends FrontMatterBlock {
  summary: FrontMatterSummary;
}

/** A rendered post. */
export interface RenderedDocument {
  blocks: RenderedBlock[];
  headings: RenderedHeading[];
  /** Never part of the body HTML; its lines count in every block's lines. */
  frontMatter: RenderedFrontMatter | null;
  /** Fence languages that were shown plain because no highlight.js language is registered for them. */
  missingLanguages: string[];
  lineCount: number;
}

/** Renders posts; keeps per-block caches between calls, so use one per open post. */
export interface MarkdownRenderer {
  /** Renders `text`, re-rendering only the blocks that changed since the previous call. */
  render(text: string): RenderedDocument;
  /** The whole body as one HTML string with absolute `data-line`s (front matter excluded). */
  renderHtml(text: string): string;
  /** Forgets rendered blocks, e.g. after registering a highlight.js language. */
  clearCache(): void;
}

/** Options of `createMarkdownRenderer`. */
export interface MarkdownRendererOptions {
  /** Fenced-code highlighter; defaults to the shared highlight.js registry (`code-highlighter.ts`). */
  highlight?: Highlighter;
}

interface BlockEntry extends HtmlTemplate {
  missing: string[];
  lastIds: string | null;
  lastHtml: string;
}

/**
 * Creates an incremental markdown renderer.
 *
 * Each call splits the post into top-level blocks (re-parsing only around the edit, see
 * `IncrementalBlockSplitter`), takes unchanged blocks' HTML from a cache keyed by their source,
 * and renders the others alone with the whole post's link reference definitions preset; blocks
 * that touch footnotes are rendered together (see `renderFootnoteBlocks`). The concatenated
 * blocks equal a whole-document render (`renderMarkdown`), which the tests check on random edits.
 */
export function createMarkdownRenderer(options: MarkdownRendererOptions = {}): MarkdownRenderer {
  const baseHighlight = options.highlight ?? highlightCode;
  let misses: Set<string> = new Set();
  const md = createMarkdownIt((code, lang) => {
    const html = baseHighlight(code, lang);
    if (html === null && options.highlight === undefined && !isHighlightLanguageRegistered(lang)) {
      misses.add(lang);
    }
    return html;
  });
  const splitter = new IncrementalBlockSplitter(md);
  let entries = new Map<string, BlockEntry>();
  let referencesByText = new Map<string, References | null>();
  let referencesSignature = '';
  let footnoteCache: {
    reduced: string;
    signature: string;
    base: number;
    result: FootnoteRender;
  } | null = null;
  let keyByHtml = new Map<string, string>();
  let nextKey = 0;
  let frontMatterCache: { raw: string; format: string; summary: FrontMatterSummary } | null = null;

  const renderAlone = (text: string, references: References): BlockEntry => {
    misses = new Set();
    const env = { references: { ...references } };
    const tokens = md.parse(text, env);
    setDataLines(tokens, (line) => line);
    const headings = prepareHeadings(tokens);
    const template = md.renderer.render(tokens, md.options, env);
    return { template, headings, missing: [...misses], lastIds: null, lastHtml: template };
  };

  // undefined: the block cannot define anything; null: it was read and defines nothing.
  const referencesOf = (block: SourceBlock): References | null | undefined => {
    if (block.kind !== 'definitions' && !block.text.includes(']:')) {
      return undefined;
    }
    let found = referencesByText.get(block.text);
    if (found === undefined) {
      const env: { references?: References } = {};
      md.block.parse(block.text, md, env, []);
      found =
        env.references !== undefined && Object.keys(env.references).length > 0
          ? env.references
          : null;
    }
    return found;
  };

  function render(input: string): RenderedDocument {
    const text = normalize(input);
    const lines = text.split('\n');
    const frontMatterBlock = findFrontMatter(lines);
    const sourceBlocks = splitter.update(lines, frontMatterBlock?.endLine ?? 0);

    // Link reference definitions: the first definition of a label wins, across the whole post.
    const references: References = {};
    const nextReferences = new Map<string, References | null>();
    for (const block of sourceBlocks) {
      const found = referencesOf(block);
      if (found !== undefined) {
        nextReferences.set(block.text, found);
      }
      if (found != null) {
        for (const [label, target] of Object.entries(found)) {
          references[label] ??= target;
        }
      }
    }
    referencesByText = nextReferences;
    const signature = JSON.stringify(references);
    if (signature !== referencesSignature) {
      referencesSignature = signature;
      entries = new Map();
    }

    const related = sourceBlocks.filter((b) => isFootnoteRelated(b.text));
    let footnotes: FootnoteRender | null = null;
    if (related.length > 0) {
      // The section's lines are relative to its first line, so the render is reusable as long as
      // the related blocks keep their texts and their distances from each other.
      const base = (related[0] as SourceBlock).start;
      const reduced = related.map((b) => `${b.start - base}\u0000${b.text}`).join('\u0000');
      if (footnoteCache?.reduced !== reduced || footnoteCache.signature !== signature) {
        misses = new Set();
        footnoteCache = {
          reduced,
          signature,
          base,
          result: renderFootnoteBlocks(md, related, references),
        };
      }
      const shift = base - footnoteCache.base;
      const { section } = footnoteCache.result;
      footnotes = {
        blocks: footnoteCache.result.blocks,
        section:
          section === null
            ? null
            : {
                ...section,
                startLine: section.startLine + shift,
                endLine: section.endLine + shift,
              },
      };
    }

    const slugger = new GithubSlugger();
    const blocks: RenderedBlock[] = [];
    const headings: RenderedHeading[] = [];
    const missing = new Set<string>();
    const nextEntries = new Map<string, BlockEntry>();
    const nextKeyByHtml = new Map<string, string>();
    const occurrences = new Map<string, number>();
    const emit = (
      piece: HtmlTemplate,
      entry: BlockEntry | null,
      startLine: number,
      endLine: number,
      kind: RenderedBlock['kind'],
    ): void => {
      const ids = piece.headings.map((h) => slugger.slug(h.text));
      for (const [i, h] of piece.headings.entries()) {
        headings.push({
          level: h.level,
          text: h.text,
          id: ids[i] as string,
          line: startLine + h.line,
        });
      }
      let html: string;
      const joinedIds = ids.join('\u0000');
      if (entry !== null && entry.lastIds === joinedIds) {
        html = entry.lastHtml;
      } else {
        html = fillHeadingIds(piece.template, ids, md.utils.escapeHtml);
        if (entry !== null) {
          entry.lastIds = joinedIds;
          entry.lastHtml = html;
        }
      }
      if (html === '') {
        return;
      }
      let id = keyByHtml.get(html) ?? nextKeyByHtml.get(html);
      if (id === undefined) {
        id = String(nextKey++);
      }
      nextKeyByHtml.set(html, id);
      const seen = occurrences.get(id) ?? 0;
      occurrences.set(id, seen + 1);
      blocks.push({ key: seen === 0 ? id : `${id}.${seen}`, startLine, endLine, html, kind });
    };

    let relatedIndex = 0;
    for (const block of sourceBlocks) {
      if (footnotes !== null && related[relatedIndex] === block) {
        const piece = footnotes.blocks[relatedIndex++] as HtmlTemplate;
        emit(piece, null, block.start, block.end, 'markdown');
        continue;
      }
      if (block.kind === 'definitions') {
        continue;
      }
      let entry = entries.get(block.text) ?? nextEntries.get(block.text);
      if (entry === undefined) {
        entry = renderAlone(block.text, references);
      }
      nextEntries.set(block.text, entry);
      entry.missing.forEach((lang) => missing.add(lang));
      emit(entry, entry, block.start, block.end, 'markdown');
    }
    if (footnotes?.section != null) {
      const { section } = footnotes;
      emit(section, null, section.startLine, section.endLine, 'footnotes');
    }
    entries = nextEntries;
    keyByHtml = nextKeyByHtml;
    misses.forEach((lang) => missing.add(lang));
    [...missing].forEach((lang) => {
      if (isHighlightLanguageRegistered(lang)) {
        missing.delete(lang);
      }
    });
    return {
      blocks,
      headings,
      frontMatter:
        frontMatterBlock === null
          ? null
          : { ...frontMatterBlock, summary: summarize(frontMatterBlock) },
      missingLanguages: [...missing],
      lineCount: lines.length,
    };
  }

  function summarize(block: FrontMatterBlock): FrontMatterSummary {
    if (frontMatterCache?.raw !== block.raw || frontMatterCache.format !== block.format) {
      frontMatterCache = {
        raw: block.raw,
        format: block.format,
        summary: summarizeFrontMatter(block),
      };
    }
    return frontMatterCache.summary;
  }

  return {
    render,
    renderHtml: (text) => render(text).blocks.map(absoluteBlockHtml).join(''),
    clearCache: () => {
      entries = new Map();
      footnoteCache = null;
    },
  };
}

/** A block's HTML with absolute `data-line`s (the block's `html` carries lines relative to it). */
export function absoluteBlockHtml(block: RenderedBlock): string {
  if (block.startLine === 0) {
    return block.html;
  }
  return block.html.replace(
    / data-line="(-?\d+)"/g,
    (_match, line: string) => ` data-line="${Number(line) + block.startLine}"`,
  );
}

/**
 * Renders a whole post in one markdown-it pass, without any cache: the reference the incremental
 * renderer is tested against, and a simple way to render a post once.
 */
export function renderMarkdown(input: string, highlight: Highlighter = highlightCode): string {
  const md: MarkdownIt = createMarkdownIt(highlight);
  const lines = normalize(input).split('\n');
  const frontMatter = findFrontMatter(lines);
  const bodyStart = frontMatter?.endLine ?? 0;
  // Blank lines in place of the front matter keep every token's line that of the file.
  const body = lines.map((line, index) => (index < bodyStart ? '' : line)).join('\n');
  const env = {};
  const tokens = md.parse(body, env);
  setDataLines(tokens, (line) => line);
  const headings = prepareHeadings(tokens);
  const slugger = new GithubSlugger();
  const ids = headings.map((h) => slugger.slug(h.text));
  return fillHeadingIds(md.renderer.render(tokens, md.options, env), ids, md.utils.escapeHtml);
}

// markdown-it's own normalization, done once up front so that line numbers and block texts agree.
function normalize(text: string): string {
  let result = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (result.includes('\u0000')) {
    result = result.replaceAll('\u0000', '\uFFFD');
  }
  return result;
}
