import type MarkdownIt from 'markdown-it';
import type { StateBlock } from 'markdown-it';

/** A line that is one template tag: Liquid `{% … %}` or a Hugo shortcode `{{< … >}}`/`{{% … %}}`. */
export interface TagLine {
  syntax: 'liquid' | 'hugo';
  /** The tag's words; a Hugo closing tag's name keeps its `/` (`{{</ x >}}` gives `/x`). */
  words: string[];
}

const delimiters = [
  { open: '{%', close: '%}', syntax: 'liquid' },
  { open: '{{<', close: '>}}', syntax: 'hugo' },
  { open: '{{%', close: '%}}', syntax: 'hugo' },
] as const;

/** Reads a whole (trimmed) line as one tag; null when it is anything else. */
export function readTagLine(text: string): TagLine | null {
  for (const { open, close, syntax } of delimiters) {
    if (
      text.length < open.length + close.length ||
      !text.startsWith(open) ||
      !text.endsWith(close)
    ) {
      continue;
    }
    let inner = text.slice(open.length, text.length - close.length);
    if (syntax === 'liquid') {
      inner = inner.replace(/^-/, '').replace(/-$/, '');
    } else if (inner.startsWith('/*')) {
      return null; // an escaped shortcode is text
    }
    inner = inner.trim();
    if (syntax === 'hugo' && inner.startsWith('/')) {
      inner = `/${inner.slice(1).trimStart()}`;
    }
    const words = inner === '' ? [] : inner.split(/\s+/);
    return words.length === 0 ? null : { syntax, words };
  }
  return null;
}

interface CodeTag {
  lang: string;
  isEnd: (tag: TagLine) => boolean;
}

// `{% highlight lang [linenos] %}` (Jekyll), `{% codeblock [title] [lang:x] %}` and `{% code %}`
// (Hexo), `{{< highlight lang "opts" >}}` (Hugo).
function codeTagOf(tag: TagLine): CodeTag | null {
  const [name = '', ...args] = tag.words;
  if (name === 'highlight') {
    const lang = tag.syntax === 'hugo' ? (args[0] ?? '').replace(/^["']|["']$/g, '') : args[0];
    const end = tag.syntax === 'hugo' ? '/highlight' : 'endhighlight';
    return { lang: lang ?? '', isEnd: (t) => t.syntax === tag.syntax && t.words[0] === end };
  }
  if (tag.syntax === 'liquid' && (name === 'codeblock' || name === 'code')) {
    const lang = args.find((arg) => arg.startsWith('lang:'))?.slice(5) ?? '';
    return { lang, isEnd: (t) => t.syntax === 'liquid' && t.words[0] === `end${name}` };
  }
  return null;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trimEnd();
}

/**
 * Template tags that wrap code, rendered as a fenced block with the tag's language. Like a fence,
 * an unclosed one runs to the end of its container: the block never depends on a later search.
 */
function tagCodeBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) {
    return false;
  }
  const first = state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!);
  if (first !== 0x7b /* { */) {
    return false;
  }
  const tag = readTagLine(lineText(state, startLine));
  const code = tag === null ? null : codeTagOf(tag);
  if (code === null) {
    return false;
  }
  if (silent) {
    return true;
  }
  let nextLine = startLine;
  let closed = false;
  for (;;) {
    nextLine++;
    if (nextLine >= endLine) {
      break;
    }
    const start = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    if (start < state.eMarks[nextLine]! && state.sCount[nextLine]! < state.blkIndent) {
      break;
    }
    if (state.src.charCodeAt(start) !== 0x7b || state.sCount[nextLine]! - state.blkIndent >= 4) {
      continue;
    }
    const end = readTagLine(lineText(state, nextLine));
    if (end !== null && code.isEnd(end)) {
      closed = true;
      break;
    }
  }
  state.line = nextLine + (closed ? 1 : 0);
  const token = state.push('fence', 'code', 0);
  token.info = code.lang;
  token.content = state.getLines(startLine + 1, nextLine, state.sCount[startLine]!, true);
  token.markup = '```';
  token.map = [startLine, state.line];
  return true;
}

/** Adds the code-wrapping template tags (see `tagCodeBlock`) as block rules. */
export function useTagCodeBlocks(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'tag_code_block', tagCodeBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}
