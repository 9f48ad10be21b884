import type MarkdownIt from 'markdown-it';
import type { SourceBlock } from './block-splitter';
import {
  renderFootnoteBlocks,
  rerenderFootnoteBlock,
  type FootnoteRender,
  type References,
} from './footnote-render';

/**
 * The render of a post's footnote-related blocks (`renderFootnoteBlocks`), kept while their texts
 * and their distances from each other stay: the section's lines are relative to the first of
 * them, so typing elsewhere reuses it, and an edit of one of them re-renders that one alone when
 * it can (`rerenderFootnoteBlock`).
 */
export class FootnoteCache {
  private cache: {
    texts: string[];
    offsets: string;
    /** The link reference definitions it was rendered with. */
    signature: string;
    base: number;
    result: FootnoteRender;
  } | null = null;

  /** `beforeRender` runs when the blocks are rendered (not when the cache serves them). */
  constructor(
    private readonly md: MarkdownIt,
    private readonly beforeRender: () => void,
  ) {}

  /** The render of `related` (in order, at least one), with lines where the blocks are now. */
  render(
    related: readonly SourceBlock[],
    references: References,
    signature: string,
  ): FootnoteRender {
    const base = (related[0] as SourceBlock).start;
    const texts = related.map((b) => b.text);
    const offsets = related.map((b) => b.start - base).join(',');
    const cache = this.cache;
    const changed =
      cache === null ||
      cache.signature !== signature ||
      cache.offsets !== offsets ||
      cache.texts.length !== texts.length
        ? null
        : texts.flatMap((text, index) => (text === cache.texts[index] ? [] : [index]));
    if (changed === null || changed.length > 0 || cache === null) {
      this.beforeRender();
      const only = changed?.length === 1 ? (changed[0] as number) : -1;
      const local =
        cache !== null && only >= 0
          ? rerenderFootnoteBlock(
              this.md,
              cache.result,
              related[only] as SourceBlock,
              cache.texts[only] ?? '',
              only,
              references,
            )
          : null;
      // A local re-render keeps the section, whose lines are those of the cached base.
      this.cache =
        local !== null && cache !== null
          ? { texts, offsets, signature, base: cache.base, result: local }
          : {
              texts,
              offsets,
              signature,
              base,
              result: renderFootnoteBlocks(this.md, related, references),
            };
    }
    const current = this.cache as NonNullable<typeof this.cache>;
    const shift = base - current.base;
    const { section } = current.result;
    return {
      ...current.result,
      section:
        section === null
          ? null
          : { ...section, startLine: section.startLine + shift, endLine: section.endLine + shift },
    };
  }

  /** Forgets the render (a language or the math engine arrived, or the caches are cleared). */
  clear(): void {
    this.cache = null;
  }
}
