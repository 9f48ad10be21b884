/**
 * The one URL policy of the preview and the HTML export: what a link or image of a post may be.
 *
 * Pure: it classifies text and never touches the network or the disk. The preview rewrites every
 * `href`/`src` through it; anything it does not positively allow is 'blocked'.
 */
export type UrlClassification =
  | {
      kind: 'workspace-file';
      /** Workspace-relative, `/`-separated, normalized, never escaping the root. */
      path: string;
      /** Paths to try in order (site-root URLs may live under a generator's static folder). */
      candidates: string[];
      fragment: string;
    }
  | { kind: 'remote-image'; url: string }
  | { kind: 'data-image'; url: string }
  | { kind: 'external-link'; url: string }
  | { kind: 'post-link'; path: string; fragment: string }
  /**
   * A link that leaves the workspace folder (`../theme/faq/`): on the published site it is a
   * site-relative link, not an error. It is shown as a link and never opened from the preview.
   */
  | { kind: 'site-link'; url: string }
  | { kind: 'anchor'; fragment: string }
  | { kind: 'blocked'; reason: UrlBlockReason };

/** Why a URL was refused. */
export type UrlBlockReason =
  | 'empty'
  | 'scheme'
  | 'insecure-image'
  | 'remote-images-disabled'
  | 'data-url'
  | 'network-path'
  | 'absolute-path'
  | 'outside-workspace'
  | 'invalid';

/** Where a URL appears: an image source or a link target. */
export type UrlContext = 'image' | 'link';

/** What the policy needs to know about the post and the user's settings. */
export interface UrlPolicyOptions {
  /** The post's workspace path (relative URLs resolve against its folder). */
  postPath: string;
  /** Load https images (a user setting, on by default). Plain http images are never loaded. */
  allowRemoteImages: boolean;
  /**
   * Folders a site-root URL such as `/images/x.png` may live under, tried in order: '' (the
   * workspace root, as Jekyll and academicpages serve it), then Hugo's `static`, Astro's `public`,
   * Hexo's `source`.
   */
  siteRoots?: readonly string[];
}

/** The folders `siteRoots` defaults to. */
export const defaultSiteRoots: readonly string[] = ['', 'static', 'public', 'source'];

const postExtension = /\.(?:md|markdown|mdx|mdown|mkd)$/i;
const safeDataImage =
  /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/i;
const scheme = /^([a-z][a-z0-9+.-]*):/i;
const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  num: '#',
  quest: '?',
  period: '.',
};

/** Classifies a URL found in a post (an attribute value, or raw text with entities). */
export function classifyUrl(
  raw: string,
  context: UrlContext,
  options: UrlPolicyOptions,
): UrlClassification {
  const url = cleanUrl(raw);
  if (url === '') {
    return blocked('empty');
  }
  const schemeMatch = scheme.exec(url);
  if (schemeMatch !== null) {
    return classifyWithScheme(url, (schemeMatch[1] as string).toLowerCase(), context, options);
  }
  // Browsers read `\` as `/` in URLs: `\\server\share` is `//server/share`.
  const slashed = url.replaceAll('\\', '/');
  if (slashed.startsWith('//')) {
    return blocked('network-path');
  }
  if (slashed.startsWith('#')) {
    return { kind: 'anchor', fragment: decode(slashed.slice(1)) };
  }
  const { path, fragment } = splitPath(slashed);
  const decoded = decode(path);
  if (decoded.includes('\u0000')) {
    return blocked('invalid');
  }
  if (decoded.startsWith('/')) {
    const resolved = normalizePath(decoded.slice(1).split('/'));
    if (resolved === null) {
      return outside(url, context);
    }
    const roots = options.siteRoots ?? defaultSiteRoots;
    const candidates = roots.map((root) => (root === '' ? resolved : `${root}/${resolved}`));
    return fileOrPost(resolved, candidates, fragment, context);
  }
  const folder = options.postPath.split('/').slice(0, -1);
  const resolved = normalizePath([...folder, ...decoded.split('/')]);
  if (resolved === null) {
    return outside(url, context);
  }
  // Hexo keeps a post's images in a folder named after the post (`post_asset_folder`), and its
  // `{% asset_img x %}` and asset-aware renderers write them relative to that folder.
  const segments = decoded.split('/');
  const assetFolder =
    context === 'image' && !segments.includes('..')
      ? normalizePath([...postStem(options.postPath), ...segments])
      : null;
  const candidates =
    assetFolder === null || assetFolder === resolved ? [resolved] : [resolved, assetFolder];
  return fileOrPost(resolved, candidates, fragment, context);
}

