import type { WindowLike } from 'dompurify';
import { BlockPatcher } from './block-patcher';
import { FrameScroller, type ScrolledFrame } from './frame-scroller';
import { listenToPreview, type PreviewCallbacks } from './preview-events';
import { createBlockSanitizer, type SanitizeOptions } from './sanitize-block';

/** A loaded preview frame as the controller drives it. */
export interface PreviewFrame extends ScrolledFrame {
  doc: Document;
  scroller: FrameScroller;
  /** Stops listening to the frame (its events and scrolling). */
  detach: () => void;
}

/**
 * Takes over a frame built by `buildFrameDocument`: empties its body into a block patcher, and
 * listens to its links, double-clicks and scrolling. Null when it is not such a frame.
 */
export function openPreviewFrame(
  frameWindow: Window,
  options: SanitizeOptions,
  callbacks: () => PreviewCallbacks,
  schedule: (callback: () => void) => number,
  cancel: (handle: number) => void,
): PreviewFrame | null {
  const doc = frameWindow.document;
  const body = doc.querySelector<HTMLElement>('.pw-post-body');
  const header = doc.querySelector<HTMLElement>('.pw-post-header');
  if (body === null || header === null) {
    return null;
  }
  const sanitize = createBlockSanitizer(frameWindow as unknown as WindowLike, options);
  const stopEvents = listenToPreview(doc, callbacks);
  const patcher = new BlockPatcher(body, sanitize);
  const scroller = new FrameScroller(
    { win: frameWindow, header, patcher },
    schedule,
    cancel,
    (line) => callbacks().onScrollLine?.(line),
  );
  const onScroll = (): void => scroller.onScroll();
  frameWindow.addEventListener('scroll', onScroll, { passive: true });
  return {
    win: frameWindow,
    doc,
    patcher,
    header,
    scroller,
    detach: () => {
      stopEvents();
      frameWindow.removeEventListener('scroll', onScroll);
      scroller.dispose();
    },
  };
}
