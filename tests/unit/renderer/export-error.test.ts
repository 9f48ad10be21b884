import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import { exportErrorMessage } from '../../../renderer/export/export-error';
import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { export: en }, 'zh-CN': { export: zh } },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['export'],
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

describe('exportErrorMessage', () => {
  it('says a path a symbolic link leads into .git is not written, in both languages', () => {
    const error = new ApiError('E_OUTSIDE_WORKSPACE', '_posts/a.md leads into .git', {
      path: '_posts/a.md',
      reason: 'into-forbidden-folder',
      folder: '.git',
    });
    expect(exportErrorMessage(error, i18n.getFixedT('en'))).toBe(
      '_posts/a.md leads into .git through a symbolic link, so nothing is written there. Replace the link with a real folder.',
    );
    expect(exportErrorMessage(error, i18n.getFixedT('zh-CN'))).toBe(
      '_posts/a.md 通过符号链接指向 .git 内部，因此不会写入。请用真实的文件夹替换该链接。',
    );
  });
});
