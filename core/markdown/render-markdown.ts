import type MarkdownIt from 'markdown-it';
import { HeadingSlugger, slugOf } from './block-scan';
import { highlightCode } from './code-highlighter';
import { FrontMatterReader } from './front-matter-block';
import {
  createMarkdownIt,
  fillHeadingIds,
  prepareHeadings,
  setDataLines,
  type Highlighter,
} from './markdown-engine';

/**
 * Renders a whole post in one markdown-it pass, without any cache: the reference the incremental
 * renderer is tested against, and a simple way to render a post once.
 */
export function renderMarkdown(input: string, highlight: Highlighter = highlightCode): string {
  const md: MarkdownIt = createMarkdownIt(highlight);
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const lines = text.split('\n');
  const frontMatter = new FrontMatterReader().read(text);
  const bodyStart = frontMatter?.endLine ?? 0;
  // Blank lines in place of the front matter keep every token's line that of the file.
  const body = lines.map((line, index) => (index < bodyStart ? '' : line)).join('\n');
  const env = {};
  const tokens = md.parse(body, env);
  setDataLines(tokens, (line) => line);
  const headings = prepareHeadings(tokens);
  const slugger = new HeadingSlugger();
  const ids = headings.map((h) => slugger.unique(slugOf(h.text)));
  return fillHeadingIds(md.renderer.render(tokens, md.options, env), ids, md.utils.escapeHtml);
}
