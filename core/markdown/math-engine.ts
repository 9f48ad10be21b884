import { MemoCache } from './memo-cache';

/** Renders one TeX formula to HTML (KaTeX's `renderToString` with Postwright's options). */
export type MathEngine = (latex: string, displayMode: boolean) => string;

let engine: MathEngine | null = null;
const rendered = new MemoCache<string>(4000);

/**
 * Sets the engine every renderer shares for `$…$` and `$$…$$`.
 *
 * KaTeX is the largest library of the preview (about a fifth of the app's script), and most posts
 * have no math: the app loads it after the window is painted (`katex-math.ts` registers it) and
 * asks the renderers to render again the blocks shown meanwhile (`RenderedDocument.mathPending`).
 */
export function registerMathEngine(mathEngine: MathEngine): void {
  engine = mathEngine;
  rendered.clear();
}

/** Whether formulas can be rendered now. */
export function isMathEngineRegistered(): boolean {
  return engine !== null;
}

/**
 * A formula as HTML, or null while no engine is registered.
 *
 * Memoized by source: re-rendering a block around an unchanged formula is a lookup.
 */
export function renderMath(latex: string, displayMode: boolean): string | null {
  const render = engine;
  if (render === null) {
    return null;
  }
  return rendered.get(`${displayMode ? 'D' : 'I'}\u0000${latex}`, () => render(latex, displayMode));
}
