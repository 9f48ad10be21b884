/** How a Hugo site puts its languages into addresses (config `languages`, `defaultContentLanguage*`). */
export interface HugoLanguages {
  /** `defaultContentLanguage`, lower-cased; Hugo's default is `en`. */
  defaultLanguage: string;
  /** `defaultContentLanguageInSubdir`: the default language too is published under `/<lang>/`. */
  defaultInSubdir: boolean;
  /**
   * The configured languages (lower-cased) whose addresses follow the site's: a language with its
   * own `baseURL` or `permalinks` is left out, so its posts' addresses are unknown.
   */
  plain: string[];
  /** Whether the configuration has a `languages` table at all. */
  multilingual: boolean;
}

/** Reads the language settings from Hugo's configuration (keys are case-insensitive in Hugo). */
export function readHugoLanguages(hugo: Record<string, unknown>): HugoLanguages {
  const lower = lowerKeys(hugo);
  const declared = lower.defaultcontentlanguage;
  const languages = lower.languages;
  const table =
    typeof languages === 'object' && languages !== null && !Array.isArray(languages)
      ? (languages as Record<string, unknown>)
      : null;
  const plain = Object.entries(table ?? {})
    .filter(([, settings]) => {
      const own = typeof settings === 'object' && settings !== null ? lowerKeys(settings) : {};
      return own.baseurl === undefined && own.permalinks === undefined;
    })
    .map(([code]) => code.toLowerCase());
  return {
    defaultLanguage:
      typeof declared === 'string' && declared.trim() !== '' ? declared.trim().toLowerCase() : 'en',
    defaultInSubdir: lower.defaultcontentlanguageinsubdir === true,
    plain,
    multilingual: table !== null && Object.keys(table).length > 0,
  };
}

/**
 * The path prefix (`''` or `/zh`) Hugo gives a post in `language` (null: the default language),
 * or null when the address cannot be known: a translation on a site without that language
 * configured (Hugo does not publish it), or a language with its own base URL or permalinks.
 */
export function hugoLanguagePrefix(
  languages: HugoLanguages,
  language: string | null,
): string | null {
  const code = language === null ? languages.defaultLanguage : language.toLowerCase();
  if (languages.multilingual && !languages.plain.includes(code)) {
    return null;
  }
  if (!languages.multilingual && code !== languages.defaultLanguage) {
    return null;
  }
  return code === languages.defaultLanguage && !languages.defaultInSubdir ? '' : `/${code}`;
}

function lowerKeys(data: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).map(([key, value]) => [
      key.toLowerCase(),
      value,
    ]),
  );
}
