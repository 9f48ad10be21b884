/**
 * The Content-Security-Policy headers the app protocol sends with every response.
 *
 * No inline or remote script, ever: scripts come only from the app's own files. Styles allow
 * inline because CodeMirror and KaTeX set element styles; that cannot run code. Images come from
 * the app, `data:`/`blob:` (pasted images), the workspace protocol and https: whether a post's
 * remote image is shown is the renderer's one URL policy's call (the user's "allow remote images"
 * setting changes at run time, a response header cannot follow it), as in serve mode.
 */
import { workspaceFileScheme } from '../../core/ipc-channels';

/** The policy of the app's own pages. */
export function appContentSecurityPolicy(): string {
  const images = ["'self'", 'data:', 'blob:', `${workspaceFileScheme}:`, 'https:'];
  return serializePolicy({
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': images,
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    // The preview is an isolated frame built by the renderer (srcdoc or a blob of the app).
    'frame-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    // 'self': a preview page of the app's own may be framed by the app, nothing else may frame it.
    'frame-ancestors': ["'self'"],
  });
}

/**
 * The policy of a workspace file: an image may render, nothing in it may run or load.
 *
 * Matters for SVG, which can carry scripts and is the one image type that is also a document.
 */
export const workspaceFileContentSecurityPolicy = serializePolicy({
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  sandbox: [],
});

function serializePolicy(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}
