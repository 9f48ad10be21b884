import type { ApiError, LineEnding, PostDocument, WorkspacePath } from '../../core/api';
import type { EncodingFacts } from './api-errors';

/** What the session needs from the editor (a subset of the MarkdownEditor handle). */
export interface EditorAccess {
  getText: () => string;
  applyText: (text: string) => void;
  isComposing: () => boolean;
}

/** The post loaded into the editor. */
export interface OpenDocument {
  path: WorkspacePath;
  /** Changes whenever the editor must be re-created with `initialText` (another post, a reload). */
  docKey: string;
  initialText: string;
  lineEnding: LineEnding;
  hasBom: boolean;
}

export type SaveState = 'saved' | 'saving' | 'dirty' | 'error';

/** A save refused because the file changed on disk: the user chooses what to keep. */
export interface Conflict {
  path: WorkspacePath;
  mine: string;
  disk: PostDocument | null;
}

/** Everything the UI shows about the open post. */
export interface SessionSnapshot {
  doc: OpenDocument | null;
  loadingPath: WorkspacePath | null;
  saveState: SaveState;
  /** The last failure (save, open), as an error to translate. */
  error: ApiError | null;
  /** A file that is not UTF-8: shown with a "Convert to UTF-8" action instead of the editor. */
  encodingProblem: ({ path: WorkspacePath } & EncodingFacts) | null;
  conflict: Conflict | null;
  /** Something worth telling once: the post was reloaded, or deleted, on disk. */
  notice: 'reloaded' | 'deletedOnDisk' | null;
}
