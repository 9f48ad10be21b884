import { mayHoldHeading } from './block-scan';
import type { BlockEntries, EntryMemo } from './block-entries';
import type { SourceBlock } from './block-splitter';
import type { References } from './footnote-render';
import type { RenderedDocument, RenderedFrontMatter } from './rendered-document';

/**
 * What `renderOneBlockEdit` needs of the last whole render. Its `renderId` and `generation` are
 * checked against the current ones: a whole render that threw halfway leaves them apart.
 */
export interface LastRender {
  source: readonly SourceBlock[];
  document: RenderedDocument;
  /** Per source block, the index of its block in `document.blocks` (-1: none of its own). */
  renderedAt: readonly number[];
  references: References;
  renderId: number;
  generation: number;
}

/**
 * Whether a block's text can change without changing any other block's render: no heading (the
 * ids of later headings count the earlier ones), no link reference definition, no footnote.
 */
function standsAlone(block: SourceBlock): boolean {
  return !block.isFootnoteRelated && !block.mayDefineReferences && !mayHoldHeading(block.text);
}

/**
 * The render of an edit inside one block that can change nothing else: typing in a paragraph.
 * A whole render walks every block (link references, footnotes, heading ids, keys) and builds
 * the lists again, ~1 ms a keystroke for a 1 MB post; this replaces one block of the last render
 * (`previous`, made by render `renderId`). Null when the edit may reach further: the caller then
 * renders the whole post, with the same result (the tests compare both on random edits).
 */
export function renderOneBlockEdit(
  previous: LastRender | null,
  source: readonly SourceBlock[],
  frontMatter: RenderedFrontMatter | null,
  lineCount: number,
  entries: BlockEntries,
  renderId: number,
): LastRender | null {
  if (
    previous === null ||
    previous.generation !== entries.generation ||
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
  const old = (before.memo as EntryMemo).entry;
  // Neither text may reach other blocks (see `standsAlone`) or go without a fence language or
  // the math engine; the old entry must be this block's alone, so that no other block's key
  // changes.
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
  const entry = entries.entryFor(now.text, previous.references);
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
  const memo = now.memo as EntryMemo;
  memo.entry = entry;
  const output = entries.outputOf(entry, entry.lastKey, now);
  memo.output = output;
  const blocks = previous.document.blocks.slice();
  blocks[at] = output;
  return { ...previous, source, document: { ...previous.document, blocks } };
}
