import type MarkdownIt from 'markdown-it';

type InlineState = Parameters<MarkdownIt['inline']['tokenize']>[0];
type InlineRule = (state: InlineState, silent: boolean) => boolean;

/** Where the last scan for a reference's end started and stopped, in which text. */
const lastScan = { src: '', from: 0, stop: 0 };

/**
 * Wraps markdown-it-footnote's `footnote_ref` inline rule so that a `[^` with no `]` after it on
 * its line is refused without the plugin's own scan.
 *
 * The plugin scans from every `[^` to the next `]`, space or line end: on a long line of `[^` in
 * a post that defines a footnote, that is quadratic (40 KB of them: seconds per render, so per
 * keystroke). Positions between a scan's start and its stop share that stop, so remembering the
 * last scan makes a run of `[^` cost one scan. Same tokens, since the plugin itself refuses these.
 */
export function guardFootnoteReferences(md: MarkdownIt): void {
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] })
    .__rules__;
  const rule = rules.find((r) => r.name === 'footnote_ref');
  if (rule === undefined) {
    throw new Error('markdown-it-footnote did not register footnote_ref');
  }
  const original = rule.fn;
  md.inline.ruler.at('footnote_ref', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5b /* [ */ || src.charCodeAt(pos + 1) !== 0x5e /* ^ */) {
      return false;
    }
    const stop = referenceStop(src, pos + 2);
    if (stop >= state.posMax || src.charCodeAt(stop) !== 0x5d /* ] */) {
      return false;
    }
    return original(state, silent);
  });
}

/** The first space, line feed or `]` at or after `from` (the text's length when none). */
function referenceStop(src: string, from: number): number {
  if (src === lastScan.src && from >= lastScan.from && from <= lastScan.stop) {
    return lastScan.stop;
  }
  let stop = from;
  while (stop < src.length) {
    const code = src.charCodeAt(stop);
    if (code === 0x20 || code === 0x0a || code === 0x5d) {
      break;
    }
    stop++;
  }
  lastScan.src = src;
  lastScan.from = from;
  lastScan.stop = stop;
  return stop;
}
