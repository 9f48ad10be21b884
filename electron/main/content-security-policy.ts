/**
 * The Content-Security-Policy headers the app protocol sends with every response.
 *
 * No inline or remote script, ever: scripts come only from the app's own files. Styles allow
 * inline because CodeMirror and KaTeX set element styles; that cannot run code. Images come from
 * the app, `data:`/`blob:` (pasted images), and the workspace protocol; remote images only when
 * the user allowed them.
 */
import { workspaceFileScheme } from '../../core/ipc-channels';

/** What the app's policy depends on. */
export interface AppPolicyOptions {
  allowRemoteImages: boolean;
}

/** The policy of the app's own pages. */
export function appContentSecurityPolicy(options: AppPolicyOptions): string {
  const images = ["'self'", 'data:', 'blob:', `${workspaceFileScheme}:`];
  if (options.allowRemoteImages) {
    images.push('https:');
  }
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
    'frame-ancestors': ["'none'"],
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
