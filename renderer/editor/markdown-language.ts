import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import type { LanguageSupport } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { frontMatterSyntax } from './front-matter-syntax';

let support: LanguageSupport | null = null;

/**
 * Markdown (GFM) with YAML/TOML front matter and highlighted fenced code.
 *
 * Code-block languages come from `@codemirror/language-data`, each loaded the first time a fence
 * names it. Built once: configuring a Markdown parser is not free, and every post shares it.
 */
export function markdownWithFrontMatter(): LanguageSupport {
  support ??= markdown({
    base: markdownLanguage,
    codeLanguages: languages,
    extensions: [frontMatterSyntax()],
    // Prose, not HTML: a completion popup on `<` would get in a writer's way.
    completeHTMLTags: false,
  });
  return support;
}
