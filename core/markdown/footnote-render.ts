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

/** One footnote reference as markdown-it-footnote numbered it (label undefined: an inline note). */
export interface FootnoteEvent {
  id: number;
  subId: number;
  label: string | undefined;
}

/** Footnote references and the footnotes section, rendered together. */
export interface FootnoteRender {
  /** One per footnote-related block, in order ('' for definitions, which show only in the section). */
  blocks: HtmlTemplate[];
  /** The references each block made, in order (what numbers the blocks after it). */
  events: FootnoteEvent[][];
  /** Every defined footnote label. */
  definedLabels: string[];
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
  const events = slices.map(eventsOf);
  const footnotes = env['footnotes'] as { refs?: Record<string, number> } | undefined;
  const definedLabels = Object.keys(footnotes?.refs ?? {}).map((key) => key.slice(1));
  if (sectionStart < 0) {
    return { blocks, events, definedLabels, section: null };
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
  return { blocks, events, definedLabels, section: { ...rendered, startLine, endLine } };
}

/**
 * Re-renders one edited footnote-related block alone, or returns null when the edit may change
 * other blocks or the section (then the caller renders them all again).
 *
 * The footnote state before the block is replayed from the references of the blocks before it;
 * the edit is local when the block still makes exactly the same references (labels, numbers) and
 * neither defines a footnote nor writes an inline one. Typing in a paragraph that cites a note is
 * the common case, and costs one block instead of every footnote-related block of the post.
 */
export function rerenderFootnoteBlock(
  md: MarkdownIt,
  previous: FootnoteRender,
  block: SourceBlock,
  previousText: string,
  index: number,
  references: References,
): FootnoteRender | null {
  // A definition written, removed or hidden (say, inside a new fence) changes the section.
  if (
    block.kind !== 'markdown' ||
    mayDefineFootnote(block.text) ||
    mayDefineFootnote(previousText)
  ) {
    return null;
  }
  const refs: Record<string, number> = {};
  for (const label of previous.definedLabels) {
    refs[`:${label}`] = -1;
  }
  const list: { label?: string; count: number }[] = [];
  for (const events of previous.events.slice(0, index)) {
    for (const event of events) {
      if (event.label !== undefined && (refs[`:${event.label}`] ?? -1) < 0) {
        refs[`:${event.label}`] = event.id;
      }
      const entry = (list[event.id] ??=
        event.label === undefined ? { count: 0 } : { label: event.label, count: 0 });
      entry.count++;
    }
  }
  // References inside definitions are not in the blocks' events: a gap in the numbering (or, for
  // repeated references, different counts, caught below) means the replay is incomplete.
  for (let id = 0; id < list.length; id++) {
    if (list[id] === undefined) {
      return null;
    }
  }
  // With no definition no reference resolves, and without `refs` markdown-it-footnote does not
  // scan from each `[^` to its `]` to find that out (quadratic on a long line of them).
  const footnotes = previous.definedLabels.length === 0 ? { list } : { refs, list };
  const env: Record<string, unknown> = { references: { ...references }, footnotes };
  const tokens = md.parse(block.text, env);
  const sectionStart = tokens.findIndex((t) => t.type === 'footnote_block_open');
  const slice = sectionStart < 0 ? tokens : tokens.slice(0, sectionStart);
  const events = eventsOf(slice);
  const before = previous.events[index] ?? [];
  const same =
    events.length === before.length &&
    events.every(
      (e, i) =>
        e.label !== undefined &&
        e.id === before[i]?.id &&
        e.subId === before[i]?.subId &&
        e.label === before[i]?.label,
    );
  if (!same || Object.keys(refs).length !== previous.definedLabels.length) {
    return null;
  }
  setDataLines(slice, (line) => line);
  const blocks = [...previous.blocks];
  blocks[index] = renderSlice(md, slice, env, 0);
  return { ...previous, blocks };
}

/**
 * Whether a line starts (after container markers) with a footnote definition's `[^label]:`: a
 * superset test, anchored at line starts so that a line of many `[^` costs one scan, not one per
 * `[^`.
 */
function mayDefineFootnote(text: string): boolean {
  return /^[ \t>*+\-\d.)]*\[\^[^\]\n]*\]:/m.test(text);
}

function eventsOf(slice: readonly Token[]): FootnoteEvent[] {
  const events: FootnoteEvent[] = [];
  for (const token of slice) {
    for (const child of token.children ?? []) {
      if (child.type === 'footnote_ref') {
        const meta = child.meta as { id: number; subId: number; label?: string };
        events.push({ id: meta.id, subId: meta.subId, label: meta.label });
      }
    }
  }
  return events;
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
  let low = 0;
  let high = reducedStarts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((reducedStarts[middle] as number) <= line) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found < 0) {
    return -1;
  }
  const block = related[found] as SourceBlock;
  return line < (reducedStarts[found] as number) + block.end - block.start ? found : -1;
}
