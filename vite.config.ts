import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Replaces by an empty module what a dependency requires but the app never runs, so that it is
 * not parsed at every start:
 * - `esprima` (~130 KB), which js-yaml 3 (gray-matter's) loads for its `!!js/function` type, a
 *   type of the full schema that gray-matter's `safeLoad` never uses;
 * - `katex` (~500 KB) as required by @vscode/markdown-it-katex, which uses it only when it is not
 *   given an engine: Postwright always gives its own, which loads KaTeX on demand
 *   (core/markdown/math-engine.ts).
 */
function skipUnusedRequires(): Plugin {
  const empty = '\0postwright-unused-require';
  const fromKatexPlugin = /[\\/]@vscode[\\/]markdown-it-katex[\\/]/;
  return {
    name: 'postwright-skip-unused-requires',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === 'esprima' ||
        (source === 'katex' && importer !== undefined && fromKatexPlugin.test(importer))
      ) {
        return empty;
      }
      return null;
    },
    load(id) {
      return id === empty ? 'export default {};' : null;
    },
  };
}

// The renderer is one static bundle served by Electron (file/protocol) and by `postwright serve`.
// `base: './'` keeps every asset URL relative so both hosts can serve the same files.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), skipUnusedRequires()],
  // ES module workers can load chunks on demand (KaTeX, highlight.js languages) like the page.
  worker: { format: 'es', plugins: () => [skipUnusedRequires()] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
