import { describe, expect, it } from 'vitest';
import {
  languageFromEnv,
  languageFromTag,
  languageOption,
} from '../../../electron/node/cli/cli-i18n';

const noSystemLocale = (): string => 'en-US';

describe('the terminal language from the environment', () => {
  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh_CN.GB18030', 'zh-CN'],
    ['zh_SG.UTF-8', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_TW.UTF-8', null],
    ['zh_HK.UTF-8', null],
    ['zh-Hant-TW', null],
    ['en_US.UTF-8', 'en'],
    ['en_GB@euro', 'en'],
    ['fr_FR.UTF-8', null],
  ])('%s -> %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });

  it('takes LC_ALL over LC_MESSAGES over LANG', () => {
    expect(languageFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, noSystemLocale)).toBe(
      'zh-CN',
    );
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, noSystemLocale)).toBe(
      'en',
    );
    expect(
      languageFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, noSystemLocale),
    ).toBe('zh-CN');
    expect(languageFromEnv({ LC_ALL: '', LANG: 'zh_CN.UTF-8' }, noSystemLocale)).toBe('zh-CN');
  });

  it('reads LANGUAGE first, as gettext does, unless the locale is C', () => {
    expect(
      languageFromEnv({ LANG: 'en_US.UTF-8', LANGUAGE: 'zh_TW:zh_CN:en' }, noSystemLocale),
    ).toBe('zh-CN');
    expect(languageFromEnv({ LANG: 'zh_CN.UTF-8', LANGUAGE: 'en' }, noSystemLocale)).toBe('en');
    expect(languageFromEnv({ LANG: 'C.UTF-8', LANGUAGE: 'zh_CN' }, noSystemLocale)).toBe('en');
    expect(languageFromEnv({ LC_ALL: 'POSIX', LANG: 'zh_CN.UTF-8' }, noSystemLocale)).toBe('en');
  });

  it('keeps English for Traditional Chinese and languages without a catalog', () => {
    expect(languageFromEnv({ LANG: 'zh_TW.UTF-8' }, noSystemLocale)).toBe('en');
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8' }, noSystemLocale)).toBe('en');
  });

  it("falls back to the system locale when no variable is set (Windows, macOS's Finder)", () => {
    expect(languageFromEnv({}, () => 'zh-Hans-CN')).toBe('zh-CN');
    expect(languageFromEnv({ LANG: '' }, () => 'zh-CN')).toBe('zh-CN');
    expect(languageFromEnv({}, () => 'zh-TW')).toBe('en');
    expect(languageFromEnv({}, () => 'en-US')).toBe('en');
  });
});

describe('--lang on the command line', () => {
  it.each([
    [['list', 'DIR', '--lang', 'zh-CN'], 'zh-CN'],
    [['list', 'DIR', '--lang=en'], 'en'],
    [['--lang', 'zh-CN', 'list', 'DIR'], 'zh-CN'],
    [['serve', '-l', 'zh-CN'], 'zh-CN'],
    [['serve', '-lzh-CN'], 'zh-CN'],
    [['--lang=zh-CN', 'serve', '-l', 'en'], 'en'],
    [['list', '-l', 'zh-CN'], undefined],
    [['new', 'DIR', '--', '--lang', 'zh-CN'], undefined],
    [['list', 'DIR'], undefined],
  ])('%j -> %s', (argv, language) => {
    expect(languageOption(argv)).toBe(language);
  });
});
