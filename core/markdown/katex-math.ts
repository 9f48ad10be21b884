import katex from 'katex';
import { registerMathEngine } from './math-engine';

// `trust: false`: KaTeX never emits links, classes or styles chosen by the post's author beyond
// its own. Errors are shown in place (red source) instead of breaking the block.
const katexOptions = {
  trust: false,
  throwOnError: false,
  strict: 'ignore' as const,
  maxExpand: 1000,
  maxSize: 100,
};

/**
 * Registers KaTeX as the math engine. The renderer imports this module on demand (a chunk of its
 * own); Node code that renders math imports it directly.
 */
export function registerKatex(): void {
  registerMathEngine((latex, displayMode) =>
    katex.renderToString(latex, { ...katexOptions, displayMode }),
  );
}
