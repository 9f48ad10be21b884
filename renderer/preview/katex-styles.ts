import katexCss from 'katex/dist/katex.min.css?inline';

/**
 * KaTeX's stylesheet as text (Vite rewrites its font URLs to the built assets), for the preview
 * frame and exported HTML, neither of which shares the app's stylesheets.
 */
export const katexStyles: string = katexCss;
