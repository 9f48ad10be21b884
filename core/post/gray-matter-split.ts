import matter from 'gray-matter';
import { ApiError } from '../api';
import type { BlockContent } from './front-matter-types';
import type { BlockCandidate } from './split';

/** Reads the content of a block; gray-matter calls it as its engine. */
export type ContentReader = (content: string) => BlockContent;

function refuse(): never {
  throw new ApiError('E_FRONT_MATTER', 'Front matter written as code is never evaluated');
}

const codeEngine = { parse: refuse, stringify: refuse };

/**
 * Runs a block through gray-matter with its engines replaced by ours, and returns what our reader
 * made of the block's content.
 *
 * gray-matter stays the splitter of record: it sees the block and calls the engine for its
 * language. Options are always passed (without them gray-matter caches results by input and
 * caches a YAML error as an empty success), its result is never mutated, and the code engines
 * (`js`, `javascript`, `coffee`, ...) throw instead of calling `eval`. Our reader always parses
 * the exact content our own scan found, so offsets stay exact even where gray-matter's looser
 * `\n---` search would cut a block short.
 */
export function readBlockWithGrayMatter(
  text: string,
  block: BlockCandidate,
  reader: ContentReader,
): BlockContent {
  const content = text.slice(block.contentFrom, block.contentTo);
  let result: BlockContent | null = null;
  const engine = {
    parse: (): object => {
      result = reader(content);
      return {};
    },
  };
  const engines = {
    yaml: engine,
    yml: engine,
    toml: engine,
    json: engine,
    js: codeEngine,
    javascript: codeEngine,
    coffee: codeEngine,
    coffeescript: codeEngine,
    cson: codeEngine,
  };
  matter(shortenBlankRuns(grayMatterInput(text, block, content)), {
    engines,
    language: block.language === 'yml' ? 'yaml' : block.language,
    delimiters: block.syntax === 'pluses' ? '+++' : '---',
    excerpt: false,
  });
  // gray-matter skips the engine when the block is blank or only comments.
  return result ?? reader(content);
}

const blank = /\s/;
const lineEnds = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * The input with every run of blanks that spans several line ends cut down to its first line
 * end, its first `\n` and its last line end (the blanks before and after them stay).
 * gray-matter decides "blank or only comments" with /^\s*#[^\n]+/gm, whose \s* runs from
 * each line start over all the blank lines that follow (quadratic: 200,000 blank lines took
 * 20 s). What it decides stays the same: which text is a comment, whether anything else is
 * left, the `\n---` that closes the block (only the last line end of a run can precede it) and
 * the language (read up to the first `\n`).
 */
export function shortenBlankRuns(input: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < input.length) {
    if (!blank.test(input.charAt(i))) {
      i += 1;
      continue;
    }
    let first = -1;
    let firstNewline = -1;
    let last = -1;
    let end = i;
    for (; end < input.length && blank.test(input.charAt(end)); end += 1) {
      const char = input.charAt(end);
      if (lineEnds.has(char)) {
        first = first === -1 ? end : first;
        firstNewline = firstNewline === -1 && char === '\n' ? end : firstNewline;
        last = end;
      }
    }
    if (first !== last) {
      const newline = firstNewline > first && firstNewline < last ? '\n' : '';
      out += input.slice(copied, first + 1) + newline + input.slice(last, end);
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? input : out + input.slice(copied);
}

/** What gray-matter is given: the block as written, or as `---lang` for blocks it cannot see. */
function grayMatterInput(text: string, block: BlockCandidate, content: string): string {
  if (block.syntax === 'dashes' || block.syntax === 'pluses') {
    return text.slice(block.from, block.to);
  }
  const ending = content.endsWith('\n') ? '' : '\n';
  return `---${block.language}\n${content}${ending}---\n`;
}
