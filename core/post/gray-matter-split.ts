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
  matter(grayMatterInput(text, block, content), {
    engines,
    language: block.language === 'yml' ? 'yaml' : block.language,
    delimiters: block.syntax === 'pluses' ? '+++' : '---',
    excerpt: false,
  });
  // gray-matter skips the engine when the block is blank or only comments.
  return result ?? reader(content);
}

/** What gray-matter is given: the block as written, or as `---lang` for blocks it cannot see. */
function grayMatterInput(text: string, block: BlockCandidate, content: string): string {
  if (block.syntax === 'dashes' || block.syntax === 'pluses') {
    return text.slice(block.from, block.to);
  }
  const ending = content.endsWith('\n') ? '' : '\n';
  return `---${block.language}\n${content}${ending}---\n`;
}
