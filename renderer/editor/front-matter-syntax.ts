import { foldNodeProp } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown';
import {
  type FrontMatterToken,
  tomlLineTokens,
  yamlLineTokens,
  type YamlLineState,
} from './front-matter-tokens';

// gray-matter's delimiters: YAML between `---` lines, TOML (Hugo) between `+++` lines. A file may
// start with a BOM, which the editor keeps as a character.
const openingFence = /^\uFEFF?(---|\+\+\+)[ \t]*$/;

/**
 * A Markdown parser extension that reads front matter at the very start of the document.
 *
 * The block becomes a `FrontMatter` node with `FrontMatterMark` fences around a `FrontMatterYAML`
 * or `FrontMatterTOML` node holding key, string, scalar and comment tokens, so it is highlighted
 * and folds as one block. Like gray-matter, a missing closing fence makes the rest of the document
 * front matter. Tokens come from a line tokenizer inside this block parse instead of a nested YAML
 * parse (`parseMixed`), which cost every keystroke ~15% more parse time in a 1 MB post.
 */
export function frontMatterSyntax(): MarkdownConfig {
  return {
    defineNodes: [
      { name: 'FrontMatter', block: true },
      { name: 'FrontMatterMark', style: tags.meta },
      { name: 'FrontMatterYAML' },
      { name: 'FrontMatterTOML' },
      { name: 'FrontMatterKey', style: tags.propertyName },
      { name: 'FrontMatterString', style: tags.string },
      { name: 'FrontMatterAtom', style: tags.atom },
      { name: 'FrontMatterComment', style: tags.lineComment },
      { name: 'FrontMatterPunctuation', style: tags.punctuation },
    ],
    parseBlock: [{ name: 'FrontMatter', before: 'LinkReference', parse: parseFrontMatter }],
    props: [
      foldNodeProp.add({
        FrontMatter: (node, state) => ({ from: state.doc.lineAt(node.from).to, to: node.to }),
      }),
    ],
  };
}

function parseFrontMatter(cx: BlockContext, line: Line): boolean {
  if (cx.lineStart !== 0 || line.pos !== line.basePos || line.markers.length > 0) {
    return false;
  }
  const fence = openingFence.exec(line.text)?.[1];
  if (fence === undefined) {
    return false;
  }
  const isYaml = fence === '---';
  const markFrom = line.text.indexOf(fence);
  const children: Element[] = [cx.elt('FrontMatterMark', markFrom, markFrom + fence.length)];
  const closing = isYaml ? /^---[ \t]*$/ : /^\+\+\+[ \t]*$/;
  const yamlState: YamlLineState = { blockScalarIndent: null };
  const tokens: Element[] = [];
  let contentFrom = -1;
  let contentTo = -1;
  let closeMark: Element | null = null;
  while (cx.nextLine()) {
    if (closing.test(line.text)) {
      closeMark = cx.elt('FrontMatterMark', cx.lineStart, cx.lineStart + fence.length);
      cx.nextLine();
      break;
    }
    if (contentFrom < 0) {
      contentFrom = cx.lineStart;
    }
    contentTo = cx.lineStart + line.text.length;
    const lineTokens: FrontMatterToken[] = isYaml
      ? yamlLineTokens(line.text, yamlState)
      : tomlLineTokens(line.text);
    for (const token of lineTokens) {
      if (token.to > token.from) {
        tokens.push(cx.elt(token.type, cx.lineStart + token.from, cx.lineStart + token.to));
      }
    }
  }
  if (contentFrom >= 0 && contentTo > contentFrom) {
    children.push(
      cx.elt(isYaml ? 'FrontMatterYAML' : 'FrontMatterTOML', contentFrom, contentTo, tokens),
    );
  }
  if (closeMark !== null) {
    children.push(closeMark);
  }
  cx.addElement(cx.elt('FrontMatter', 0, cx.prevLineEnd(), children));
  return true;
}
