import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { SourceBlock } from './block-splitter';
import { prepareHeadings, setDataLines, type ParsedHeading } from './markdown-engine';

/** Link reference definitions as markdown-it keeps them in `env.references`. */
export type References = Record<string, { href: string; title: string }>;

/** A rendered piece whose heading ids are still placeholders (see `prepareHeadings`). */
export interface HtmlTemplate {
  template: string;
  /** Heading lines are relative to the piece's first line. */
  headings: ParsedHeading[];
}

/** Footnote references and the footnotes section, rendered together. */
export interface FootnoteRender {
  /** One per footnote-related block, in order ('' for definitions, which show only in the section). */
  blocks: HtmlTemplate[];
  /** The footnotes section, or null when the post has no footnote. */
  section: (HtmlTemplate & { startLine: number; endLine: number }) | null;
}

// Ends any open list, quote, paragraph or HTML block without rendering anything of the post
// (every block but the file's last already ends with a newline).
const separator = '\n<!---->\n\n';
const separatorLines = 3;

/**
 * Renders the footnote-related blocks of a post as one reduced document.
 *
 * Footnote numbers follow the order of first references across the whole post, and the section
 * lists every definition, so these blocks cannot be rendered one by one. Joining only them, with a
 * separator that closes every open construct, gives markdown-it the same sequence of references
 * and definitions as the whole post at a fraction of its size; the tokens are then cut back into
 * per-block slices with lines relative to each block.
 */
export function renderFootnoteBlocks(
  md: MarkdownIt,
  related: readonly SourceBlock[],
  references: References,
): FootnoteRender {
  const reducedStarts: number[] = [];
  let reducedLine = 0;
  for (const block of related) {
    reducedStarts.push(reducedLine);
    reducedLine += block.end - block.start + separatorLines;
  }
  const env: Record<string, unknown> = { references: { ...references } };
  const tokens = md.parse(related.map((b) => b.text).join(separator), env);
  const slices: Token[][] = related.map(() => []);
  const sectionStart = tokens.findIndex((t) => t.type === 'footnote_block_open');
  const body = sectionStart < 0 ? tokens : tokens.slice(0, sectionStart);
  let current: Token[] | null = null;
  for (const token of body) {
    if (token.level === 0 && token.nesting !== -1 && token.map !== null) {
      const index = blockAt(reducedStarts, related, token.map[0]);
      current = index < 0 ? null : (slices[index] ?? null);
    }
    current?.push(token);
  }
  const blocks = slices.map((slice, index) => {
    setDataLines(slice, (line) => line - (reducedStarts[index] ?? 0));
    return renderSlice(md, slice, env, reducedStarts[index] ?? 0);
  });
  if (sectionStart < 0) {
    return { blocks, section: null };
  }
  const definitions = related.filter((b) => b.kind === 'footnote-definition');
  const last = related[related.length - 1] as SourceBlock;
  const startLine = definitions[0]?.start ?? last.end;
  const endLine = Math.max(startLine + 1, ...definitions.map((b) => b.end));
  const toRelative = (line: number): number => {
    const index = blockAt(reducedStarts, related, line);
    const block = related[index];
    return block === undefined ? 0 : block.start + line - (reducedStarts[index] ?? 0) - startLine;
  };
  const section = tokens.slice(sectionStart);
  setDataLines(section, toRelative);
  const rendered = renderSlice(md, section, env, 0);
  rendered.headings = rendered.headings.map((h) => ({ ...h, line: toRelative(h.line) }));
  return { blocks, section: { ...rendered, startLine, endLine } };
}

function renderSlice(
  md: MarkdownIt,
  slice: Token[],
  env: Record<string, unknown>,
  lineBase: number,
): HtmlTemplate {
  const headings = prepareHeadings(slice).map((h) => ({ ...h, line: h.line - lineBase }));
  return { template: md.renderer.render(slice, md.options, env), headings };
}

/** The index of the related block whose reduced lines contain `line`, or -1 (a separator). */
function blockAt(
  reducedStarts: readonly number[],
  related: readonly SourceBlock[],
  line: number,
): number {
  for (let i = reducedStarts.length - 1; i >= 0; i--) {
    const start = reducedStarts[i] as number;
    if (line >= start) {
      const block = related[i] as SourceBlock;
      return line < start + block.end - block.start ? i : -1;
    }
  }
  return -1;
}
