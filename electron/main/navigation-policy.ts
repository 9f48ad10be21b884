/**
 * Where the app's frames may go: nowhere but the app itself.
 *
 * A link in a post must never replace the app (or the preview) with a web page: http, https and
 * mailto links open in the user's browser or mail program, everything else is dropped.
 */
import { appHost, appScheme } from '../../core/ipc-channels';
import { mailtoTextFieldsOnly } from '../../core/markdown/url-policy';

/** What to do with a navigation or a `window.open`. */
export type NavigationDecision =
  { action: 'allow' } | { action: 'open-external'; url: string } | { action: 'deny' };

const externalProtocols = new Set(['http:', 'https:', 'mailto:']);
/** Longer URLs are not links a person clicked; the OS handlers get nothing this odd. */
const maxExternalUrlLength = 8192;

/** Whether a URL is one of the app's own pages or files (`app://postwright/...`). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname.toLowerCase() === appHost &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * Decides a frame's navigation (`will-frame-navigate` / `will-navigate`).
 *
 * The main frame may only load the app. A subframe (the preview) may also become the documents a
 * renderer builds for it: `about:srcdoc`, `about:blank` and the app's own blobs.
 */
export function decideNavigation(url: string, isMainFrame: boolean): NavigationDecision {
  if (isAppUrl(url)) {
    return { action: 'allow' };
  }
  if (!isMainFrame && isPreviewDocumentUrl(url)) {
    return { action: 'allow' };
  }
  return externalOrDeny(url);
}

/** Decides `window.open` and `target=_blank` links: the app never opens windows of its own. */
export function decideWindowOpen(url: string): NavigationDecision {
  return externalOrDeny(url);
}

function isPreviewDocumentUrl(url: string): boolean {
  if (url === 'about:srcdoc' || url === 'about:blank') {
    return true;
  }
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

function externalOrDeny(url: string): NavigationDecision {
  const parsed = parseUrl(url);
  if (
    parsed === null ||
    !externalProtocols.has(parsed.protocol) ||
    url.length > maxExternalUrlLength
  ) {
    return { action: 'deny' };
  }
  if (parsed.protocol !== 'mailto:') {
    // user:password@ URLs are a phishing trick (https://bank.example@evil.example/); no host is no link.
    if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') {
      return { action: 'deny' };
    }
  }
  // A mail program gets the address and the text fields only (no `attach=`), whoever opened it.
  const href = parsed.protocol === 'mailto:' ? mailtoTextFieldsOnly(parsed.href) : parsed.href;
  return { action: 'open-external', url: href };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
