import { foldNodeProp, StreamLanguage } from '@codemirror/language';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { toml } from '@codemirror/legacy-modes/mode/toml';
import { parseMixed } from '@lezer/common';
import { tags } from '@lezer/highlight';
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown';

const tomlLanguage = StreamLanguage.define(toml);

// gray-matter's delimiters: YAML between `---` lines, TOML (Hugo) between `+++` lines. A file may
// start with a BOM, which the editor keeps as a character.
const openingFence = /^\uFEFF?(---|\+\+\+)[ \t]*$/;

/**
 * A Markdown parser extension that reads front matter at the very start of the document.
 *
 * The block becomes a `FrontMatter` node with `FrontMatterMark` fences and a `FrontMatterYAML` or
 * `FrontMatterTOML` content node parsed by the YAML or TOML language, so it is highlighted and
 * folds as one block. Like gray-matter, a missing closing fence makes the rest of the document
 * front matter.
 */
export function frontMatterSyntax(): MarkdownConfig {
  return {
    defineNodes: [
      { name: 'FrontMatter', block: true },
      { name: 'FrontMatterMark', style: tags.meta },
      { name: 'FrontMatterYAML' },
      { name: 'FrontMatterTOML' },
    ],
    parseBlock: [{ name: 'FrontMatter', before: 'LinkReference', parse: parseFrontMatter }],
    props: [
      foldNodeProp.add({
        FrontMatter: (node, state) => ({ from: state.doc.lineAt(node.from).to, to: node.to }),
      }),
    ],
    wrap: parseMixed((node) => {
      if (node.name === 'FrontMatterYAML') {
        return { parser: yamlLanguage.parser };
      }
      if (node.name === 'FrontMatterTOML') {
        return { parser: tomlLanguage.parser };
      }
      return null;
    }),
  };
}

function parseFrontMatter(cx: BlockContext, line: Line): boolean {
  if (cx.lineStart !== 0 || line.pos !== line.basePos || line.markers.length > 0) {
    return false;
  }
  const opening = openingFence.exec(line.text);
  const fence = opening?.[1];
  if (fence === undefined) {
    return false;
  }
  const markFrom = line.text.indexOf(fence);
  const children: Element[] = [cx.elt('FrontMatterMark', markFrom, markFrom + fence.length)];
  const contentType = fence === '---' ? 'FrontMatterYAML' : 'FrontMatterTOML';
  const closing = new RegExp(`^${fence === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`);
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
  }
  if (contentFrom >= 0 && contentTo > contentFrom) {
    children.push(cx.elt(contentType, contentFrom, contentTo));
  }
  if (closeMark !== null) {
    children.push(closeMark);
  }
  cx.addElement(cx.elt('FrontMatter', 0, cx.prevLineEnd(), children));
  return true;
}
