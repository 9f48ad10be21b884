import { fenceLanguages, HeadingSlugger, mayHoldHeading, slugOf } from './block-scan';
import { IncrementalBlockSplitter, splitPrefix, type SourceBlock } from './block-splitter';
import { highlightCode, isHighlightLanguageRegistered } from './code-highlighter';
import { isMathEngineRegistered } from './math-engine';
import { FrontMatterReader } from './front-matter-block';
import {
  renderFootnoteBlocks,
  rerenderFootnoteBlock,
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

// In a block's `missing`, beside fence languages: a formula was shown as source (no math engine).
// U+0000 never reaches markdown-it's tokens, so no fence language can be named so.
const mathEngineMissing = '\u0000math';

/** Whether what a block was rendered without (a language, the math engine) is there now. */
function isRegistered(missing: string): boolean {
  return missing === mathEngineMissing
    ? isMathEngineRegistered()
    : isHighlightLanguageRegistered(missing);
}

/** What a block not rendered yet will render without (see `BlockEntry.missing`). */
function missingFor(text: string): string[] {
  const languages = fenceLanguages(text);
  const missing = languages.filter((lang) => !isHighlightLanguageRegistered(lang));
  // A formula needs two dollars; a false positive only loads KaTeX a little early.
  const dollar = text.indexOf('$');
  const mayHoldMath =
    (dollar >= 0 && text.indexOf('$', dollar + 1) > 0) || languages.includes('math');
  if (!isMathEngineRegistered() && mayHoldMath) {
    missing.push(mathEngineMissing);
  }
  return missing;
}

interface BlockEntry extends HtmlTemplate {
  /** Fence languages shown plain and `mathEngineMissing`: the block renders again once they come. */
  missing: string[];
  /** Entries of an older generation were rendered with other link reference definitions. */
  generation: number;
  lastIds: string | null;
  lastHtml: string;
  lastKey: string;
  /** Keys must be unique per document: blocks sharing an entry count their uses per render. */
  renderId: number;
  uses: number;
  /** Set while the block is not rendered yet: it renders when its HTML is first read. */
  pending: { text: string; references: References } | null;
}

interface Memo {
  entry: BlockEntry | null;
  output: RenderedBlock | null;
}

/**
 * Whether a block's text can change without changing any other block's render: no heading (the
 * ids of later headings count the earlier ones), no link reference definition, no footnote.
 */
function standsAlone(block: SourceBlock): boolean {
  return !block.isFootnoteRelated && !block.mayDefineReferences && !mayHoldHeading(block.text);
}

/**
 * What `renderOneBlockEdit` needs of the last whole render. Its `renderId` and `generation` are
 * checked against the current ones: a whole render that threw halfway leaves them apart.
 */
interface LastRender {
  source: readonly SourceBlock[];
  document: RenderedDocument;
  /** Per source block, the index of its block in `document.blocks` (-1: none of its own). */
  renderedAt: readonly number[];
  references: References;
  renderId: number;
  generation: number;
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
  let misses: Set<string> = new Set();
  const md = createMarkdownIt(
    (code, lang) => {
      const html = baseHighlight(code, lang);
      if (
        html === null &&
        options.highlight === undefined &&
        !isHighlightLanguageRegistered(lang)
      ) {
        misses.add(lang);
      }
      return html;
    },
    () => misses.add(mathEngineMissing),
  );
  const splitter = new IncrementalBlockSplitter(md);
  let entriesByText = new Map<string, BlockEntry>();
  let generation = 0;
  let renderId = 0;
  let referencesSignature = '';
  let footnoteCache: {
    texts: string[];
    offsets: string;
    signature: string;
    base: number;
    result: FootnoteRender;
  } | null = null;
  let footnoteKeys = new Map<string, string>();
  let nextKey = 0;
  const frontMatterReader = new FrontMatterReader();
  /** The last whole render, for `renderOneBlockEdit`; null after a start render or a cache reset. */
  let last: LastRender | null = null;

  const renderAlone = (text: string, references: References): BlockEntry => {
    misses = new Set();
    const env = { references: { ...references } };
    const tokens = md.parse(text, env);
    setDataLines(tokens, (line) => line);
    const headings = prepareHeadings(tokens).map((h) => ({ ...h, slug: slugOf(h.text) }));
    const template = md.renderer.render(tokens, md.options, env);
    return {
      template,
      headings,
      missing: [...misses],
      generation,
      lastIds: null,
      lastHtml: template,
      lastKey: String(nextKey++),
      renderId: -1,
      uses: 0,
      pending: null,
    };
  };

  // A block that cannot hold a heading needs nothing from its render but its HTML, so rendering
  // waits until the HTML is read: opening a 1 MB post renders only what the preview puts on screen.
  const deferredEntry = (text: string, references: References): BlockEntry => ({
    template: '',
    headings: [],
    missing: missingFor(text),
    generation,
    lastIds: null,
    lastHtml: '',
    lastKey: String(nextKey++),
    renderId: -1,
    uses: 0,
    pending: { text, references },
  });

  const htmlOf = (entry: BlockEntry): string => {
    if (entry.pending !== null) {
      const rendered = renderAlone(entry.pending.text, entry.pending.references);
      entry.pending = null;
      // The heading test is a superset, so this never happens; if it did, ids stay readable.
      entry.template = fillHeadingIds(
        rendered.template,
        rendered.headings.map((h) => slugOf(h.text)),
        md.utils.escapeHtml,
      );
      entry.lastHtml = entry.template;
    }
    return entry.lastHtml;
  };

  // The block as the document lists it; a block not rendered yet renders when its HTML is read.
  const outputOf = (entry: BlockEntry, key: string, block: SourceBlock): RenderedBlock =>
    entry.pending === null
      ? { key, startLine: block.start, endLine: block.end, html: entry.lastHtml, kind: 'markdown' }
      : {
          key,
          startLine: block.start,
          endLine: block.end,
          get html() {
            return htmlOf(entry);
          },
          kind: 'markdown',
        };

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
      const quick = renderOneBlockEdit(sourceBlocks, frontMatterBlock, lines.length);
      if (quick !== null) {
        return quick;
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
      generation++;
      entriesByText = new Map();
    }

    const related = sourceBlocks.filter((b) => b.isFootnoteRelated);
    let footnotes: FootnoteRender | null = null;
    if (related.length > 0) {
      // The section's lines are relative to its first line, so the render is reusable as long as
      // the related blocks keep their texts and their distances from each other.
      const base = (related[0] as SourceBlock).start;
      const texts = related.map((b) => b.text);
      const offsets = related.map((b) => b.start - base).join(',');
      const cache = footnoteCache;
      const changed =
        cache === null ||
        cache.signature !== signature ||
        cache.offsets !== offsets ||
        cache.texts.length !== texts.length
          ? null
          : texts.flatMap((text, index) => (text === cache.texts[index] ? [] : [index]));
      if (changed === null || changed.length > 0 || cache === null) {
        misses = new Set();
        const only = changed?.length === 1 ? (changed[0] as number) : -1;
        const local =
          cache !== null && only >= 0
            ? rerenderFootnoteBlock(
                md,
                cache.result,
                related[only] as SourceBlock,
                cache.texts[only] ?? '',
                only,
                references,
              )
            : null;
        // A local re-render keeps the section, whose lines are those of the cached base.
        footnoteCache =
          local !== null && cache !== null
            ? { texts, offsets, signature, base: cache.base, result: local }
            : {
                texts,
                offsets,
                signature,
                base,
                result: renderFootnoteBlocks(md, related, references),
              };
      }
      const current = footnoteCache as NonNullable<typeof footnoteCache>;
      const shift = base - current.base;
      const { section } = current.result;
      footnotes = {
        ...current.result,
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

    const slugger = new HeadingSlugger();
    const blocks: RenderedBlock[] = [];
    const headings: RenderedHeading[] = [];
    const missing = new Set<string>(misses);
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
      const id = footnoteKeys.get(html) ?? nextFootnoteKeys.get(html) ?? `f${nextKey++}`;
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
      const memo = block.memo as Memo;
      let entry = memo.entry;
      if (entry === null || entry.generation !== generation) {
        entry =
          entriesByText.get(block.text) ??
          (mayHoldHeading(block.text)
            ? renderAlone(block.text, references)
            : deferredEntry(block.text, references));
        entriesByText.set(block.text, entry);
        memo.entry = entry;
      }
      if (entry.missing.length > 0) {
        entry.missing.forEach((lang) => missing.add(lang));
      }
      if (entry.headings.length > 0) {
        const ids = idsOf(entry, block.start);
        const joined = ids.join('\u0000');
        if (entry.lastIds !== joined) {
          entry.lastIds = joined;
          entry.lastHtml = fillHeadingIds(entry.template, ids, md.utils.escapeHtml);
          entry.lastKey = String(nextKey++);
        }
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
        const output = outputOf(entry, key, block);
        memo.output = output;
        blocks.push(output);
      }
    }
    if (footnotes?.section != null) {
      const { section } = footnotes;
      emitPiece(section, section.startLine, section.endLine, 'footnotes');
    }
    footnoteKeys = nextFootnoteKeys;
    if (entriesByText.size > 2 * sourceBlocks.length + 1000) {
      entriesByText = new Map();
      for (const block of sourceBlocks) {
        const entry = (block.memo as Memo).entry;
        if (entry !== null) {
          entriesByText.set(block.text, entry);
        }
      }
    }
    for (const name of missing) {
      if (isRegistered(name)) {
        missing.delete(name);
      }
    }
    const mathPending = missing.delete(mathEngineMissing);
    const document: RenderedDocument = {
      blocks,
      headings,
      frontMatter: frontMatterBlock,
      missingLanguages: [...missing],
      mathPending,
      lineCount: lines.length,
    };
    last =
      prefixLines === undefined
        ? { source: sourceBlocks, document, renderedAt, references, renderId, generation }
        : null;
    return document;
  }

  /**
   * The render of an edit inside one block that can change nothing else: typing in a paragraph.
   * A whole render walks every block (link references, footnotes, heading ids, keys) and builds
   * the lists again, ~1 ms a keystroke for a 1 MB post; this replaces one block of the last
   * render. Null when the edit may reach further; `renderLines` then renders the whole post,
   * with the same result (the tests compare both on random edits).
   */
  function renderOneBlockEdit(
    source: readonly SourceBlock[],
    frontMatter: RenderedFrontMatter | null,
    lineCount: number,
  ): RenderedDocument | null {
    const previous = last;
    if (
      previous === null ||
      previous.generation !== generation ||
      previous.renderId !== renderId ||
      previous.document.frontMatter !== frontMatter ||
      previous.document.lineCount !== lineCount ||
      previous.source.length !== source.length
    ) {
      return null;
    }
    // The splitter re-parses a few blocks around an edit: equal ones are the same block.
    let changed = -1;
    for (let i = 0; i < source.length; i++) {
      const now = source[i] as SourceBlock;
      const before = previous.source[i] as SourceBlock;
      if (now === before) {
        continue;
      }
      if (now.start !== before.start || now.end !== before.end || now.kind !== before.kind) {
        return null;
      }
      if (now.text === before.text) {
        now.memo.entry = before.memo.entry;
        now.memo.output = before.memo.output;
        continue;
      }
      if (changed >= 0) {
        return null;
      }
      changed = i;
    }
    if (changed < 0) {
      return null;
    }
    const now = source[changed] as SourceBlock;
    const before = previous.source[changed] as SourceBlock;
    const at = previous.renderedAt[changed] ?? -1;
    const old = before.memo.entry as BlockEntry | null;
    // Neither text may reach other blocks (see `standsAlone`) or name a fence language not
    // loaded; the old entry must be this block's alone, so that no other block's key changes.
    if (
      at < 0 ||
      now.kind !== 'markdown' ||
      !standsAlone(now) ||
      !standsAlone(before) ||
      old === null ||
      old.renderId !== renderId ||
      old.uses !== 1 ||
      old.missing.length > 0
    ) {
      return null;
    }
    const entry = entriesByText.get(now.text) ?? deferredEntry(now.text, previous.references);
    entriesByText.set(now.text, entry);
    if (
      entry === old ||
      entry.missing.length > 0 ||
      (entry.renderId === renderId && entry.uses > 0) ||
      (entry.pending === null && entry.lastHtml === '')
    ) {
      return null;
    }
    old.uses = 0;
    entry.renderId = renderId;
    entry.uses = 1;
    now.memo.entry = entry;
    const output = outputOf(entry, entry.lastKey, now);
    now.memo.output = output;
    const blocks = previous.document.blocks.slice();
    blocks[at] = output;
    const document: RenderedDocument = { ...previous.document, blocks };
    last = { ...previous, source, document };
    return document;
  }

  const renderWhole = (text: string): RenderedDocument => render(text) as RenderedDocument;
  return {
    render: renderWhole,
    renderStart: (text, lines) => render(text, lines),
    renderLines,
    renderHtml: (text) => renderWhole(text).blocks.map(absoluteBlockHtml).join(''),
    forgetIncompleteBlocks: () => {
      // Only blocks rendered while a fence language or the math engine was missing change; the others
      // keep their entries, keys and so their preview nodes (no re-sanitizing of a whole post).
      for (const [text, entry] of entriesByText) {
        if (entry.missing.length > 0) {
          entry.generation = -1;
          entriesByText.delete(text);
        }
      }
      footnoteCache = null;
      last = null;
    },
    clearCache: () => {
      generation++;
      entriesByText = new Map();
      footnoteCache = null;
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
