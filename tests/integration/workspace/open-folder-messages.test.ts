import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import type { Backend } from '../../../electron/node/backend';
import { invokeApi } from '../../../electron/node/backend';
import { errorMessage } from '../../../renderer/app/error-message';
import { tempBackends } from '../support/temp-workspace';

const locales = fileURLToPath(new URL('../../../renderer/i18n/locales/', import.meta.url));
const translators = {} as Record<'en' | 'zh-CN', TFunction>;
const temp = tempBackends();

/** The app's catalogs in a real i18next, as the renderer loads them. */
beforeAll(async () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const resources: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(join(locales, language))) {
      resources[file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(locales, language, file), 'utf8'),
      ) as Record<string, unknown>;
    }
    const instance = createInstance();
    await instance.init({
      resources: { [language]: resources },
      lng: language,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    translators[language] = instance.t;
  }
});

/** The error a call gives through the API, as the UI receives it. */
async function refusal(
  api: Backend,
  method: 'openWorkspace' | 'createPost',
  args: unknown,
): Promise<ApiError> {
  const result = await invokeApi(api, method, args);
  if (result.ok) {
    throw new Error(`${method} succeeded`);
  }
  return ApiError.fromData(result.error);
}

describe('the Open folder dialog explains a refused folder in the UI language', () => {
  it('a file, a relative path and a missing folder', async () => {
    const api = await temp.open({ 'test.md': '# x\n' });
    const file = join(temp.workspace.root, 'test.md');
    const missing = join(temp.workspace.base, 'gone');
    const cases: [unknown, string, string][] = [
      [
        { root: file },
        `“${file}”是文件，不是文件夹。请打开存放文章的文件夹。`,
        `“${file}” is a file, not a folder. Open the folder that holds your posts.`,
      ],
      [
        { root: 'relative/path' },
        '“relative/path”不是完整路径。请填写文件夹的完整路径，以 / 开头（Windows 上以 C:\\ 这样的盘符开头）。',
        '“relative/path” is not a full path. Give the whole path of the folder, starting with / (or a drive such as C:\\ on Windows).',
      ],
      [
        { root: missing },
        `文件夹“${missing}”不存在（或已被删除）。`,
        `The folder “${missing}” does not exist (or was deleted).`,
      ],
    ];
    for (const [args, zh, en] of cases) {
      const error = await refusal(api, 'openWorkspace', args);
      expect(errorMessage(error, translators['zh-CN'])).toBe(zh);
      expect(errorMessage(error, translators.en)).toBe(en);
    }
    // Nothing was opened instead.
    expect((await api.getWorkspace({})).root).toBe(temp.workspace.root);
  });

  it('a blank title and an impossible date of a new post', async () => {
    const api = await temp.open();
    const blank = await refusal(api, 'createPost', { title: ' ' });
    expect(errorMessage(blank, translators['zh-CN'])).toBe('文章需要一个标题。');
    const date = await refusal(api, 'createPost', { title: 'T', date: '2025-13-45' });
    expect(errorMessage(date, translators['zh-CN'])).toBe(
      '“2025-13-45”不是有效的日期。请写成 2025-03-01 或 2025-03-01 10:00:00。',
    );
    expect(errorMessage(date, translators.en)).toBe(
      '“2025-13-45” is not a date. Write it as 2025-03-01 or 2025-03-01 10:00:00.',
    );
  });
});
