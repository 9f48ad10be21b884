import type { FrontMatterErrorInfo } from '../../core/api';
import type { RenderedFrontMatter } from '../../core/markdown/markdown-renderer';
import { blockAttributes } from './block-patcher';

/** Translated words the header needs. */
export interface PostHeaderLabels {
  tags: string;
  categories: string;
  /** Shown when the front matter cannot be parsed. */
  frontMatterError: (error: FrontMatterErrorInfo) => string;
}

/**
 * Fills the header above the body with the post's title, date, categories and tags, as the blog
 * would show them. Everything is set as text, never as HTML.
 */
export function renderPostHeader(
  header: HTMLElement,
  frontMatter: RenderedFrontMatter | null,
  labels: PostHeaderLabels,
): void {
  const doc = header.ownerDocument;
  header.replaceChildren();
  if (frontMatter === null) {
    header.removeAttribute(blockAttributes.startLine);
    return;
  }
  header.setAttribute(blockAttributes.startLine, String(frontMatter.startLine));
  header.setAttribute(blockAttributes.endLine, String(frontMatter.endLine));
  const { summary } = frontMatter;
  if (summary.error !== null) {
    const error = doc.createElement('p');
    error.className = 'pw-post-error';
    error.textContent = labels.frontMatterError(summary.error);
    header.append(error);
    return;
  }
  if (summary.title !== null) {
    const title = doc.createElement('h1');
    title.className = 'pw-post-title';
    title.textContent = summary.title;
    header.append(title);
  }
  const meta = doc.createElement('div');
  meta.className = 'pw-post-meta';
  if (summary.date !== null) {
    const date = doc.createElement('time');
    date.textContent = summary.date;
    meta.append(date);
  }
  appendList(meta, summary.categories, labels.categories, 'pw-post-categories');
  appendList(meta, summary.tags, labels.tags, 'pw-post-tags');
  if (meta.childElementCount > 0) {
    header.append(meta);
  }
}

function appendList(
  parent: HTMLElement,
  items: readonly string[],
  label: string,
  className: string,
): void {
  if (items.length === 0) {
    return;
  }
  const list = parent.ownerDocument.createElement('ul');
  list.className = `pw-post-tags ${className}`;
  list.setAttribute('aria-label', label);
  for (const item of items) {
    const entry = parent.ownerDocument.createElement('li');
    entry.textContent = item;
    list.append(entry);
  }
  parent.append(list);
}
