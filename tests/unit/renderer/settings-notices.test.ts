import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserSettingsResult, WorkspaceInfo } from '../../../core/api';
import { defaultUserSettings } from '../../../core/settings-defaults';
import { settingsNotices } from '../../../renderer/app/settings-notices';

const translators = {} as Record<'en' | 'zh-CN', TFunction>;

beforeAll(async () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const app = JSON.parse(
      readFileSync(
        fileURLToPath(
          new URL(`../../../renderer/i18n/locales/${language}/app.json`, import.meta.url),
        ),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const instance = createInstance();
    await instance.init({
      resources: { [language]: { app } },
      lng: language,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    translators[language] = instance.t;
  }
});

const backup = '/home/me/.config/Postwright/settings.json.broken-1.json';

function user(extra: Partial<UserSettingsResult>): UserSettingsResult {
  return { ...defaultUserSettings, ...extra };
}

describe('settings banners', () => {
  it('name the settings that were reset and say the others were kept', () => {
    const settings = user({ warning: backup, droppedSettings: ['theme', 'editorFontSize'] });
    expect(settingsNotices(settings, null, translators.en)).toEqual([
      `Some of your settings had invalid values and were reset to their defaults: theme, editorFontSize. Your other settings were kept; the original file was copied to ${backup}.`,
    ]);
    expect(settingsNotices(settings, null, translators['zh-CN'])).toEqual([
      `你的部分设置的值无效，已恢复为默认值：theme, editorFontSize。其他设置均已保留；原文件已复制到 ${backup}。`,
    ]);
  });

  it('say the file could not be read when no setting is named, and nothing when all is well', () => {
    const workspace = {
      root: '/blog',
      name: 'blog',
      settingsWarning: '/blog/.postwright/workspace.json.broken-1.json',
      droppedSettings: [],
    } as unknown as WorkspaceInfo;
    expect(settingsNotices(user({ warning: null }), workspace, translators.en)).toEqual([
      'The workspace settings file could not be used as it was: a copy was kept at /blog/.postwright/workspace.json.broken-1.json, and the settings that could not be read were reset to their defaults.',
    ]);
    expect(
      settingsNotices(user({}), { ...workspace, settingsWarning: null }, translators.en),
    ).toEqual([]);
    expect(
      settingsNotices(
        user({}),
        { ...workspace, droppedSettings: ['postsFolder'] },
        translators['zh-CN'],
      )[0],
    ).toMatch(/^部分工作区设置的值无效，已恢复为默认值：postsFolder。/);
  });
});
