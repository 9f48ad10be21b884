import { keyOf, objectAt } from './config-values';

/**
 * Stack (`theme = "hugo-theme-stack"` or its module) typesets math only on posts with
 * `math: true` unless `params.article.math` is on.
 */
export function hugoMathFlag(hugo: Record<string, unknown>): string | null {
  const theme = hugo[keyOf(hugo, 'theme')];
  const module = objectAt(hugo, keyOf(hugo, 'module'));
  const imports = module[keyOf(module, 'imports')];
  const names = [
    ...(Array.isArray(theme) ? (theme as unknown[]) : [theme]),
    ...(Array.isArray(imports)
      ? (imports as unknown[]).map((entry) => (entry as { path?: unknown } | null)?.path)
      : []),
  ].filter((name): name is string => typeof name === 'string');
  if (!names.some((name) => /hugo-theme-stack/i.test(name))) {
    return null;
  }
  const params = objectAt(hugo, keyOf(hugo, 'params'));
  const article = objectAt(params, keyOf(params, 'article'));
  return article[keyOf(article, 'math')] === true ? null : 'math';
}

/** `markup.goldmark.renderer.unsafe = true` (keys in any case, as Hugo reads them). */
export function rawHtmlAllowed(hugo: Record<string, unknown>): boolean {
  let table = hugo;
  for (const key of ['markup', 'goldmark', 'renderer']) {
    table = objectAt(table, keyOf(table, key));
  }
  return table[keyOf(table, 'unsafe')] === true;
}
