import type { LanguageFn } from 'highlight.js';
import { registerHighlightLanguage } from '../../core/markdown/code-highlighter';

type Loader = () => Promise<{ default: LanguageFn }>;

// The languages bloggers use most, each its own chunk: registering all ~190 costs ~180 ms at start.
const loaders: Record<string, Loader> = {
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  csharp: () => import('highlight.js/lib/languages/csharp'),
  css: () => import('highlight.js/lib/languages/css'),
  dart: () => import('highlight.js/lib/languages/dart'),
  diff: () => import('highlight.js/lib/languages/diff'),
  dockerfile: () => import('highlight.js/lib/languages/dockerfile'),
  elixir: () => import('highlight.js/lib/languages/elixir'),
  go: () => import('highlight.js/lib/languages/go'),
  graphql: () => import('highlight.js/lib/languages/graphql'),
  haskell: () => import('highlight.js/lib/languages/haskell'),
  ini: () => import('highlight.js/lib/languages/ini'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  julia: () => import('highlight.js/lib/languages/julia'),
  kotlin: () => import('highlight.js/lib/languages/kotlin'),
  latex: () => import('highlight.js/lib/languages/latex'),
  lua: () => import('highlight.js/lib/languages/lua'),
  makefile: () => import('highlight.js/lib/languages/makefile'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  matlab: () => import('highlight.js/lib/languages/matlab'),
  nginx: () => import('highlight.js/lib/languages/nginx'),
  objectivec: () => import('highlight.js/lib/languages/objectivec'),
  perl: () => import('highlight.js/lib/languages/perl'),
  php: () => import('highlight.js/lib/languages/php'),
  plaintext: () => import('highlight.js/lib/languages/plaintext'),
  powershell: () => import('highlight.js/lib/languages/powershell'),
  python: () => import('highlight.js/lib/languages/python'),
  r: () => import('highlight.js/lib/languages/r'),
  ruby: () => import('highlight.js/lib/languages/ruby'),
  rust: () => import('highlight.js/lib/languages/rust'),
  scala: () => import('highlight.js/lib/languages/scala'),
  scss: () => import('highlight.js/lib/languages/scss'),
  shell: () => import('highlight.js/lib/languages/shell'),
  sql: () => import('highlight.js/lib/languages/sql'),
  swift: () => import('highlight.js/lib/languages/swift'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  vim: () => import('highlight.js/lib/languages/vim'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

// Fence names people write that are not the module's name (each module registers its own
// aliases too, once loaded).
const aliases: Record<string, string> = {
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  python3: 'python',
  sh: 'bash',
  zsh: 'bash',
  console: 'shell',
  shellsession: 'shell',
  yml: 'yaml',
  html: 'xml',
  xhtml: 'xml',
  svg: 'xml',
  vue: 'xml',
  md: 'markdown',
  'c++': 'cpp',
  cc: 'cpp',
  hpp: 'cpp',
  h: 'c',
  cs: 'csharp',
  'c#': 'csharp',
  golang: 'go',
  rs: 'rust',
  kt: 'kotlin',
  rb: 'ruby',
  ps1: 'powershell',
  docker: 'dockerfile',
  tex: 'latex',
  toml: 'ini',
  jsonc: 'json',
  json5: 'json',
  make: 'makefile',
  mk: 'makefile',
  objc: 'objectivec',
  pl: 'perl',
  text: 'plaintext',
  txt: 'plaintext',
  plain: 'plaintext',
  gql: 'graphql',
  ex: 'elixir',
  exs: 'elixir',
  jl: 'julia',
};

const attempted = new Set<string>();

/**
 * Loads and registers the highlight.js languages for fence names the renderer reported missing.
 *
 * Resolves to whether anything new was registered (then the post should be rendered again). Each
 * name is tried once; unknown names stay plain text.
 */
export async function loadHighlightLanguages(names: readonly string[]): Promise<boolean> {
  const modules = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    const module = aliases[lower] ?? lower;
    if (!attempted.has(module) && module in loaders) {
      attempted.add(module);
      modules.add(module);
    }
  }
  const loaded = await Promise.all(
    [...modules].map(async (module) => {
      try {
        const language = (await (loaders[module] as Loader)()).default;
        registerHighlightLanguage(
          module,
          language,
          Object.keys(aliases).filter((alias) => aliases[alias] === module),
        );
        return true;
      } catch {
        // A chunk that cannot be fetched (the app was rebuilt under a running page): stay plain.
        return false;
      }
    }),
  );
  return loaded.includes(true);
}
