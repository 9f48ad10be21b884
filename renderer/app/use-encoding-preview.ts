import { useEffect, useState } from 'react';
import type { ApiError, EncodingPreview } from '../../core/api';
import { toApiError } from '../document/api-errors';
import type { DocumentSession, EncodingProblem } from '../document/document-session';

/** The preview of a refused post in one encoding, as far as it got. */
export type EncodingPreviewState =
  | { status: 'loading'; previous: EncodingPreview | null }
  | { status: 'ready'; preview: EncodingPreview }
  | { status: 'failed'; error: ApiError };

type Settled =
  { status: 'ready'; preview: EncodingPreview } | { status: 'failed'; error: ApiError };

/**
 * Decodes the refused post from `encoding`, again whenever the encoding changes or the file is
 * read again (`problem.revision`); answers to an earlier request are dropped.
 */
export function useEncodingPreview(
  session: DocumentSession,
  problem: EncodingProblem,
  encoding: string,
): EncodingPreviewState {
  const key = `${problem.path}\n${problem.revision}\n${encoding}`;
  const [settled, setSettled] = useState<{ key: string; state: Settled } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    session
      .previewEncoding(encoding)
      .then((preview) => {
        // null: the file is UTF-8 now and the session opened it; this panel is going away.
        if (isCurrent && preview !== null) {
          setSettled({ key, state: { status: 'ready', preview } });
        }
      })
      .catch((thrown: unknown) => {
        if (isCurrent) {
          setSettled({ key, state: { status: 'failed', error: toApiError(thrown) } });
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [session, key, encoding]);

  if (settled?.key === key) {
    return settled.state;
  }
  // Keeps the last text on screen while the next one decodes, so the panel does not jump.
  const previous = settled?.state.status === 'ready' ? settled.state.preview : null;
  return { status: 'loading', previous };
}
