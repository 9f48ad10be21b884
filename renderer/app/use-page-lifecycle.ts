import { useEffect } from 'react';
import type { DocumentSession } from '../document/document-session';

/**
 * Saves when the page is hidden or closed, and (in a browser) asks before closing a page with
 * unsaved changes. `visibilitychange` is the last event a browser reliably delivers (and lets a
 * request finish); the journal, and a copy kept in the browser, cover a save that does not make
 * it. The desktop app does not ask here: its window saves before it closes and asks itself.
 */
export function usePageLifecycle(
  session: DocumentSession,
  root: string | null,
  askBeforeClosing: boolean,
): void {
  useEffect(() => {
    session.setWorkspaceRoot(root);
  }, [session, root]);

  useEffect(() => {
    const saveNow = (): void => {
      if (session.isDirty()) {
        // Synchronous, so it is stored even when the page is gone before any request answers.
        session.keepLocalCopy();
        void session.writeJournal();
        void session.save();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!session.isDirty()) {
        return;
      }
      saveNow();
      if (!askBeforeClosing) {
        return;
      }
      // Both, for every browser: the standard call and the legacy returnValue.
      event.preventDefault();
      event.returnValue = '';
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') {
        saveNow();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session, askBeforeClosing]);
}
