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
  /** The last failure of a save, a reload or a conversion, as an error to translate. */
  error: ApiError | null;
  /**
   * The last post that could not be opened, and why; whatever was open stays open (the UI says
   * so in a message). Cleared when a post opens.
   */
  openError: { path: WorkspacePath; error: ApiError } | null;
  /** A file that is not UTF-8: shown with a "Convert to UTF-8" action instead of the editor. */
  encodingProblem: EncodingProblem | null;
  conflict: Conflict | null;
  /** Something worth telling once: the post was reloaded, deleted on disk, or converted. */
  notice: 'reloaded' | 'deletedOnDisk' | 'converted' | null;
  /** What the last conversion to UTF-8 did, for the 'converted' notice. */
  conversion: Conversion | null;
}

/** A post E_ENCODING refused, as it was when last read. */
export interface EncodingProblem extends EncodingFacts {
  path: WorkspacePath;
  /** Grows each time the file is read again (it changed on disk): a preview of it is stale. */
  revision: number;
}

/** A post converted to UTF-8, and where its original bytes were kept. */
export interface Conversion {
  path: WorkspacePath;
  from: string;
  backupFolder: string;
}
