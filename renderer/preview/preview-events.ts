import type { PostHeaderLabels } from './post-header';
import { previewDataAttributes } from './sanitize-block';
import { ScrollMap } from './scroll-sync';

/** What a user does in the preview that the app must act on. */
export interface PreviewEventHandlers {
  onOpenExternal: (url: string) => void;
  onOpenPost: (path: string) => void;
  onDoubleClickLine?: (line: number) => void;
}

/** Everything the preview controller calls back into the app with; read anew at each event. */
export interface PreviewCallbacks extends PreviewEventHandlers {
  onScrollLine?: (line: number) => void;
  labels: PostHeaderLabels;
}

const linkSelector = 'a, area';

/**
 * Listens, from the app, to the preview frame's document (the frame runs no script of its own).
 *
 * Links never navigate the frame or the app: http(s)/mailto go to `onOpenExternal` (the app shows
 * the real destination before opening it), links to posts to `onOpenPost`, fragments scroll the
 * preview, anything else does nothing. A workspace image that fails to load tries the next
 * candidate path (site-root images may live under static/, public/ or source/).
 */
export function listenToPreview(doc: Document, handlers: () => PreviewEventHandlers): () => void {
  const onClick = (event: MouseEvent): void => {
    // An image map's <area> is a link as much as an <a> (it navigated the frame before).
    const link = elementOf(event.target)?.closest(linkSelector);
    if (link === null || link === undefined) {
      return;
    }
    event.preventDefault();
    if (event.button !== 0) {
      return;
    }
    const external = link.getAttribute(previewDataAttributes.external);
    const post = link.getAttribute(previewDataAttributes.post);
    const anchor = link.getAttribute(previewDataAttributes.anchor);
    if (external !== null) {
      handlers().onOpenExternal(external);
    } else if (post !== null) {
      handlers().onOpenPost(post);
    } else if (anchor !== null) {
      const target = doc.getElementById(anchor) ?? doc.getElementsByName(anchor)[0];
      target?.scrollIntoView({ block: 'start' });
    }
  };
  const onAuxClick = (event: MouseEvent): void => {
    if (elementOf(event.target)?.closest(linkSelector) != null) {
      event.preventDefault();
    }
  };
  const onDoubleClick = (event: MouseEvent): void => {
    const element = elementOf(event.target);
    const line = element === null ? null : ScrollMap.lineOfElement(element);
    if (line !== null) {
      handlers().onDoubleClickLine?.(line);
    }
  };
  const onImageError = (event: Event): void => {
    const image = elementOf(event.target);
    const fallbacks =
      image?.localName === 'img' ? image.getAttribute(previewDataAttributes.candidates) : null;
    if (image === null || fallbacks === null) {
      return;
    }
    const [next, ...rest] = JSON.parse(fallbacks) as string[];
    if (rest.length > 0) {
      image.setAttribute(previewDataAttributes.candidates, JSON.stringify(rest));
    } else {
      image.removeAttribute(previewDataAttributes.candidates);
    }
    if (next !== undefined) {
      image.setAttribute('src', next);
    }
  };
  const onDragStart = (event: DragEvent): void => {
    // Dragging a link or image out of the preview must not carry a URL into the app's editor.
    event.preventDefault();
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onAuxClick, true);
  doc.addEventListener('dblclick', onDoubleClick, true);
  doc.addEventListener('error', onImageError, true);
  doc.addEventListener('dragstart', onDragStart, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onAuxClick, true);
    doc.removeEventListener('dblclick', onDoubleClick, true);
    doc.removeEventListener('error', onImageError, true);
    doc.removeEventListener('dragstart', onDragStart, true);
  };
}

function elementOf(target: EventTarget | null): Element | null {
  // Nodes of the frame belong to another realm: `instanceof Element` would be false.
  const node = target as Node | null;
  if (node === null || typeof node.nodeType !== 'number') {
    return null;
  }
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}
