import { HeadingSlugger, slugOf } from './block-scan';
import { BlockEntries, MissingResources, stillMissing, type EntryMemo } from './block-entries';
import { IncrementalBlockSplitter, splitPrefix, type SourceBlock } from './block-splitter';
import { highlightCode, isHighlightLanguageRegistered } from './code-highlighter';
import { FootnoteCache } from './footnote-cache';
import { FrontMatterReader } from './front-matter-block';
import type { FootnoteRender, HtmlTemplate, References } from './footnote-render';
import { createMarkdownIt, fillHeadingIds, type Highlighter } from './markdown-engine';
import { renderOneBlockEdit, type LastRender } from './one-block-edit';
import type {
  LineChange,
  MarkdownRenderer,
  RenderedBlock,
  RenderedDocument,
  RenderedFrontMatter,
  RenderedHeading,
} from './rendered-document';

export type {
  LineChange,
  MarkdownRenderer,
  RenderedBlock,
  RenderedDocument,
  RenderedFrontMatter,
  RenderedHeading,
} from './rendered-document';
export { renderMarkdown } from './render-markdown';

/** Options of `createMarkdownRenderer`. */
export interface MarkdownRendererOptions {
  /** Fenced-code highlighter; defaults to the shared highlight.js registry (`code-highlighter.ts`). */
  highlight?: Highlighter;
  /**
   * Render an edit inside one paragraph by replacing that block alone (default true). Off, every
   * render walks the whole post: the tests compare both.
   */
  oneBlockEdits?: boolean;
}

/**
 * Creates an incremental markdown renderer.
 *
 * Each call splits the post into top-level blocks (re-parsing only around the edit, see
 * `IncrementalBlockSplitter`), reuses unchanged blocks' HTML (kept on the block, so a 1 MB post
 * costs a few property reads per block), and renders the others alone with the whole post's link
 * reference definitions preset; blocks that touch footnotes are rendered together (see
 * `renderFootnoteBlocks`). The concatenated blocks equal a whole-document render
 * (`renderMarkdown`), which the tests check on random edits.
 */