/** The post's path without its extension, as segments: its Hexo asset folder. */
function postStem(postPath: string): string[] {
  const segments = postPath.split('/');
  const name = segments.pop() ?? '';
  const dot = name.lastIndexOf('.');
  return [...segments, dot > 0 ? name.slice(0, dot) : name];
}

function outside(url: string, context: UrlContext): UrlClassification {
  return context === 'link' ? { kind: 'site-link', url } : blocked('outside-workspace');
}

function classifyWithScheme(
  url: string,
  name: string,
  context: UrlContext,
  options: UrlPolicyOptions,
): UrlClassification {
  if (name.length === 1) {
    return blocked('absolute-path'); // C:\Users\...
  }
  if (name === 'https' || name === 'http') {
    if (!/^https?:\/\/[^/?#\s\\]+(?:[/?#]|$)/i.test(url)) {
      return blocked('invalid');
    }
    if (context === 'link') {
      return { kind: 'external-link', url };
    }
    if (name === 'http') {
      return blocked('insecure-image');
    }
    return options.allowRemoteImages
      ? { kind: 'remote-image', url }
      : blocked('remote-images-disabled');
  }
  if (name === 'mailto' && context === 'link') {
    return { kind: 'external-link', url: mailtoTextFieldsOnly(url) };
  }
  if (name === 'data') {
    return context === 'image' && safeDataImage.test(url)
      ? { kind: 'data-image', url }
      : blocked('data-url');
  }
  return blocked('scheme');
}

// The header fields a mailto link may set that a mail program takes as text (RFC 6068). Others are
// dropped: `attach=~/.ssh/id_rsa` is honoured by some mail programs (xdg-email passes it on).
const mailtoTextFields = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

/** A mailto URL with only its text header fields, each kept exactly as written, and no fragment. */
export function mailtoTextFieldsOnly(url: string): string {
  const hash = url.indexOf('#');
  const bare = hash < 0 ? url : url.slice(0, hash);
  const question = bare.indexOf('?');
  if (question < 0) {
    return bare;
  }
  const kept = bare
    .slice(question + 1)
    .split('&')
    .filter((field) => mailtoTextFields.has(fieldName(field)));
  const address = bare.slice(0, question);
  return kept.length === 0 ? address : `${address}?${kept.join('&')}`;
}

function fieldName(field: string): string {
  const name = field.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return '';
  }
}

function fileOrPost(
  path: string,
  candidates: string[],
  fragment: string,
  context: UrlContext,
): UrlClassification {
  if (path === '') {
    return context === 'link' && fragment !== ''
      ? { kind: 'anchor', fragment }
      : blocked('invalid');
  }
  if (context === 'link' && postExtension.test(path)) {
    return { kind: 'post-link', path, fragment };
  }
  return { kind: 'workspace-file', path, candidates, fragment };
}

/** Entity-decodes and trims a URL the way a browser reads an attribute (tabs and newlines dropped). */
function cleanUrl(raw: string): string {
  const decoded = raw.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi,
    (match, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined || hex !== undefined) {
        const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      return namedEntities[(name ?? '').toLowerCase()] ?? match;
    },
  );
  return trimControlsAndSpaces(decoded.replace(/[\t\n\r]/g, ''));
}

/**
 * Drops C0 controls and spaces at both ends, as browsers do around URLs. By hand: the regex
 * `/[\u0000-\u0020]+$/` retries from every character of a run inside the text (quadratic; a
 * hostile attribute of 200,000 spaces took 20 s).
 */
function trimControlsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) {
    start += 1;
  }
  while (end > start && text.charCodeAt(end - 1) <= 0x20) {
    end -= 1;
  }
  return text.slice(start, end);
}

function splitPath(url: string): { path: string; fragment: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : decode(url.slice(hash + 1));
  const query = beforeHash.indexOf('?');
  return { path: query < 0 ? beforeHash : beforeHash.slice(0, query), fragment };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Resolves `.` and `..`; null when `..` would leave the root. */
function normalizePath(segments: readonly string[]): string | null {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (out.length === 0) {
        return null;
      }
      out.pop();
      continue;
    }
    out.push(segment);
  }
  return out.join('/');
}

function blocked(reason: UrlBlockReason): UrlClassification {
  return { kind: 'blocked', reason };
}
