import type { Language } from '../../../core/api';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-cn';

/** Looks a label up in the current language, filling `{name}` placeholders. */
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

const catalogs: Record<Language, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** The translator of one language. */
export function createTranslator(language: Language): Translate {
  const catalog = catalogs[language];
  return (key, values) =>
    catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => values?.[name] ?? match);
}

/** The catalog of one language, for tests that compare the two. */
export function catalogOf(language: Language): Readonly<Record<MessageKey, string>> {
  return catalogs[language];
}

/**
 * The language the shell speaks: the user's choice, else the first system language we have.
 *
 * Any Chinese system locale gets Simplified Chinese, the only Chinese catalog there is.
 */
export function resolveLanguage(
  setting: Language | null,
  systemLocales: readonly string[],
): Language {
  if (setting !== null) {
    return setting;
  }
  for (const locale of systemLocales) {
    const lower = locale.toLowerCase();
    if (lower.startsWith('zh')) {
      return 'zh-CN';
    }
    if (lower.startsWith('en')) {
      return 'en';
    }
  }
  return 'en';
}