export function createMarkdownRenderer(options: MarkdownRendererOptions = {}): MarkdownRenderer {
  const baseHighlight = options.highlight ?? highlightCode;
  const missingNow = new MissingResources();
  const md = createMarkdownIt(
    (code, lang) => {
      const html = baseHighlight(code, lang);
      if (
        html === null &&
        options.highlight === undefined &&
        !isHighlightLanguageRegistered(lang)
      ) {
        missingNow.addLanguage(lang);
      }
      return html;
    },
    () => missingNow.addMath(),
  );
  const splitter = new IncrementalBlockSplitter(md);
  const entries = new BlockEntries(md, missingNow);
  const footnoteCache = new FootnoteCache(md, () => missingNow.reset());
  let renderId = 0;
  let referencesSignature = '';
  let footnoteKeys = new Map<string, string>();
  const frontMatterReader = new FrontMatterReader();
  /** The last whole render, for `renderOneBlockEdit`; null after a start render or a cache reset. */
  let last: LastRender | null = null;

  const referencesOf = (block: SourceBlock): References | null => {
    const memo = block.memo as { references: References | null | undefined };
    if (memo.references === undefined) {
      const env: { references?: References } = {};
      md.block.parse(block.text, md, env, []);
      const found = env.references ?? {};
      memo.references = Object.keys(found).length > 0 ? found : null;
    }
    return memo.references;
  };

  function render(input: string, prefixLines?: number): RenderedDocument | null {
    const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
    return renderLines(text.split('\n'), frontMatterReader.read(text), null, prefixLines);
  }

  function renderLines(
    lines: readonly string[],
    frontMatterBlock: RenderedFrontMatter | null,
    change: LineChange | null,
    prefixLines?: number,
  ): RenderedDocument | null {
    const bodyStart = frontMatterBlock?.endLine ?? 0;
    const sourceBlocks =
      prefixLines !== undefined
        ? splitPrefix(md, lines, bodyStart, prefixLines)
        : change === null
          ? splitter.update(lines, bodyStart)
          : splitter.updateChanged(lines, bodyStart, change.start, change.end, change.oldLength);
    if (sourceBlocks === null) {
      return null;
    }
    if (change !== null && prefixLines === undefined && options.oneBlockEdits !== false) {
      const quick = renderOneBlockEdit(
        last,
        sourceBlocks,
        frontMatterBlock,
        lines.length,
        entries,
        renderId,
      );
      if (quick !== null) {
        last = quick;
        return quick.document;
      }
    }
    renderId++;

    // Link reference definitions: the first definition of a label wins, across the whole post.
    const references: References = {};
    for (const block of sourceBlocks) {
      const found = block.mayDefineReferences ? referencesOf(block) : null;
      if (found !== null) {
        for (const [label, target] of Object.entries(found)) {
          references[label] ??= target;
        }
      }
    }
    const signature = JSON.stringify(references);
    if (signature !== referencesSignature) {
      referencesSignature = signature;
      entries.newGeneration();
    }

    const related = sourceBlocks.filter((b) => b.isFootnoteRelated);
    const footnotes: FootnoteRender | null =
      related.length > 0 ? footnoteCache.render(related, references, signature) : null;

    const slugger = new HeadingSlugger();
    const blocks: RenderedBlock[] = [];
    const headings: RenderedHeading[] = [];
    const missing = new Set<string>(missingNow.list());
    const nextFootnoteKeys = new Map<string, string>();
    const footnoteKeyUses = new Map<string, number>();
    const idsOf = (piece: HtmlTemplate, startLine: number): string[] => {
      const ids: string[] = [];
      for (const heading of piece.headings) {
        const id = slugger.unique(heading.slug ?? slugOf(heading.text));
        ids.push(id);
        headings.push({
          level: heading.level,
          text: heading.text,
          id,
          line: startLine + heading.line,
        });
      }
      return ids;
    };
    // Footnote-related pieces are few: they are keyed by their HTML.
    const emitPiece = (
      piece: HtmlTemplate,
      startLine: number,
      endLine: number,
      kind: RenderedBlock['kind'],
    ): void => {
      const html = fillHeadingIds(piece.template, idsOf(piece, startLine), md.utils.escapeHtml);
      if (html === '') {
        return;
      }
      const id = footnoteKeys.get(html) ?? nextFootnoteKeys.get(html) ?? `f${entries.newKey()}`;
      nextFootnoteKeys.set(html, id);
      const uses = footnoteKeyUses.get(id) ?? 0;
      footnoteKeyUses.set(id, uses + 1);
      blocks.push({ key: uses === 0 ? id : `${id}.${uses}`, startLine, endLine, html, kind });
    };

    let relatedIndex = 0;
    // The rendered block each source block became (-1: none, or a footnote piece).
    const renderedAt: number[] = [];
    for (const block of sourceBlocks) {
      renderedAt.push(-1);
      if (block.isFootnoteRelated && footnotes !== null) {
        emitPiece(
          footnotes.blocks[relatedIndex++] as HtmlTemplate,
          block.start,
          block.end,
          'markdown',
        );
        continue;
      }
      if (block.kind === 'definitions') {
        continue;
      }
      const memo = block.memo as EntryMemo;
      let entry = memo.entry;
      if (entry === null || entry.generation !== entries.generation) {
        entry = entries.entryFor(block.text, references);
        memo.entry = entry;
      }
      entry.missing.forEach((name) => missing.add(name));
      if (entry.headings.length > 0) {
        entries.fillIds(entry, idsOf(entry, block.start));
      }
      if (entry.pending === null && entry.lastHtml === '') {
        continue;
      }
      if (entry.renderId !== renderId) {
        entry.renderId = renderId;
        entry.uses = 0;
      }
      const key = entry.uses === 0 ? entry.lastKey : `${entry.lastKey}.${entry.uses}`;
      entry.uses++;
      renderedAt[renderedAt.length - 1] = blocks.length;
      const previous = memo.output;
      if (
        previous?.key === key &&
        previous.startLine === block.start &&
        previous.endLine === block.end
      ) {
        blocks.push(previous);
      } else {
        const output = entries.outputOf(entry, key, block);
        memo.output = output;
        blocks.push(output);
      }
    }
    if (footnotes?.section != null) {
      const { section } = footnotes;
      emitPiece(section, section.startLine, section.endLine, 'footnotes');
    }
    footnoteKeys = nextFootnoteKeys;
    entries.compact(sourceBlocks);
    const { languages, mathPending } = stillMissing(missing);
    const document: RenderedDocument = {
      blocks,
      headings,
      frontMatter: frontMatterBlock,
      missingLanguages: languages,
      mathPending,
      lineCount: lines.length,
    };
    last =
      prefixLines === undefined
        ? {
            source: sourceBlocks,
            document,
            renderedAt,
            references,
            renderId,
            generation: entries.generation,
          }
        : null;
    return document;
  }

  const renderWhole = (text: string): RenderedDocument => render(text) as RenderedDocument;
  return {
    render: renderWhole,
    renderStart: (text, lines) => render(text, lines),
    renderLines,
    renderHtml: (text) => renderWhole(text).blocks.map(absoluteBlockHtml).join(''),
    forgetIncompleteBlocks: () => {
      entries.forgetIncomplete();
      footnoteCache.clear();
      last = null;
    },
    clearCache: () => {
      entries.newGeneration();
      footnoteCache.clear();
      last = null;
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
