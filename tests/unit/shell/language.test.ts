// Which language the native menus and dialogs speak.
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../electron/main/i18n/translate';

describe('resolveLanguage', () => {
  it.each([
    [null, ['zh-CN'], 'zh-CN'],
    [null, ['zh-Hans-CN', 'en-US'], 'zh-CN'],
    [null, ['zh-TW'], 'zh-CN'],
    [null, ['en-GB', 'zh-CN'], 'en'],
    [null, ['fr-FR', 'zh-CN'], 'zh-CN'],
    [null, ['fr-FR', 'de-DE'], 'en'],
    [null, [], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
  ] as const)('setting %s with system %j speaks %s', (setting, system, expected) => {
    expect(resolveLanguage(setting, system)).toBe(expected);
  });
});
