import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Language } from '../../../core/api';
import { appContentSecurityPolicy } from './security';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where Vite puts the built files whose names carry a hash of their content. */
const hashedAssetsFolder = 'assets/';

/**
 * Serves the built renderer (`dist/renderer`). `index.html` gets `<meta name="postwright-lang">`
 * when `--lang` was given: the page reads it through `serveLanguage()` (no inline script is allowed).
 */
export async function serveRenderer(
  response: ServerResponse,
  rendererDir: string,
  urlPath: string,
  lang: Language | null,
): Promise<void> {
  let relPath: string;
  try {
    relPath =
      urlPath === '/' || urlPath === '' ? 'index.html' : decodeURIComponent(urlPath.slice(1));
  } catch {
    sendText(response, 400, 'Bad path');
    return;
  }
  const absPath = normalize(join(rendererDir, relPath));
  if (!absPath.startsWith(rendererDir + sep) || relPath.includes('\0')) {
    sendText(response, 404, 'Not found');
    return;
  }
  const info = await stat(absPath).catch(() => null);
  if (info === null || !info.isFile()) {
    sendText(response, 404, 'Not found');
    return;
  }
  const extension = extname(absPath).toLowerCase();
  response.setHeader('Content-Type', contentTypes[extension] ?? 'application/octet-stream');
  if (relPath.startsWith(hashedAssetsFolder)) {
    // Vite names these by their content: a reload (measured: 2.3 MB of script, ~100 ms of a
    // 500 ms start on loopback) takes them, and V8's compiled code, from the browser's cache.
    // index.html stays `no-store`, so a new build is always picked up through it.
    response.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
  }
  if (extension === '.html') {
    response.setHeader('Content-Security-Policy', appContentSecurityPolicy);
    const html = await readFile(absPath, 'utf8');
    response.end(lang === null ? html : withLanguage(html, lang));
    return;
  }
  response.end(await readFile(absPath));
}

/** Inserts the language meta tag as the head's first child. */
export function withLanguage(html: string, lang: Language): string {
  return html.replace(
    /<head[^>]*>/i,
    (head) => `${head}\n    <meta name="postwright-lang" content="${lang}" />`,
  );
}

/** A short plain-text answer. */
export function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(`${text}\n`);
}
