import DOMPurify from 'dompurify';
import i18next from 'i18next';
import type { PostwrightHost } from '../../core/api';
import { createMarkdownRenderer } from '../../core/markdown/markdown-renderer';
import { escapeAttribute } from './frame-document';
import { katexStyles } from './katex-styles';
import { renderPostHeader } from './post-header';
import { previewStyles } from './preview-styles';
import { hasMissingResources, loadMissingResources } from './render-resources';
import { createBlockSanitizer, previewDataAttributes } from './sanitize-block';
import { frontMatterErrorText } from '../form/front-matter-error-text';

/**
 * The post as ONE self-contained HTML document, rendered and sanitized exactly as the preview
 * does, with its styles inlined and its workspace images (and KaTeX's fonts) embedded as data
 * URLs, so the file shows the same anywhere, offline. Used by "Export as HTML".
 *
 * `allowRemoteImages` is the user's setting, as the preview follows it: with it off, remote
 * images are left out of the file as they are out of the preview.
 */
export async function renderStandaloneHtml(
  text: string,
  postPath: string,
  host: PostwrightHost,
  allowRemoteImages: boolean,
): Promise<string> {
  const renderer = createMarkdownRenderer();
  let rendered = renderer.render(text);
  if (hasMissingResources(rendered) && (await loadMissingResources(rendered))) {
    renderer.forgetIncompleteBlocks();
    rendered = renderer.render(text);
  }
  const sanitize = createBlockSanitizer(window, {
    postPath,
    allowRemoteImages,
    workspaceFileUrl: host.workspaceFileUrl,
  });
  // Built in a document without a window: an <img> adopted into the app's own document starts
  // loading at once (a remote image then reached its host, whatever the setting said).
  const inert = document.implementation.createHTMLDocument('');
  const article = inert.createElement('main');
  article.className = 'pw-post';
  const header = inert.createElement('header');
  header.className = 'pw-post-header';
  renderPostHeader(header, rendered.frontMatter, {
    tags: i18next.t('preview:tags'),
    categories: i18next.t('preview:categories'),
    frontMatterError: (error) =>
      i18next.t('preview:frontMatterError', { message: frontMatterErrorText(error, i18next.t) }),
  });
  const body = inert.createElement('div');
  body.className = 'pw-post-body';
  for (const block of rendered.blocks) {
    body.append(sanitize(block.html));
  }
  article.append(header, body);
  await Promise.all([...body.querySelectorAll('img')].map((image) => embedImage(image)));
  finishLinks(article);
  const title =
    rendered.frontMatter?.summary.title ??
    rendered.headings[0]?.text ??
    postPath.replace(/^.*\//, '');
  const styles = `${await embedFonts(katexStyles)}\n${previewStyles}`;
  const policy =
    "default-src 'none'; img-src data: https:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";
  return `<!doctype html>
<html lang="${escapeAttribute(i18next.language || 'en')}" class="pw-theme-light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">
<title>${escapeAttribute(title)}</title>
<style>${styles.replace(/<\/style/gi, '<\\/style')}</style>
</head>
<body>
${DOMPurify.sanitize(article.outerHTML, { ADD_TAGS: ['semantics', 'annotation'], ADD_ATTR: ['encoding'], FORBID_TAGS: ['style', 'form', 'iframe', 'base', 'meta', 'link'], USE_PROFILES: { html: true, svg: true, mathMl: true } })}
</body>
</html>
`;
}

// Workspace images become data URLs (trying each candidate path); anything that cannot be read
// keeps its alt text only, so the file never points back into the workspace.
async function embedImage(image: HTMLImageElement): Promise<void> {
  if (!image.hasAttribute(previewDataAttributes.workspace)) {
    return;
  }
  const candidates = [
    image.getAttribute('src') ?? '',
    ...(JSON.parse(image.getAttribute(previewDataAttributes.candidates) ?? '[]') as string[]),
  ];
  image.removeAttribute('src');
  for (const url of candidates) {
    const data = await fetchAsDataUrl(url);
    if (data !== null && /^data:image\/(?!svg)/i.test(data)) {
      image.setAttribute('src', data);
      return;
    }
  }
}

function finishLinks(root: HTMLElement): void {
  for (const link of root.querySelectorAll('a')) {
    if (link.hasAttribute(previewDataAttributes.post)) {
      link.removeAttribute('href');
    }
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('data-pw-') || name === 'loading' || name === 'decoding') {
        element.removeAttribute(name);
      }
    }
  }
}

async function embedFonts(css: string): Promise<string> {
  const urls = [
    ...new Set(
      [...css.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)].map((m) => m[1] as string),
    ),
  ];
  const embedded = await Promise.all(
    urls.map(
      async (url) => [url, await fetchAsDataUrl(new URL(url, document.baseURI).href)] as const,
    ),
  );
  let result = css;
  for (const [url, data] of embedded) {
    if (data !== null) {
      result = result.split(url).join(data.replace(/^data:[^;,]*/, 'data:font/woff2'));
    }
  }
  // The .woff/.ttf fallbacks (and a woff2 that could not be read) would point the file back at
  // the app's server (serve mode's 127.0.0.1 port): every browser reads woff2, so they go.
  return result
    .replace(
      /,?\s*url\(\s*["']?(?!data:)[^"')]*["']?\s*\)(?:\s*format\(\s*["'][^"']*["']\s*\))?/g,
      '',
    )
    .replace(/src:\s*,/g, 'src:');
}

async function fetchAsDataUrl(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return null;
    }
    const blob = await response.blob();
    return await new Promise<string | null>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}
