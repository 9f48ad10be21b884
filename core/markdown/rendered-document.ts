import type { FrontMatterBlock } from './front-matter-block';

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
   * `absoluteBlockHtml` give absolute lines. A block that holds no heading is rendered when this
   * is first read (a getter), so read it only for blocks you show.
   */
  readonly html: string;
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
export type RenderedFrontMatter = FrontMatterBlock;

/** A rendered post. */
export interface RenderedDocument {
  blocks: RenderedBlock[];
  headings: RenderedHeading[];
  /** Never part of the body HTML; its lines count in every block's lines. */
  frontMatter: RenderedFrontMatter | null;
  /** Fence languages that were shown plain because no highlight.js language is registered for them. */
  missingLanguages: string[];
  /** Some formula was shown as its source because no math engine is registered yet. */
  mathPending: boolean;
  lineCount: number;
}

/** Lines [`start`, `end`) of the new text replaced lines of the previous one, which had `oldLength` lines. */
export interface LineChange {
  start: number;
  end: number;
  oldLength: number;
}

/** Renders posts; keeps per-block caches between calls, so use one per open post. */
export interface MarkdownRenderer {
  /** Renders `text`, re-rendering only the blocks that changed since the previous call. */
  render(text: string): RenderedDocument;
  /**
   * Renders only the blocks of about the body's first `lines` lines (null when that is the whole
   * post), so that opening a long post paints before the whole post is split. Link reference and
   * footnote definitions further down are not known yet, so follow it with `render`.
   */
  renderStart(text: string, lines: number): RenderedDocument | null;
  /**
   * Renders a post given as its lines (the '\n'-separated text) and its front matter (read with
   * `FrontMatterReader`), after `change` (null: the lines are compared with the previous call's;
   * the array may be the previous one edited in place only when `change` is given). With
   * `startLines`, only about the body's first lines, as `renderStart` (null: the whole post).
   */
  renderLines(
    lines: readonly string[],
    frontMatter: RenderedFrontMatter | null,
    change: LineChange | null,
    startLines?: number,
  ): RenderedDocument | null;
  /** The whole body as one HTML string with absolute `data-line`s (front matter excluded). */
  renderHtml(text: string): string;
  /** Forgets rendered blocks, e.g. after registering a highlight.js language. */
  clearCache(): void;
  /**
   * Forgets only the blocks rendered without a highlight language or the math engine (once they
   * are registered), so the next render renders those again.
   */
  forgetIncompleteBlocks(): void;
}
