import { loadHighlightLanguages } from './highlight-languages';

let math: Promise<boolean> | null = null;

/**
 * Loads KaTeX (a chunk of its own: a fifth of the app's script, which a start without math need
 * not parse) and registers it as the math engine. Tried once: a chunk that cannot be fetched (the
 * app was rebuilt under a running page) leaves formulas shown as their source.
 */
export function loadMath(): Promise<boolean> {
  math ??= import('../../core/markdown/katex-math').then(
    (module) => {
      module.registerKatex();
      return true;
    },
    () => false,
  );
  return math;
}

/** What a render went without (`RenderedDocument.missingLanguages` and `mathPending`). */
export interface MissingResources {
  missingLanguages: readonly string[];
  mathPending: boolean;
}

/**
 * Loads what a render reported missing: fence languages and the math engine. Resolves to whether
 * anything is registered now that was not (then the post's incomplete blocks render again).
 */
export async function loadMissingResources(missing: MissingResources): Promise<boolean> {
  const [languages, mathLoaded] = await Promise.all([
    missing.missingLanguages.length > 0
      ? loadHighlightLanguages(missing.missingLanguages)
      : Promise.resolve(false),
    missing.mathPending ? loadMath() : Promise.resolve(false),
  ]);
  return languages || mathLoaded;
}

/** Whether a render went without something (see {@link loadMissingResources}). */
export function hasMissingResources(missing: MissingResources): boolean {
  return missing.missingLanguages.length > 0 || missing.mathPending;
}
