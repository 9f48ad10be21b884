import { dirname, join } from 'node:path';
import type { ApiArgs, EncodingPreview } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { toWorkspacePath } from '../fs/confine';
import { decodeFrom, decodeText } from '../fs/text-codec';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { readSnapshot } from './post-files';

/** How many lines of the decoded text the preview shows. */
const previewLines = 40;
/** ... and at most this many characters of them (one long line must not fill the window). */
const previewChars = 4000;

/**
 * Decodes a post that is not UTF-8 from `encoding` for the user to look at before converting.
 *
 * The whole file goes through `decodeFrom`, the decoder `convertPostEncoding` uses, so a preview
 * that shows text promises a conversion that succeeds with exactly that text.
 */
export async function previewPostEncoding(
  session: WorkspaceSession,
  { path, encoding }: ApiArgs<'previewPostEncoding'>,
): Promise<EncodingPreview> {
  const absPath = await session.resolve(path);
  const snapshot = await readSnapshot(absPath, path);
  if (snapshot === null) {
    throw new ApiError('E_NOT_FOUND', `The post does not exist: ${path}`, { path });
  }
  const folder = dirname(path);
  const backupFolder = toWorkspacePath(
    session.root,
    // Where convertPostEncoding keeps the original bytes (tests/integration pin the two together).
    join(session.stateDir, 'encoding-backups', folder === '.' ? '' : folder),
  );
  const facts = { path, encoding, version: snapshot.version, backupFolder: `${backupFolder}/` };
  if (isUtf8(snapshot.bytes, path)) {
    return { ...facts, text: null, isTruncated: false, isUtf8: true };
  }
  let text: string;
  try {
    text = decodeFrom(snapshot.bytes, encoding);
  } catch (error) {
    // Bytes that are not valid in this encoding: the user picks another one.
    if (error instanceof ApiError && error.code === 'E_ENCODING') {
      return { ...facts, text: null, isTruncated: false, isUtf8: false };
    }
    throw error;
  }
  const head = firstLines(text);
  return { ...facts, text: head, isTruncated: head.length < text.length, isUtf8: false };
}

function isUtf8(bytes: Uint8Array, path: string): boolean {
  try {
    decodeText(bytes, path);
    return true;
  } catch {
    return false;
  }
}

function firstLines(text: string): string {
  let end = 0;
  for (let line = 0; line < previewLines && end < text.length; line += 1) {
    const newline = text.indexOf('\n', end);
    end = newline < 0 ? text.length : newline + 1;
  }
  return text.slice(0, Math.min(end, previewChars));
}
