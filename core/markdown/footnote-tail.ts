import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

type CoreState = Parameters<MarkdownIt['core']['process']>[0];

interface FootnoteEntry {
  label?: string;
  count: number;
  tokens?: Token[];
  content?: string;
}

/**
 * Replaces markdown-it-footnote's `footnote_tail` core rule with one that builds the same tokens
 * in linear time.
 *
 * The plugin appends each footnote's tokens with `state.tokens = state.tokens.concat(...)`, which
 * copies the whole token list once per footnote: a 10 MB post with a few thousand footnotes spent
 * most of its first render (~0.8 s of ~2 s) copying arrays. Same output, token for token.
 */
export function useLinearFootnoteTail(md: MarkdownIt): void {
  md.core.ruler.at('footnote_tail', footnoteTail);
}

function footnoteTail(state: CoreState): void {
  const env = state.env as { footnotes?: { list?: FootnoteEntry[] } };
  if (env.footnotes === undefined) {
    return;
  }
  // Definitions' tokens leave the body and are kept per label for the section.
  const refTokens = new Map<string, Token[]>();
  let current: Token[] = [];
  let currentLabel = '';
  let insideRef = false;
  state.tokens = state.tokens.filter((token) => {
    if (token.type === 'footnote_reference_open') {
      insideRef = true;
      current = [];
      currentLabel = (token.meta as { label: string }).label;
      return false;
    }
    if (token.type === 'footnote_reference_close') {
      insideRef = false;
      refTokens.set(currentLabel, current);
      return false;
    }
    if (insideRef) {
      current.push(token);
    }
    return !insideRef;
  });
  const list = env.footnotes.list;
  if (list === undefined) {
    return;
  }
  const out = state.tokens;
  out.push(new state.Token('footnote_block_open', '', 1));
  // Like the plugin, a footnote without tokens of its own repeats the previous one's tokens.
  let tokens: Token[] | undefined;
  list.forEach((footnote, id) => {
    const open = new state.Token('footnote_open', '', 1);
    open.meta = { id, label: footnote.label };
    out.push(open);
    if (footnote.tokens !== undefined) {
      const paragraphOpen = new state.Token('paragraph_open', 'p', 1);
      paragraphOpen.block = true;
      const inline = new state.Token('inline', '', 0);
      inline.children = footnote.tokens;
      inline.content = footnote.content ?? '';
      const paragraphClose = new state.Token('paragraph_close', 'p', -1);
      paragraphClose.block = true;
      tokens = [paragraphOpen, inline, paragraphClose];
    } else if (footnote.label !== undefined && footnote.label !== '') {
      tokens = refTokens.get(footnote.label);
    }
    if (tokens !== undefined) {
      for (const token of tokens) {
        out.push(token);
      }
    }
    const lastParagraph = out[out.length - 1]?.type === 'paragraph_close' ? out.pop() : undefined;
    const anchors = footnote.count > 0 ? footnote.count : 1;
    for (let subId = 0; subId < anchors; subId++) {
      const anchor = new state.Token('footnote_anchor', '', 0);
      anchor.meta = { id, subId, label: footnote.label };
      out.push(anchor);
    }
    if (lastParagraph !== undefined) {
      out.push(lastParagraph);
    }
    out.push(new state.Token('footnote_close', '', -1));
  });
  out.push(new state.Token('footnote_block_close', '', -1));
}
