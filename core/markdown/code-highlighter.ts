import hljs from 'highlight.js/lib/core';
import type { LanguageFn } from 'highlight.js';
import { MemoCache } from './memo-cache';

const highlighted = new MemoCache<string>(4000);

/**
 * Adds a highlight.js language to the one registry every renderer shares.
 *
 * Registering all of highlight.js's languages costs ~180 ms at start, so none is registered here:
 * the preview loads a language's module the first time a post uses it, registers it, and asks the
 * markdown renderer to render again (see `RenderedDocument.missingLanguages`).
 */
export function registerHighlightLanguage(
  name: string,
  language: LanguageFn,
  aliases: string[] = [],
): void {
  hljs.registerLanguage(name, language);
  if (aliases.length > 0) {
    hljs.registerAliases(aliases, { languageName: name });
  }
}

/** Whether code in `lang` (a name or an alias) can be highlighted now. */
export function isHighlightLanguageRegistered(lang: string): boolean {
  return hljs.getLanguage(lang) !== undefined;
}

/**
 * `code` as highlighted HTML (highlight.js escapes the text), or null when `lang` is not registered.
 *
 * Memoized by (lang, code): re-rendering a block around an unchanged code fence is a lookup.
 */
export function highlightCode(code: string, lang: string): string | null {
  if (!isHighlightLanguageRegistered(lang)) {
    return null;
  }
  return highlighted.get(
    `${lang}\u0000${code}`,
    () => hljs.highlight(code, { language: lang, ignoreIllegals: true }).value,
  );
}
