import i18next from 'i18next';
import type { Language } from '../../../core/api';
import enCli from './locales/en/cli.json';
import enErrors from './locales/en/errors.json';
import enExport from './locales/en/export.json';
import enFrontMatter from './locales/en/front-matter.json';
import enWarnings from './locales/en/warnings.json';
import zhCli from './locales/zh-CN/cli.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhExport from './locales/zh-CN/export.json';
import zhFrontMatter from './locales/zh-CN/front-matter.json';
import zhWarnings from './locales/zh-CN/warnings.json';

/** A catalog lookup: `t('cli:usage.missingDir', { dir })`. */
export type Translate = (key: string | string[], values?: Record<string, unknown>) => string;

/** The languages the terminal speaks (the app's own: see core/api.ts `Language`). */
export const cliLanguages: readonly Language[] = ['en', 'zh-CN'];

// The CLI has catalogs of its own: electron/node may not import renderer/, and the renderer's
// error sentences speak of the app ("open it again", "in this browser") while these speak of
// commands and options. `warnings` is the renderer's `export:warning` with --replace for
// "choose Replace", `front-matter` its `problems:frontMatter` and `problems:yaml`;
// tests/integration/cli/cli-catalogs.test.ts keeps the copies the same.
const resources = {
  en: {
    cli: enCli,
    errors: enErrors,
    export: enExport,
    warnings: enWarnings,
    'front-matter': enFrontMatter,
  },
  'zh-CN': {
    cli: zhCli,
    errors: zhErrors,
    export: zhExport,
    warnings: zhWarnings,
    'front-matter': zhFrontMatter,
  },
};

const translators = new Map<Language, Translate>();

/** The catalog lookup for one language (created once, synchronously: nothing here is loaded). */
export function translator(language: Language): Translate {
  const known = translators.get(language);
  if (known !== undefined) {
    return known;
  }
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(resources.en),
    defaultNS: 'cli',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  const translate: Translate = (key, values) => instance.t(key, values ?? {});
  translators.set(language, translate);
  return translate;
}

/**
 * The language of a locale name or BCP 47 tag, or null for one the CLI does not speak.
 *
 * `zh_CN.UTF-8`, `zh_SG`, `zh-Hans`, `zh` are Simplified Chinese; Traditional Chinese (`zh_TW`,
 * `zh_HK`, `zh_MO`, `zh-Hant`) has no catalog and is null, like `fr_FR`.
 */
export function languageFromTag(tag: string): Language | null {
  const name = tag.split(/[.@]/)[0]?.replace(/_/g, '-').toLowerCase() ?? '';
  if (name === 'en' || name.startsWith('en-')) {
    return 'en';
  }
  const parts = name.split('-');
  if (parts[0] !== 'zh') {
    return null;
  }
  if (parts.includes('hant') || parts.some((part) => ['tw', 'hk', 'mo'].includes(part))) {
    return null;
  }
  return 'zh-CN';
}

/**
 * The terminal language from the environment, as gettext picks a program's messages.
 *
 * The locale is the first set one of LC_ALL, LC_MESSAGES, LANG; C and POSIX (also C.UTF-8) mean
 * English. Unless the locale is C, LANGUAGE (a list, `zh_TW:zh_CN:en`) is consulted first and its
 * first language with a catalog wins. With none of them set (Windows, apps started from macOS's
 * Finder), the system locale that Node's Intl reports decides.
 */
export function languageFromEnv(
  env: NodeJS.ProcessEnv,
  systemLocale: () => string = () => Intl.DateTimeFormat().resolvedOptions().locale,
): Language {
  const value = (name: string): string => env[name]?.trim() ?? '';
  const locale = ['LC_ALL', 'LC_MESSAGES', 'LANG'].map(value).find((set) => set !== '');
  if (locale === undefined) {
    return languageFromTag(systemLocale()) ?? 'en';
  }
  if (/^(c|posix)([.@]|$)/i.test(locale)) {
    return 'en';
  }
  for (const entry of value('LANGUAGE').split(':')) {
    const language = entry === '' ? null : languageFromTag(entry);
    if (language !== null) {
      return language;
    }
  }
  return languageFromTag(locale) ?? 'en';
}

/** Whether a `--lang` value names a language the CLI speaks. */
export function isCliLanguage(value: string): value is Language {
  return (cliLanguages as readonly string[]).includes(value);
}

/**
 * The value of `--lang` on a command line (`--lang zh-CN`, `--lang=zh-CN`; `-l` for serve, which
 * had it first), looked for before the command parses its options so that its own usage errors
 * are already in that language. The last one wins, as for any option; nothing after `--` counts.
 */
export function languageOption(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  const leading = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') === true ? 1 : 0;
  const isServe = argv[leading] === 'serve';
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      break;
    }
    if (arg === '--lang' || (isServe && arg === '-l')) {
      found = argv[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--lang=')) {
      found = arg.slice('--lang='.length);
    } else if (isServe && arg.startsWith('-l')) {
      found = arg.slice(2);
    }
  }
  return found;
}
