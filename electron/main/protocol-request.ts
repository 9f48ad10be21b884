/**
 * What the two privileged protocols answer, decided without Electron: a file to send with its
 * headers, or an error status. The thin `protocols.ts` only reads the file and wraps a Response.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../core/api';
import {
  appHost,
  appScheme,
  workspaceFileHost,
  workspaceFileScheme,
} from '../../core/ipc-channels';
import { resolveInside } from '../node/fs/confine';
import { workspaceFileContentSecurityPolicy } from './content-security-policy';
import { appFileTypes, extensionOf, imageTypes } from '../node/fs/file-types';

/** The answer to one protocol request. */
export type ProtocolDecision =
  | { kind: 'file'; absPath: string; headers: Record<string, string> }
  | { kind: 'error'; status: 400 | 403 | 404 | 405 | 413 };

/** Workspace images larger than this are not served to the preview. */
export const maxWorkspaceFileBytes = 64 * 1024 * 1024;

/** Headers every response of both protocols carries. */
const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

/**
 * Decides a request for the app's own files (`app://postwright/...`) from the renderer build.
 *
 * `/` is the entry page. Every response carries the app's Content-Security-Policy, which is what
 * makes it apply before any script of the page could run.
 */
export function resolveAppRequest(
  url: string,
  method: string,
  rendererDir: string,
  contentSecurityPolicy: string,
): ProtocolDecision {
  if (method !== 'GET' && method !== 'HEAD') {
    return { kind: 'error', status: 405 };
  }
  const segments = requestSegments(url, `${appScheme}:`, appHost);
  if (segments === null) {
    return { kind: 'error', status: 400 };
  }
  // `:` would name a drive or an alternate data stream on Windows.
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) {
    return { kind: 'error', status: 403 };
  }
  const path = segments.length === 0 ? ['index.html'] : segments;
  const type = appFileTypes[extensionOf(path.join('/'))] ?? 'application/octet-stream';
  return {
    kind: 'file',
    absPath: join(rendererDir, ...path),
    headers: {
      ...baseHeaders,
      'Content-Type': type,
      'Content-Security-Policy': contentSecurityPolicy,
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  };
}

/**
 * Decides a request for a workspace file (`postwright-file://workspace/<path>`): an image inside
 * the workspace root, after following symlinks, or nothing.
 */
export async function resolveWorkspaceFileRequest(
  url: string,
  method: string,
  root: string,
): Promise<ProtocolDecision> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { kind: 'error', status: 405 };
  }
  const segments = requestSegments(url, `${workspaceFileScheme}:`, workspaceFileHost);
  if (segments === null || segments.length === 0) {
    return { kind: 'error', status: 400 };
  }
  const relPath = segments.join('/');
  if (imageTypes[extensionOf(relPath)] === undefined) {
    return { kind: 'error', status: 403 };
  }
  let absPath: string;
  try {
    absPath = await resolveInside(root, relPath);
  } catch (error) {
    if (error instanceof ApiError) {
      return { kind: 'error', status: 403 };
    }
    throw error;
  }
  // A link named `a.png` inside the workspace may point at a post; serve images only, by real name.
  const type = imageTypes[extensionOf(absPath)];
  if (type === undefined) {
    return { kind: 'error', status: 403 };
  }
  const stats = await stat(absPath).catch(() => null);
  if (stats === null || !stats.isFile()) {
    return { kind: 'error', status: 404 };
  }
  if (stats.size > maxWorkspaceFileBytes) {
    return { kind: 'error', status: 413 };
  }
  return {
    kind: 'file',
    absPath,
    headers: {
      ...baseHeaders,
      'Content-Type': type,
      'Content-Security-Policy': workspaceFileContentSecurityPolicy,
    },
  };
}

/**
 * The decoded path segments of a URL of the given scheme and host, or null if it is not one.
 *
 * The URL parser already resolved `.`/`..` segments; decoding may produce new ones (`%2e%2e`,
 * `%2F`), so a decoded segment holding a separator or NUL is refused here, and `..` by the caller.
 */
function requestSegments(url: string, protocol: string, host: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== protocol || parsed.hostname.toLowerCase() !== host) {
    return null;
  }
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') {
      continue;
    }
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[\\/\0]/.test(segment)) {
      return null;
    }
    segments.push(segment);
  }
  return segments;
}
