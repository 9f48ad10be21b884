import { constants } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type {
  ApiArgs,
  ApiResults,
  PostDocument,
  PostVersion,
  WorkspacePath,
} from '../../../core/api';
import { ApiError } from '../../../core/api';
import { errorCode, writeFileAtomic } from '../fs/atomic-write';
import { toWorkspacePath } from '../fs/confine';
import { isReadOnlyFor, type FileOwnership } from '../fs/read-only';
import {
  decodeFrom,
  decodeText,
  type DecodedText,
  encodeText,
  hasUtf8Bom,
  sha256,
  versionOf,
} from '../fs/text-codec';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { uniqueFreePath } from './free-name';

/**
 * Posts larger than this are refused (E_TOO_LARGE): the longest real posts are a few hundred KB,
 * and a text this size already makes the editor, the preview and every save crawl.
 */
export const maxPostBytes = 16 * 1024 * 1024;

/** A file's bytes, the version they had when read, and the permission bits of the file. */
interface FileSnapshot {
  bytes: Buffer;
  version: PostVersion;
  file: FileOwnership;
}

/** Reads a post's text and version; a non-UTF-8 file is refused with E_ENCODING. */
export async function readPost(
  session: WorkspaceSession,
  path: WorkspacePath,
): Promise<PostDocument> {
  const absPath = await session.resolve(path);
  const snapshot = await readSnapshot(absPath, path);
  if (snapshot === null) {
    throw new ApiError('E_NOT_FOUND', `The post does not exist: ${path}`, { path });
  }
  const decoded = decodeSnapshot(snapshot, path);
  return {
    path,
    text: decoded.text,
    version: snapshot.version,
    hasBom: decoded.hasBom,
    lineEnding: decoded.lineEnding,
  };
}

/**
 * Saves a post atomically if the disk still holds `baseVersion` (null: the post must not exist).
 *
 * The BOM of the file on disk is kept (the text never contains it); identical bytes are not
 * written again (`written: false`).
 */
export async function savePost(
  session: WorkspaceSession,
  { path, text, baseVersion }: ApiArgs<'savePost'>,
): Promise<ApiResults['savePost']> {
  const absPath = await session.resolvePost(path);
  const current = await readSnapshot(absPath, path);
  if (current === null ? baseVersion !== null : current.version.hash !== baseVersion?.hash) {
    throw new ApiError('E_CONFLICT', `${path} changed on disk since it was opened.`, {
      path,
      version: current?.version ?? null,
    });
  }
  // UTF-8 cannot hold half a surrogate pair: Buffer.from would quietly write U+FFFD instead.
  const lone = /[\uD800-\uDFFF]/u.exec(text);
  if (lone !== null) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `The text of ${path} has a broken character (half a surrogate pair) at offset ${lone.index}; it was not saved.`,
      { path, offset: lone.index },
    );
  }
  const bytes = encodeText(text, current !== null && hasUtf8Bom(current.bytes));
  if (bytes.byteLength > maxPostBytes) {
    // Written, it could never be opened again: refuse before anything is touched.
    throw tooLarge(path, bytes.byteLength);
  }
  if (current !== null && current.bytes.equals(bytes)) {
    return { version: current.version, written: false };
  }
  if (current !== null && isReadOnlyFor(current.file)) {
    throw readOnly(path);
  }
  await mkdir(dirname(absPath), { recursive: true });
  const hash = sha256(bytes);
  // The real file's path: a symlinked post is written (and listed) where it really is.
  const realPath = toWorkspacePath(session.root, absPath);
  session.ownWrites.record(realPath, hash);
  await writeFileAtomic(absPath, bytes);
  const info = await stat(absPath);
  session.commit([realPath]);
  return { version: { mtimeMs: info.mtimeMs, size: info.size, hash }, written: true };
}

/**
 * The explicit "convert to UTF-8" action: decodes the file from `from`, keeps the original bytes
 * under `.postwright/encoding-backups/` (never lost), and writes the text as UTF-8 without BOM.
 *
 * Refused, with the file untouched, when it is no longer `baseVersion` (E_CONFLICT), when it
 * already reads as UTF-8 (decoding UTF-8 bytes as another encoding garbles every non-ASCII
 * character), and when it is read-only (E_PERMISSION).
 */
export async function convertPostEncoding(
  session: WorkspaceSession,
  { path, from, baseVersion }: ApiArgs<'convertPostEncoding'>,
): Promise<PostDocument> {
  const absPath = await session.resolvePost(path);
  const current = await readSnapshot(absPath, path);
  if (current === null) {
    throw new ApiError('E_NOT_FOUND', `The post does not exist: ${path}`, { path });
  }
  if (baseVersion !== undefined && current.version.hash !== baseVersion.hash) {
    throw new ApiError('E_CONFLICT', `${path} changed on disk since it was opened.`, {
      path,
      version: current.version,
    });
  }
  if (isReadableAsUtf8(current.bytes, path)) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `${path} is already UTF-8 text; there is nothing to convert. Open it again to edit it.`,
      { path, reason: 'already-utf8', version: current.version },
    );
  }
  if (isReadOnlyFor(current.file)) {
    throw readOnly(path);
  }
  const text = decodeFrom(current.bytes, from);
  const backupFolder = join(session.stateDir, 'encoding-backups', dirname(path));
  await mkdir(backupFolder, { recursive: true });
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const backupPath = await uniqueFreePath(backupFolder, `${fileName}.${from.toLowerCase()}`);
  await writeFileAtomic(backupPath, current.bytes);
  const bytes = encodeText(text, false);
  const realPath = toWorkspacePath(session.root, absPath);
  session.ownWrites.record(realPath, sha256(bytes));
  await writeFileAtomic(absPath, bytes);
  session.commit([realPath]);
  return readPost(session, path);
}

/** Reads a whole file with the version of exactly those bytes; null when there is no file. */
export async function readSnapshot(
  absPath: string,
  path: WorkspacePath,
): Promise<FileSnapshot | null> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO named `.md` must not wait forever for a writer.
    handle = await open(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return null;
    }
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new ApiError('E_INVALID_ARGUMENT', `Not a file: ${path}`, { path });
    }
    if (info.size > maxPostBytes) {
      throw tooLarge(path, info.size);
    }
    const bytes = await handle.readFile();
    return { bytes, version: versionOf(bytes, info.mtimeMs), file: info };
  } finally {
    await handle.close();
  }
}

/** Decodes a snapshot; an E_ENCODING refusal carries the bytes' version (for `convertPostEncoding`). */
function decodeSnapshot(snapshot: FileSnapshot, path: WorkspacePath): DecodedText {
  try {
    return decodeText(snapshot.bytes, path);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'E_ENCODING') {
      throw new ApiError(error.code, error.message, {
        ...error.details,
        version: snapshot.version,
      });
    }
    throw error;
  }
}

/** Whether `readPost` would open these bytes as they are (so converting them can only harm). */
function isReadableAsUtf8(bytes: Buffer, path: WorkspacePath): boolean {
  try {
    decodeText(bytes, path);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'E_ENCODING') {
      return false;
    }
    throw error;
  }
}

function readOnly(path: WorkspacePath): ApiError {
  return new ApiError(
    'E_PERMISSION',
    `${path} is read-only, so it was not changed. Make it writable to save it.`,
    { path, reason: 'read-only' },
  );
}

function tooLarge(path: WorkspacePath, size: number): ApiError {
  return new ApiError(
    'E_TOO_LARGE',
    `${path} is ${megabytes(size)}; Postwright opens posts up to ${megabytes(maxPostBytes)}.`,
    { path, size, limit: maxPostBytes },
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
