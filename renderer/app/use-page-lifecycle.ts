import { useEffect } from 'react';
import type { DocumentSession } from '../document/document-session';

/**
 * Saves when the page is hidden or closed. `visibilitychange` is the last event a browser reliably
 * delivers (and lets a request finish); the journal covers a save that still does not make it.
 */
export function usePageLifecycle(session: DocumentSession): void {
  useEffect(() => {
    const saveNow = (): void => {
      if (session.isDirty()) {
        void session.writeJournal();
        void session.save();
      }
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') {
        saveNow();
      }
    };
    window.addEventListener('beforeunload', saveNow);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', saveNow);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session]);
}
