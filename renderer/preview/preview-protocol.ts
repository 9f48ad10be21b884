import type { BlockSplice } from '../../core/markdown/block-splice';
import type { TextEdit } from '../../core/markdown/live-post';
import type { RenderedFrontMatter } from '../../core/markdown/rendered-document';

/**
 * A message to the preview worker. `session` names one open post's preview: a reset with a new
 * session starts over (fresh renderer), and replies to an older session are dropped.
 */
export type PreviewRequest =
  | {
      kind: 'reset';
      session: number;
      revision: number;
      text: string;
      /** Reply first with the post's start (a long post just opened), then with the whole. */
      startFirst: boolean;
    }
  | {
      kind: 'edit';
      session: number;
      revision: number;
      edits: readonly TextEdit[];
      /** The text's length after the edits: when the worker's differs, it asks for a reset. */
      length: number;
    }
  /** The page left this post's preview: stop rendering it and let its text go. */
  | { kind: 'close'; session: number };

/** A message from the preview worker. */
export type PreviewReply =
  | {
      kind: 'document';
      session: number;
      /** The latest revision the document shows. */
      revision: number;
      /** From the previous document of this session (or from no blocks) to this one. */
      splice: BlockSplice;
      frontMatter: RenderedFrontMatter | null;
      /** Only the post's start: the whole post follows. */
      startOnly: boolean;
    }
  | { kind: 'resync'; session: number; revision: number };
