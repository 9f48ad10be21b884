import type { Translate } from './cli-i18n';

/**
 * Why a post's front matter cannot be read, in the catalog's words: from the `reason`,
 * `subject` and `parserCode` an export warning (`front-matter-error`) carries in its details, as
 * the app's form says it (renderer/form/front-matter-error-text.ts). Undefined without a reason,
 * so that the parser's own words are used; the final period is left off, the warning's sentence
 * goes on after it.
 */
export function frontMatterReason(
  details: Record<string, string | number> | undefined,
  t: Translate,
): string | undefined {
  const text = (key: string): string => {
    const value = details?.[key];
    return typeof value === 'string' ? value : '';
  };
  const reason = text('reason');
  if (reason === '') {
    return undefined;
  }
  const subject = text('subject');
  let sentence: string;
  if (reason === 'duplicate-key' && subject !== '') {
    sentence = t('front-matter:frontMatter.duplicateKeyNamed', { subject });
  } else {
    const code = text('parserCode');
    const detail =
      reason === 'yaml-syntax' && code !== ''
        ? t(`front-matter:yaml.${code}`, { defaultValue: '' })
        : '';
    // `code-language` is the catalog's `codeLanguage`.
    const key = reason.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    sentence =
      detail === ''
        ? t(`front-matter:frontMatter.${key}`, { subject, defaultValue: '' })
        : t('front-matter:frontMatter.yamlSyntaxCode', { detail });
  }
  return sentence === '' ? undefined : sentence.replace(/[.。]$/u, '');
}
