import type MarkdownIt from 'markdown-it';
import { fenceLanguages, mayHoldHeading, slugOf } from './block-scan';
import type { SourceBlock } from './block-splitter';
import { isHighlightLanguageRegistered } from './code-highlighter';
import type { HtmlTemplate, References } from './footnote-render';
import { fillHeadingIds, prepareHeadings, setDataLines } from './markdown-engine';
import { isMathEngineRegistered } from './math-engine';
import type { RenderedBlock } from './rendered-document';

// In a block's `missing`, beside fence languages: a formula was shown as source (no math engine).
// U+0000 never reaches markdown-it's tokens, so no fence language can be named so.
const mathEngineMissing = '\u0000math';

/**
 * What a render went without, by name: fence languages with no highlight.js language, and the
 * math engine. Filled by the markdown-it callbacks while a text renders.
 */
export class MissingResources {
  private names = new Set<string>();

  /** Starts a render: forgets the names of the last one. */
  reset(): void {
    this.names = new Set();
  }

  /** A fence in `lang` was shown plain. */
  addLanguage(lang: string): void {
    this.names.add(lang);
  }

  /** A formula was shown as its source. */
  addMath(): void {
    this.names.add(mathEngineMissing);
  }

  /** The names since the last reset. */
  list(): string[] {
    return [...this.names];
  }
}

/** The languages and whether math are still missing, of the names a render collected. */
export function stillMissing(names: Iterable<string>): {
  languages: string[];
  mathPending: boolean;
} {
  const languages: string[] = [];
  let mathPending = false;
  for (const name of names) {
    if (name === mathEngineMissing) {
      mathPending ||= !isMathEngineRegistered();
    } else if (!isHighlightLanguageRegistered(name)) {
      languages.push(name);
    }
  }
  return { languages, mathPending };
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

/** One distinct block text's render, shared by every block with that text. */
export interface BlockEntry extends HtmlTemplate {
  /** Fence languages shown plain and the math engine: the block renders again once they come. */
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

/** What the renderer keeps on a source block (`SourceBlock.memo`). */
export interface EntryMemo {
  entry: BlockEntry | null;
  output: RenderedBlock | null;
}

/**
 * The renders of a post's blocks by their text, so that a block whose text did not change costs
 * a lookup, and blocks with the same text share one render. Keys are unique per renderer.
 */
export class BlockEntries {
  private byText = new Map<string, BlockEntry>();
  private currentGeneration = 0;
  private nextKey = 0;

  constructor(
    private readonly md: MarkdownIt,
    private readonly missing: MissingResources,
  ) {}

  /** Changes with the post's link reference definitions (every entry then renders again). */
  get generation(): number {
    return this.currentGeneration;
  }

  /** A key no block of this renderer had. */
  newKey(): string {
    return String(this.nextKey++);
  }

  /**
   * The entry of a block's text. A block that may hold a heading is rendered now (its headings
   * count in the ids of the others); any other waits until its HTML is read, so opening a 1 MB
   * post renders only what the preview puts on screen.
   */
  entryFor(text: string, references: References): BlockEntry {
    let entry = this.byText.get(text);
    if (entry === undefined) {
      entry = mayHoldHeading(text)
        ? this.renderAlone(text, references)
        : {
            template: '',
            headings: [],
            missing: missingFor(text),
            generation: this.currentGeneration,
            lastIds: null,
            lastHtml: '',
            lastKey: this.newKey(),
            renderId: -1,
            uses: 0,
            pending: { text, references },
          };
      this.byText.set(text, entry);
    }
    return entry;
  }

  /** Puts the document's heading ids into an entry's HTML (a new key when they changed). */
  fillIds(entry: BlockEntry, ids: readonly string[]): void {
    const joined = ids.join('\u0000');
    if (entry.lastIds !== joined) {
      entry.lastIds = joined;
      entry.lastHtml = fillHeadingIds(entry.template, ids, this.md.utils.escapeHtml);
      entry.lastKey = this.newKey();
    }
  }

  /** The block as the document lists it; a block not rendered yet renders when its HTML is read. */
  outputOf(entry: BlockEntry, key: string, block: SourceBlock): RenderedBlock {
    const { start: startLine, end: endLine } = block;
    if (entry.pending === null) {
      return { key, startLine, endLine, html: entry.lastHtml, kind: 'markdown' };
    }
    const htmlOf = (): string => this.htmlOf(entry);
    return {
      key,
      startLine,
      endLine,
      get html() {
        return htmlOf();
      },
      kind: 'markdown',
    };
  }

  /** Starts a new generation: the link reference definitions changed. */
  newGeneration(): void {
    this.currentGeneration++;
    this.byText = new Map();
  }

  /** Keeps only the entries of `blocks` once many texts typed and gone have piled up. */
  compact(blocks: readonly SourceBlock[]): void {
    if (this.byText.size <= 2 * blocks.length + 1000) {
      return;
    }
    this.byText = new Map();
    for (const block of blocks) {
      const entry = (block.memo as EntryMemo).entry;
      if (entry !== null) {
        this.byText.set(block.text, entry);
      }
    }
  }

  /**
   * Forgets only the entries rendered while a fence language or the math engine was missing; the
   * others keep their keys and so their preview nodes (no re-sanitizing of a whole post).
   */
  forgetIncomplete(): void {
    for (const [text, entry] of this.byText) {
      if (entry.missing.length > 0) {
        entry.generation = -1;
        this.byText.delete(text);
      }
    }
  }

  private renderAlone(text: string, references: References): BlockEntry {
    const { md } = this;
    this.missing.reset();
    const env = { references: { ...references } };
    const tokens = md.parse(text, env);
    setDataLines(tokens, (line) => line);
    const headings = prepareHeadings(tokens).map((h) => ({ ...h, slug: slugOf(h.text) }));
    const template = md.renderer.render(tokens, md.options, env);
    return {
      template,
      headings,
      missing: this.missing.list(),
      generation: this.currentGeneration,
      lastIds: null,
      lastHtml: template,
      lastKey: this.newKey(),
      renderId: -1,
      uses: 0,
      pending: null,
    };
  }

  private htmlOf(entry: BlockEntry): string {
    if (entry.pending !== null) {
      const rendered = this.renderAlone(entry.pending.text, entry.pending.references);
      entry.pending = null;
      // The heading test is a superset, so this never happens; if it did, ids stay readable.
      entry.template = fillHeadingIds(
        rendered.template,
        rendered.headings.map((h) => slugOf(h.text)),
        this.md.utils.escapeHtml,
      );
      entry.lastHtml = entry.template;
    }
    return entry.lastHtml;
  }
}
