/**
 * The preview frame's own stylesheet: the post as a blog would show it.
 *
 * It lives in the frame (and in exported HTML), never in the app: nothing here can reach the app,
 * and nothing of the app's styles leaks into the post. Light and dark follow a class on `<html>`.
 */
export const previewStyles = `
:root {
  color-scheme: light;
  --pw-text: #1f2328; --pw-muted: #59636e; --pw-bg: #ffffff; --pw-border: #d1d9e0;
  --pw-code-bg: #f6f8fa; --pw-link: #0969da; --pw-quote: #59636e; --pw-mark: #fff8c5;
  --pw-tag-bg: #ddf4ff; --pw-tag-text: #0550ae;
  --hl-keyword: #cf222e; --hl-string: #0a3069; --hl-comment: #59636e; --hl-number: #0550ae;
  --hl-title: #8250df; --hl-type: #953800; --hl-attr: #0550ae; --hl-meta: #116329; --hl-deletion: #82071e;
}
html.pw-theme-dark {
  color-scheme: dark;
  --pw-text: #e6edf3; --pw-muted: #9198a1; --pw-bg: #0d1117; --pw-border: #3d444d;
  --pw-code-bg: #151b23; --pw-link: #4493f8; --pw-quote: #9198a1; --pw-mark: #bb800926;
  --pw-tag-bg: #388bfd26; --pw-tag-text: #79c0ff;
  --hl-keyword: #ff7b72; --hl-string: #a5d6ff; --hl-comment: #9198a1; --hl-number: #79c0ff;
  --hl-title: #d2a8ff; --hl-type: #ffa657; --hl-attr: #79c0ff; --hl-meta: #7ee787; --hl-deletion: #ffa198;
}
html { background: var(--pw-bg); color: var(--pw-text); }
body {
  margin: 0;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", sans-serif;
  font-size: 16px; line-height: 1.75; overflow-wrap: break-word;
  -webkit-text-size-adjust: 100%; text-rendering: optimizeLegibility;
}
.pw-post { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 40vh; }
.pw-post-header { margin-bottom: 2rem; padding-bottom: 1rem; border-bottom: 1px solid var(--pw-border); }
.pw-post-header:empty { display: none; }
.pw-post-title { font-size: 2.1em; line-height: 1.3; margin: 0 0 .5rem; font-weight: 700; }
.pw-post-meta { color: var(--pw-muted); font-size: .9em; display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; }
.pw-post-tags { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; margin: 0; padding: 0; }
.pw-post-tags li { margin: 0; background: var(--pw-tag-bg); color: var(--pw-tag-text); border-radius: 999px; padding: 0 .6em; font-size: .85em; }
.pw-post-error { color: var(--hl-deletion); font-size: .9em; }
h1, h2, h3, h4, h5, h6 { line-height: 1.35; margin: 1.6em 0 .6em; font-weight: 650; }
h1 { font-size: 1.9em; } h2 { font-size: 1.5em; padding-bottom: .25em; border-bottom: 1px solid var(--pw-border); }
h3 { font-size: 1.25em; } h4 { font-size: 1.05em; } h5, h6 { font-size: 1em; color: var(--pw-muted); }
p, ul, ol, blockquote, table, pre, details, .katex-block { margin: 0 0 1em; }
a { color: var(--pw-link); text-decoration: none; } a:hover { text-decoration: underline; }
a[data-pw-blocked] { color: inherit; text-decoration: line-through dotted; }
img { max-width: 100%; height: auto; border-radius: 4px; }
a[data-pw-site] { cursor: default; }
figure { margin: 0 0 1em; } figure img { display: block; margin: 0 auto; }
figcaption { color: var(--pw-muted); font-size: .9em; text-align: center; margin-top: .4em; }
figcaption h4 { margin: 0 0 .2em; font-size: 1em; } figcaption p { margin: 0; }
.pw-shortcode { display: inline-block; max-width: 100%; vertical-align: baseline; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .75em; line-height: 1.6;
  color: var(--pw-muted); background: var(--pw-code-bg); border: 1px dashed var(--pw-border); border-radius: 999px; padding: 0 .7em; }
.pw-shortcode-line { margin: .25em 0 .75em; }
input[disabled] { font: inherit; font-size: .9em; }
img[data-pw-blocked] { display: inline-block; min-width: 4em; min-height: 1.5em; border: 1px dashed var(--pw-border); }
ul, ol { padding-left: 1.6em; } li + li { margin-top: .25em; }
ul.contains-task-list { list-style: none; padding-left: .4em; }
.task-list-item-checkbox { margin: 0 .5em 0 0; vertical-align: middle; }
blockquote { padding: 0 1em; color: var(--pw-quote); border-left: .25em solid var(--pw-border); }
hr { border: 0; border-top: 1px solid var(--pw-border); margin: 2em 0; }
code, kbd, samp, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace; font-size: .875em; }
:not(pre) > code { background: var(--pw-code-bg); padding: .15em .35em; border-radius: 4px; }
pre { background: var(--pw-code-bg); padding: 1em; border-radius: 6px; overflow: auto; line-height: 1.5; }
pre code { font-size: inherit; background: none; padding: 0; }
kbd { border: 1px solid var(--pw-border); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; }
mark { background: var(--pw-mark); color: inherit; }
table { border-collapse: collapse; display: block; overflow: auto; max-width: 100%; }
th, td { border: 1px solid var(--pw-border); padding: .35em .8em; }
th { background: var(--pw-code-bg); font-weight: 600; }
.katex-block { overflow-x: auto; overflow-y: hidden; }
.katex-error { color: var(--hl-deletion); }
/* A formula shown as its source for the moment KaTeX takes to load (see core/markdown/math-engine.ts). */
.math-pending { color: var(--pw-muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; white-space: pre-wrap; }
.footnotes-sep { margin-top: 3em; } .footnotes { font-size: .9em; color: var(--pw-muted); }
.hljs-keyword, .hljs-selector-tag, .hljs-built_in, .hljs-doctag { color: var(--hl-keyword); }
.hljs-string, .hljs-regexp, .hljs-addition, .hljs-template-tag { color: var(--hl-string); }
.hljs-comment, .hljs-quote { color: var(--hl-comment); font-style: italic; }
.hljs-number, .hljs-literal, .hljs-variable, .hljs-attr, .hljs-attribute { color: var(--hl-number); }
.hljs-title, .hljs-section, .hljs-name, .hljs-title.function_ { color: var(--hl-title); }
.hljs-type, .hljs-title.class_, .hljs-params, .hljs-symbol { color: var(--hl-type); }
.hljs-meta, .hljs-selector-class, .hljs-selector-id, .hljs-tag { color: var(--hl-meta); }
.hljs-deletion { color: var(--hl-deletion); } .hljs-emphasis { font-style: italic; } .hljs-strong { font-weight: 700; }
`;
