import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import {
  classifyUrl,
  type UrlBlockReason,
  type UrlPolicyOptions,
} from '../../core/markdown/url-policy';

/** Translated tooltips the sanitizer puts on links and images it does not let through as is. */
export interface UrlLabels {
  /** A link to the site or a workspace file: shown as a link, not opened from the preview. */
  siteLink: (url: string) => string;
  /** Why a link or image was refused. */
  blocked: (reason: UrlBlockReason) => string;
}

/** What the sanitizer needs besides the HTML: the URL policy's inputs and the workspace route. */
export interface SanitizeOptions extends UrlPolicyOptions {
  /** URL under which a workspace file is served (`PostwrightHost.workspaceFileUrl`). */
  workspaceFileUrl: (path: string) => string;
  /** Tooltips; without them links and images carry none. */
  labels?: UrlLabels;
}

/** Turns blocks' untrusted HTML into safe DOM fragments owned by the sanitizer's window. */
export interface BlockSanitizer {
  /** One block. */
  (html: string): DocumentFragment;
  /** Several blocks in one pass, each its own fragment, in order (see `sanitizeMany`). */
  many(htmls: readonly string[]): DocumentFragment[];
}

/** Attributes the sanitizer itself writes; a post's own `data-pw-*` attributes are dropped. */
export const previewDataAttributes = {
  external: 'data-pw-external',
  post: 'data-pw-post',
  fragment: 'data-pw-fragment',
  anchor: 'data-pw-anchor',
  candidates: 'data-pw-candidates',
  workspace: 'data-pw-workspace',
  blocked: 'data-pw-blocked',
  site: 'data-pw-site',
} as const;

// DOMPurify's defaults keep <style>, <form> and friends (phishing overlays, leaking form values):
// everything that can load, submit, navigate, embed or animate an attribute is forbidden here.
const forbiddenTags = [
  'style',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'output',
  'fieldset',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'meta',
  'link',
  'script',
  'noscript',
  'template',
  'slot',
  'dialog',
  'marquee',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'foreignobject',
  'use',
  'image',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'feimage',
  'annotation-xml',
  'math-style',
];

const forbiddenAttributes = [
  'srcset',
  'action',
  'formaction',
  'ping',
  'download',
  'background',
  'poster',
  'target',
  'autofocus',
  'form',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'http-equiv',
  'sizes',
];

