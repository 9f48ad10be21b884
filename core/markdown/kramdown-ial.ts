import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';

const maxInlineLength = 300;

/** Whether a trimmed line is a kramdown block IAL, ALD or extension: `{: .c}`, `{:ref: #x}`, `{::options … /}`. */
function isKramdownLine(text: string): boolean {
  return text.length >= 3 && text.startsWith('{:') && text.endsWith('}') && !text.includes('\n');
}

const commentOpen = /^\{::comment\s*\}$/;
const commentClose = /^\{:\/(?:comment)?\}$/;

/**
 * kramdown's attribute lists and extensions on their own line are instructions to the converter,
 * never text: the line renders as nothing. `{::comment}` hides everything up to its `{:/comment}`
 * (or the end of the container, as kramdown does).
 *
 * A line produces no token: the block splitter treats it like a reference definition, a line
 * that belongs to no block. A comment is a token that renders as a bare line break.
 */
function kramdownBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) {
    return false;
  }
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  if (state.src.charCodeAt(start) !== 0x7b /* { */ || state.src.charCodeAt(start + 1) !== 0x3a) {
    return false;
  }
  const text = state.src.slice(start, state.eMarks[startLine]).trimEnd();
  if (!isKramdownLine(text)) {
    return false;
  }
  if (silent) {
    return true;
  }
  let nextLine = startLine + 1;
  if (commentOpen.test(text)) {
    while (nextLine < endLine) {
      const lineStart = (state.bMarks[nextLine] ?? 0) + (state.tShift[nextLine] ?? 0);
      const line = state.src.slice(lineStart, state.eMarks[nextLine]).trimEnd();
      nextLine++;
      if (commentClose.test(line)) {
        break;
      }
    }
  }
  state.line = nextLine;
  if (nextLine > startLine + 1) {
    // A block of its own, so that the splitter never restarts a parse inside the comment.
    const token = state.push('kramdown_hidden', '', 0);
    token.map = [startLine, nextLine];
  }
  return true;
}

/**
 * A span IAL right after an element (`*word*{: .big}`, `## Title {: #id}`) or an inline
 * extension: hidden. The scan stops at the next `{` or line break, so it is linear over a line.
 */
function kramdownInline(state: StateInline, _silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x3a /* : */) {
    return false;
  }
  const limit = Math.min(posMax, pos + maxInlineLength);
  let end = pos + 2;
  while (end < limit) {
    const code = src.charCodeAt(end);
    if (code === 0x7d /* } */) {
      break;
    }
    if (code === 0x7b || code === 0x0a) {
      return false;
    }
    end++;
  }
  const inner = src.slice(pos + 2, end).trim();
  // `{:}` or `{: x}` with no class, id, attribute or reference is text, not an IAL.
  if (end >= limit || !/^(?::|\/|[.#]|[A-Za-z_][\w-]*(?:=|:|\s|$))/.test(inner)) {
    return false;
  }
  state.pos = end + 1;
  return true;
}

/** Hides kramdown IALs, ALDs and extensions (`{: .class}`, `{::options /}`), block and inline. */
export function useKramdownAttributeLists(md: MarkdownIt): void {
  // Before the setext heading, which would otherwise take an IAL line into a heading below it.
  md.block.ruler.before('lheading', 'kramdown_ial', kramdownBlock, { alt: ['paragraph'] });
  md.inline.ruler.before('text', 'kramdown_ial', kramdownInline);
  // Not '': a block whose HTML is empty is dropped from the document, which a block rendered
  // later (see the renderer's deferred entries) could not know in advance.
  md.renderer.rules.kramdown_hidden = () => '\n';
}
