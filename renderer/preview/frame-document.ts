import { previewStyles } from './preview-styles';

/** What the preview frame's document is built from. */
export interface FrameDocumentOptions {
  theme: 'light' | 'dark';
  /** BCP 47 tag for `<html lang>` (picks CJK glyph variants). */
  language: string;
  /** CSP sources images may load from, besides `data:` (the workspace route, `https:` when allowed). */
  imageSources: readonly string[];
  /** KaTeX's stylesheet text. */
  katexStyles: string;
}

/** The class on `<html>` that selects the theme. */
export function themeClass(theme: 'light' | 'dark'): string {
  return `pw-theme-${theme}`;
}

/**
 * The frame's Content-Security-Policy: no script at all, nothing remote but the allowed images.
 *
 * The frame is also sandboxed without `allow-scripts`; the CSP is the second wall, and it keeps a
 * post's CSS (inline styles survive sanitizing) from fetching anything the policy did not allow.
 */
export function previewContentSecurityPolicy(imageSources: readonly string[]): string {
  return [
    "default-src 'none'",
    `img-src data: ${imageSources.join(' ')}`.trim(),
    "style-src 'unsafe-inline' 'self'",
    "font-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The CSP source that covers every URL `workspaceFileUrl` makes: an http(s) origin, or the
 * scheme of a custom protocol (Electron's `postwright-file:`).
 */
export function workspaceImageSource(
  workspaceFileUrl: (path: string) => string,
  baseUrl: string,
): string {
  const sample = new URL(workspaceFileUrl('x.png'), baseUrl);
  return sample.protocol === 'http:' || sample.protocol === 'https:'
    ? sample.origin
    : sample.protocol;
}

/** The `srcdoc` of the preview frame: an empty post page with its own CSP and styles. */
export function buildFrameDocument(options: FrameDocumentOptions): string {
  return `<!doctype html>
<html lang="${escapeAttribute(options.language)}" class="${themeClass(options.theme)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewContentSecurityPolicy(options.imageSources))}">
<meta name="referrer" content="no-referrer">
<style>${options.katexStyles}</style>
<style>${previewStyles}</style>
</head>
<body><main class="pw-post"><header class="pw-post-header"></header><div class="pw-post-body"></div></main></body>
</html>`;
}

/** Escapes text for a double-quoted attribute or element content. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
