/// <reference types="vite/client" />
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/api';

/** The languages the UI is translated into. */
export const languages: readonly Language[] = ['en', 'zh-CN'];

// Every engineer adds namespaces as files; they are all picked up here without a registry to edit.
const catalogs = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Builds i18next resources from `locales/<lang>/<namespace>.json`. */
function loadResources(): Resource {
  const resources: Resource = {};
  for (const [file, catalog] of Object.entries(catalogs)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (match?.[1] === undefined || match[2] === undefined) {
      continue;
    }
    const language = match[1];
    resources[language] ??= {};
    resources[language][match[2]] = catalog;
  }
  return resources;
}

/** The UI language for a BCP 47 tag (e.g. `navigator.language`): Chinese → zh-CN, else English. */
export function languageFromTag(tag: string | undefined): Language {
  return tag !== undefined && tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Initializes i18next once, in the given language. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  const resources = loadResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(resources['en'] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // An offline app prints nothing about hosted services in the user's console.
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the UI language (and the page's `lang`, which picks CJK glyph variants). */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
