import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import { errorMessage } from '../../../renderer/app/error-message';
import enReasons from '../../../renderer/i18n/locales/en/error-reasons.json';
import en from '../../../renderer/i18n/locales/en/errors.json';
import zhReasons from '../../../renderer/i18n/locales/zh-CN/error-reasons.json';
import zh from '../../../renderer/i18n/locales/zh-CN/errors.json';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: {
      en: { errors: en, 'error-reasons': enReasons },
      'zh-CN': { errors: zh, 'error-reasons': zhReasons },
    },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['errors', 'error-reasons'],
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

const readOnly = new ApiError('E_PERMISSION', 'posts/a.md is read-only, so it was not changed.', {
  path: 'posts/a.md',
  reason: 'read-only',
});
const alreadyUtf8 = new ApiError('E_INVALID_ARGUMENT', 'posts/b.md is already UTF-8 text.', {
  path: 'posts/b.md',
  reason: 'already-utf8',
});

describe('errorMessage for an error with a known reason', () => {
  it('says a read-only post was left alone, in English and in Chinese', () => {
    expect(errorMessage(readOnly, i18n.getFixedT('en'))).toBe(
      'posts/a.md is read-only, so Postwright did not change it. Make the file writable (in its properties, or with chmod), then try again.',
    );
    expect(errorMessage(readOnly, i18n.getFixedT('zh-CN'))).toBe(
      'posts/a.md 是只读文件，Postwright 没有修改它。请先让文件可写（在文件属性中，或用 chmod），再重试。',
    );
  });

  it('says a file that is already UTF-8 has nothing to convert, in both languages', () => {
    expect(errorMessage(alreadyUtf8, i18n.getFixedT('en'))).toContain(
      'posts/b.md is already UTF-8',
    );
    expect(errorMessage(alreadyUtf8, i18n.getFixedT('zh-CN'))).toContain(
      'posts/b.md 已经是 UTF-8 编码',
    );
  });

  it("falls back to the code's sentence for a reason without one", () => {
    const loop = new ApiError('E_NOT_FOUND', 'a.md is a loop', {
      path: 'a.md',
      reason: 'symlink-loop',
    });
    expect(errorMessage(loop, i18n.getFixedT('zh-CN'))).toBe('文件不存在（或已被删除）：a.md');
    const plain = new ApiError('E_PERMISSION', 'EACCES: denied');
    expect(errorMessage(plain, i18n.getFixedT('en'))).toBe('Permission denied: EACCES: denied');
  });
});
