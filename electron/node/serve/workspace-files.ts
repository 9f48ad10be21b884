import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { resolveInside } from '../fs/confine';
import { imageTypes } from '../fs/file-types';
import { fileContentSecurityPolicy } from './security';
import { sendText } from './static-files';

/** The route prefix; `renderer/host/serve-host.ts` builds URLs under it. */
export const filesPrefix = '/files/';

/**
 * Serves one workspace image to the preview, confined to the workspace (after realpath). Posts,
 * HTML and everything that is not an image are refused, so a post can never become a page.
 */
export async function serveWorkspaceFile(
  response: ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  let relPath: string;
  try {
    relPath = urlPath.slice(filesPrefix.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    sendText(response, 400, 'Bad path');
    return;
  }
  const type = imageTypes[extname(relPath).toLowerCase()];
  if (type === undefined) {
    sendText(response, 404, 'Only images are served');
    return;
  }
  let bytes: Buffer | null;
  try {
    bytes = await readImage(await resolveInside(root, relPath));
  } catch {
    bytes = null;
  }
  if (bytes === null) {
    sendText(response, 404, 'Not found');
    return;
  }
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Security-Policy', fileContentSecurityPolicy);
  response.setHeader('Content-Disposition', 'inline');
  response.end(bytes);
}

/** The largest image served to the preview. */
const maxImageBytes = 64 * 1024 * 1024;

/**
 * A regular file's bytes, or null for anything else: O_NONBLOCK and the fstat check keep a FIFO
 * named `x.png` from holding a thread of the file-system pool forever.
 */
async function readImage(absPath: string): Promise<Buffer | null> {
  const handle = await open(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    return info.isFile() && info.size <= maxImageBytes ? await handle.readFile() : null;
  } finally {
    await handle.close();
  }
}
