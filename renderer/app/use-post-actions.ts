import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../core/api';
import type { JournalEntry, PostEntry, PostwrightHost, WorkspacePath } from '../../core/api';
import { toApiError } from '../document/api-errors';
import type { DocumentSession } from '../document/document-session';
import type { PostAction } from '../posts/PostContextMenu';
import { errorMessage } from './error-message';
import type { ToastApi } from './use-toasts';

/** A dialog the post actions are waiting on. */
export type PostDialog = { kind: 'new' } | { kind: 'rename'; entry: PostEntry } | null;

/** What the post list, the toolbar and the commands do to posts. */
export interface PostActions {
  dialog: PostDialog;
  closeDialog: () => void;
  requestNewPost: () => void;
  /** Creates a post; resolves an error message for the dialog, or null when done. */
  createPost: (title: string) => Promise<string | null>;
  /** Renames the dialog's post to a new file name; resolves an error message, or null. */
  renamePost: (entry: PostEntry, fileName: string) => Promise<string | null>;
  run: (action: PostAction, entry: PostEntry) => void;
  open: (path: WorkspacePath) => void;
  /** Opens a post with the unsaved text the journal kept for it; says so when it cannot. */
  openRecovered: (entry: JournalEntry) => void;
}

/** Splits a path into its folder (with trailing slash, or '') and file name. */
export function splitPath(path: WorkspacePath): { folder: string; name: string } {
  const slash = path.lastIndexOf('/');
  return { folder: path.slice(0, slash + 1), name: path.slice(slash + 1) };
}

/** New, open, rename, duplicate, delete (with Undo) and reveal, with their dialogs and messages. */
export function usePostActions(
  host: PostwrightHost,
  session: DocumentSession,
  toasts: ToastApi,
): PostActions {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<PostDialog>(null);
  const { show } = toasts;

  const fail = useCallback(
    (thrown: unknown) => show({ kind: 'error', message: errorMessage(toApiError(thrown), t) }),
    [show, t],
  );

  // With nothing open the empty writing area says why; otherwise the open post (or the encoding
  // panel) stays, and this message is all that tells the user the click did not open anything.
  const reportOpenFailure = useCallback(
    (path: WorkspacePath) => {
      const { openError, doc, encodingProblem } = session.getSnapshot();
      if (openError?.path === path && (doc !== null || encodingProblem !== null)) {
        const reason = errorMessage(openError.error, t);
        show({ kind: 'error', message: t('document:openFailed', { path, reason }) });
      }
    },
    [session, show, t],
  );

  const open = useCallback(
    (path: WorkspacePath) => {
      session
        .open(path)
        .then((isOpen) => {
          if (!isOpen) {
            reportOpenFailure(path);
          }
        })
        .catch(fail);
    },
    [session, reportOpenFailure, fail],
  );

  // The journal entry stays on disk until the restored text is saved or discarded: when the post
  // cannot be opened, the text is not lost, and the message says where it is.
  const openRecovered = useCallback(
    (entry: JournalEntry) => {
      const { path } = entry;
      session
        .open(path, { text: entry.text, baseVersion: entry.baseVersion })
        .then((isOpen) => {
          if (!isOpen) {
            // A file that is not UTF-8 shows the encoding panel, which says why by itself.
            const { openError } = session.getSnapshot();
            const reason = openError?.path === path ? errorMessage(openError.error, t) : '';
            show({ kind: 'error', message: t('document:restoreFailed', { path, reason }) });
          }
        })
        .catch(fail);
    },
    [session, show, t, fail],
  );

  const createPost = useCallback(
    async (title: string): Promise<string | null> => {
      try {
        const { path } = await host.api.createPost({ title });
        setDialog(null);
        if (!(await session.open(path))) {
          reportOpenFailure(path);
        }
        return null;
      } catch (thrown) {
        return errorMessage(toApiError(thrown), t);
      }
    },
    [host, session, t, reportOpenFailure],
  );

  const renamePost = useCallback(
    async (entry: PostEntry, fileName: string): Promise<string | null> => {
      const { folder } = splitPath(entry.path);
      const name = /\.(md|markdown)$/i.test(fileName) ? fileName : `${fileName}.md`;
      if (name.includes('/') || name.includes('\\')) {
        // Refused here, before the backend sees it: the same message names the slash.
        return errorMessage(new ApiError('E_INVALID_NAME', name, { name }), t);
      }
      try {
        if (session.getSnapshot().doc?.path === entry.path) {
          await session.flush();
        }
        const { path } = await host.api.renamePost({ path: entry.path, newPath: folder + name });
        session.renamed(entry.path, path);
        setDialog(null);
        return null;
      } catch (thrown) {
        return errorMessage(toApiError(thrown), t);
      }
    },
    [host, session, t],
  );

  const remove = useCallback(
    async (entry: PostEntry): Promise<void> => {
      const wasOpen = session.getSnapshot().doc?.path === entry.path;
      if (wasOpen) {
        // The trash keeps what the user last typed, not an older version.
        await session.flush();
        session.close();
      }
      const { trashId } = await host.api.deletePost({ path: entry.path });
      show({
        kind: 'info',
        message: t('list:deleted', { title: entry.title }),
        action: {
          label: t('common:undo'),
          run: () => {
            host.api
              .restorePost({ trashId })
              .then(({ path }) => {
                show({ kind: 'info', message: t('list:restored', { title: entry.title }) });
                if (wasOpen) {
                  open(path);
                }
              })
              .catch(fail);
          },
        },
      });
    },
    [host, session, show, t, open, fail],
  );

  const run = useCallback(
    (action: PostAction, entry: PostEntry) => {
      switch (action) {
        case 'open':
          open(entry.path);
          break;
        case 'rename':
          setDialog({ kind: 'rename', entry });
          break;
        case 'duplicate':
          host.api
            .duplicatePost({ path: entry.path })
            .then(({ path }) => open(path))
            .catch(fail);
          break;
        case 'delete':
          remove(entry).catch(fail);
          break;
        case 'reveal':
          host.api.revealPath({ path: entry.path }).catch(fail);
          break;
      }
    },
    [host, open, remove, fail],
  );

  return {
    dialog,
    closeDialog: useCallback(() => setDialog(null), []),
    requestNewPost: useCallback(() => setDialog({ kind: 'new' }), []),
    createPost,
    renamePost,
    run,
    open,
    openRecovered,
  };
}
