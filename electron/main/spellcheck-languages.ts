/**
 * Which spell-check dictionaries Chromium uses on Windows and Linux (macOS uses the system's).
 *
 * Chromium picks the UI locale's dictionary, and there is none for Chinese: a zh-CN system would
 * check nothing, although Chinese posts are full of English words. So the user's system languages
 * that have a dictionary come first, and English is always added.
 */

/** The dictionaries to enable, from the system's preferred languages and those Chromium has. */
export function spellCheckerLanguages(
  systemLanguages: readonly string[],
  available: readonly string[],
): string[] {
  const byLowerCase = new Map(available.map((code) => [code.toLowerCase(), code]));
  const chosen: string[] = [];
  const add = (code: string | undefined) => {
    if (code !== undefined && !chosen.includes(code)) {
      chosen.push(code);
    }
  };
  for (const language of systemLanguages) {
    const lower = language.toLowerCase();
    // `en` alone is not a dictionary; `en-US` is, and `de-DE` may be offered as `de`.
    add(byLowerCase.get(lower) ?? byLowerCase.get(lower.split('-')[0] ?? lower));
  }
  add(byLowerCase.get('en-us'));
  // Chromium loads every enabled dictionary: a few are plenty.
  return chosen.slice(0, 3);
}
