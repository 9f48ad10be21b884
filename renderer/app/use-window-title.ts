import { useEffect } from 'react';
import type { PostEntry } from '../../core/api';
import type { OpenDocument } from '../document/session-types';

/** Names the window after the open post: "Title — Postwright" (set once the editor has the post). */
export function useWindowTitle(
  doc: OpenDocument | null,
  entries: readonly PostEntry[],
  workspaceName: string | null,
): void {
  const path = doc?.path ?? null;
  const title =
    path === null ? null : (entries.find((entry) => entry.path === path)?.title ?? null);
  useEffect(() => {
    if (path === null) {
      document.title = workspaceName === null ? 'Postwright' : `${workspaceName} — Postwright`;
      return;
    }
    // document.title is plain text: a title full of markup stays text.
    document.title = `${title ?? path.slice(path.lastIndexOf('/') + 1)} — Postwright`;
  }, [path, title, workspaceName]);
}