const config: Config = {
  USE_PROFILES: { html: true, svg: true, mathMl: true },
  // KaTeX's MathML (read by screen readers) wraps formulas in <semantics> with a TeX annotation.
  ADD_TAGS: ['semantics', 'annotation'],
  ADD_ATTR: ['encoding'],
  FORBID_TAGS: forbiddenTags,
  FORBID_ATTR: forbiddenAttributes,
  ALLOW_DATA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

// Inline styles stay (KaTeX and many posts need them) unless they can fetch or hide code.
const unsafeStyle =
  /url\s*\(|image-set|expression\s*\(|@import|\\|behavior\s*:|-moz-binding|javascript:/i;

// SVG attributes read as CSS values: `fill="url(https://host/x.svg#g)"` makes Chromium fetch
// that document, a load the URL policy never saw. A reference into the post itself,
// `url(#gradient)`, stays.
const cssValueAttributes = new Set([
  'fill',
  'stroke',
  'filter',
  'mask',
  'clip-path',
  'marker',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
]);
const localReference = /url\(\s*(["']?)#[\w.:-]*\1\s*\)/gi;

/**
 * Creates the preview's sanitizer, bound to the window whose document will own the nodes (the
 * preview frame's, so that images load under the frame's CSP, never the app's).
 *
 * Every `href` and `src` goes through the one URL policy: workspace files are rewritten to the
 * workspace route, external links keep their URL but only the preview's click handler follows
 * them, and anything the policy blocks is removed.
 */
export function createBlockSanitizer(window: WindowLike, options: SanitizeOptions): BlockSanitizer {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName.startsWith('data-pw-')) {
      data.keepAttr = false;
    }
    if (data.attrName === 'style' && unsafeStyle.test(data.attrValue)) {
      data.keepAttr = false;
    }
    if (
      cssValueAttributes.has(data.attrName) &&
      unsafeStyle.test(data.attrValue.replace(localReference, ''))
    ) {
      data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.localName;
    if (tag === 'a' || tag === 'area') {
      rewriteLink(node, options);
    } else if (tag === 'img') {
      rewriteImage(node, options);
    } else {
      node.removeAttribute('href');
      node.removeAttribute('src');
    }
    if (tag === 'input') {
      makeInert(node);
    }
  });
  // Parsing a configuration builds DOMPurify's tag and attribute sets: do it once, not per block
  // (per-call configs cost seconds over a 10 MB post's blocks).
  purify.setConfig(config);
  const one = (html: string): DocumentFragment =>
    purify.sanitize(html) as unknown as DocumentFragment;
  return Object.assign(one, {
    many: (htmls: readonly string[]) => sanitizeMany(htmls, one),
  });
}

/**
 * Sanitizes blocks in one DOMPurify call instead of one each: every call parses a new document,
 * ~0.3 ms, which made the first paint of a 15 KB post (~100 blocks) cost ~36 ms of sanitizing.
 *
 * Each block goes into a `<div>` numbered by an attribute whose name carries a random nonce, so
 * a post cannot forge a boundary; the result is split back along those divs. If the post's own
 * HTML upsets that structure (an unclosed `<div>` swallowing the next block, a stray `</div>`),
 * the numbering no longer matches and each block is sanitized alone instead.
 */
function sanitizeMany(
  htmls: readonly string[],
  one: (html: string) => DocumentFragment,
): DocumentFragment[] {
  if (htmls.length < 2) {
    return htmls.map(one);
  }
  const marker = `data-batch-${Math.random().toString(36).slice(2)}`;
  const joined = htmls.map((html, index) => `<div ${marker}="${index}">${html}</div>`).join('');
  const whole = one(joined);
  const parts = [...whole.children];
  const matches =
    whole.childNodes.length === htmls.length &&
    parts.every((part, index) => part.getAttribute(marker) === String(index));
  if (!matches) {
    return htmls.map(one);
  }
  return parts.map((part) => {
    const fragment = whole.ownerDocument.createDocumentFragment();
    fragment.append(...part.childNodes);
    return fragment;
  });
}

// Inputs a post may show, as what they are (a task list's checkbox, a form's fields): disabled,
// with only the attributes that draw them. Any other type (file, image, hidden…) is hidden.
const shownInputTypes = new Set([
  'checkbox',
  'radio',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'number',
  'password',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
  'color',
  'range',
  'button',
  'submit',
  'reset',
]);
const keptInputAttributes = new Set(['class', 'value', 'placeholder', 'size', 'checked', 'title']);

function makeInert(node: Element): void {
  const type = (node.getAttribute('type') ?? 'text').trim().toLowerCase();
  for (const name of node.getAttributeNames()) {
    if (!keptInputAttributes.has(name)) {
      node.removeAttribute(name);
    }
  }
  node.setAttribute('type', shownInputTypes.has(type) ? type : 'hidden');
  node.setAttribute('disabled', '');
  node.setAttribute('tabindex', '-1');
}

function explain(node: Element, title: string | undefined): void {
  if (title !== undefined) {
    node.setAttribute('title', title);
  }
}

function rewriteLink(node: Element, options: SanitizeOptions): void {
  const href = node.getAttribute('href');
  if (href === null) {
    return;
  }
  const target = classifyUrl(href, 'link', options);
  switch (target.kind) {
    case 'external-link':
      node.setAttribute(previewDataAttributes.external, target.url);
      node.setAttribute('rel', 'noopener noreferrer');
      return;
    case 'post-link':
      node.setAttribute('href', '#');
      node.setAttribute(previewDataAttributes.post, target.path);
      node.setAttribute(previewDataAttributes.fragment, target.fragment);
      return;
    case 'anchor':
      node.setAttribute('href', `#${encodeURIComponent(target.fragment)}`);
      node.setAttribute(previewDataAttributes.anchor, target.fragment);
      return;
    case 'site-link':
    case 'workspace-file': {
      // A blog links to its own pages and files by paths that only the published site serves.
      const url = target.kind === 'site-link' ? target.url : href;
      node.setAttribute('href', '#');
      // Marked only: nothing navigates by it, so it carries no URL.
      node.setAttribute(previewDataAttributes.site, '');
      explain(node, options.labels?.siteLink(url));
      return;
    }
    case 'blocked':
      node.removeAttribute('href');
      node.setAttribute(previewDataAttributes.blocked, target.reason);
      explain(node, options.labels?.blocked(target.reason));
      return;
    default:
      node.removeAttribute('href');
      node.setAttribute(previewDataAttributes.blocked, target.kind);
  }
}

function rewriteImage(node: Element, options: SanitizeOptions): void {
  node.setAttribute('loading', 'lazy');
  node.setAttribute('decoding', 'async');
  const src = node.getAttribute('src');
  if (src === null) {
    return;
  }
  const target = classifyUrl(src, 'image', options);
  switch (target.kind) {
    case 'workspace-file': {
      const [first, ...rest] = target.candidates.map((path) => options.workspaceFileUrl(path));
      node.setAttribute('src', first ?? '');
      node.setAttribute(previewDataAttributes.workspace, target.path);
      if (rest.length > 0) {
        node.setAttribute(previewDataAttributes.candidates, JSON.stringify(rest));
      }
      return;
    }
    case 'remote-image':
    case 'data-image':
      node.setAttribute('src', target.url);
      return;
    case 'blocked':
      node.removeAttribute('src');
      node.setAttribute(previewDataAttributes.blocked, target.reason);
      explain(node, options.labels?.blocked(target.reason));
      return;
    default:
      node.removeAttribute('src');
      node.setAttribute(previewDataAttributes.blocked, target.kind);
  }
}
