import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { readIndexFields } from '../../../core/post/index-reader';
import { errorMessage } from '../../../renderer/app/error-message';
import { nameProblem } from '../../../renderer/app/invalid-name';
import {
  frontMatterErrorDetail,
  frontMatterErrorText,
} from '../../../renderer/form/front-matter-error-text';

const locales = fileURLToPath(new URL('../../../renderer/i18n/locales/', import.meta.url));
const translators: Record<'en' | 'zh-CN', TFunction> = {} as Record<'en' | 'zh-CN', TFunction>;

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

function formError(text: string, language: 'en' | 'zh-CN'): string {
  const error = parseFrontMatter(text).error;
  if (error === null) {
    throw new Error('no error');
  }
  return frontMatterErrorText(error, translators[language]);
}

function refusal(action: () => unknown): ApiError {
  try {
    action();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('not refused');
}

/** Text with no run of three or more Latin words: what a parser's English message would leave. */
const englishProse = /[A-Za-z]+[ ,']+[A-Za-z]+[ ,']+[A-Za-z]+/;

describe('front matter errors in the UI language', () => {
  it('says an unclosed block in Chinese, with its line and column', () => {
    expect(formError('---\ntitle: x\n\nBody\n', 'zh-CN')).toBe(
      '第 1 行，第 1 列：此处开始的文章属性没有以“---”行结束。',
    );
    expect(formError('---\ntitle: x\n\nBody\n', 'en')).toBe(
      'Line 1, column 1: The front matter opened here is never closed by a “---” line.',
    );
  });

  it('says js front matter, a duplicate key and YAML syntax errors in Chinese', () => {
    const js = formError('---js\n{ title: "x" }\n---\n', 'zh-CN');
    expect(js).toBe(
      '第 1 行，第 1 列：“js”格式的文章属性是代码，Postwright 不会运行它。请改写为 YAML。',
    );
    expect(formError('---\ntitle: a\ntitle: b\n---\n', 'zh-CN')).toBe(
      '第 3 行，第 1 列：键“title”在同一层级中重复出现。',
    );
    expect(formError('---\ntitle: "open\ndate: 2025-01-01\n---\n', 'zh-CN')).toMatch(
      /^第 \d+ 行，第 \d+ 列：YAML 语法错误：缺少右引号或右括号。$/,
    );
    expect(formError('---\ntitle: a\n\ttags: b\n---\n', 'zh-CN')).toMatch(/YAML 语法错误/);
    expect(formError('+++\ntitle = \n+++\n', 'zh-CN')).toMatch(
      /^第 2 行，第 \d+ 列：TOML 语法错误。$/,
    );
  });

  it('never shows a parser message alone in Chinese, whatever the error', () => {
    const broken = [
      '---\ntitle: x\n\nBody\n',
      '---js\nx\n---\n',
      '---\na: [1, 2\nb: 3\n---\n',
      '---\na:\n  b: 1\n   c: 2\n---\n',
      '---\na: *nothing\n---\n',
      '---\n? [a]\n: 1\n---\n',
      '+++\na = "x"\na = "y"\n+++\n',
      '{\n  "title": "a",\n}\n',
    ];
    for (const text of broken) {
      const zh = formError(text, 'zh-CN');
      expect(zh, text).not.toMatch(englishProse);
      const listed = readIndexFields(text, 'post.md', { isWholeFile: true }).error;
      if (listed !== null) {
        expect(frontMatterErrorText(listed, translators['zh-CN']), text).not.toMatch(englishProse);
      }
    }
  });

  it("offers the parser's own words beside a syntax error only", () => {
    const syntax = parseFrontMatter('---\na: [1, 2\nb: 3\n---\n').error;
    expect(syntax === null ? null : frontMatterErrorDetail(syntax)).toMatch(/indented/);
    const duplicate = parseFrontMatter('---\na: 1\na: 2\n---\n').error;
    expect(duplicate === null ? 'none' : frontMatterErrorDetail(duplicate)).toBeNull();
  });

  it('keeps the parser message of an error read before reasons existed inside a sentence', () => {
    const old = { message: 'bad indentation', line: 3, column: null };
    expect(frontMatterErrorText(old, translators['zh-CN'])).toBe(
      '第 3 行：无法读取文章属性（bad indentation）。',
    );
  });

  it('translates a refused form edit (E_FRONT_MATTER) from its details', () => {
    const error = refusal(() =>
      setFrontMatterField('---\ntitle: a\ntitle: b\n---\n', 'draft', {
        kind: 'boolean',
        text: 'true',
      }),
    );
    expect(errorMessage(error, translators['zh-CN'])).toBe(
      '无法读取文章属性（front matter）：第 3 行，第 1 列：键“title”在同一层级中重复出现。',
    );
  });
});

describe('invalid file names say which rule they break', () => {
  it.each([
    [
      { reason: 'bad-character', character: '*' },
      { kind: 'character', character: '*' },
    ],
    [
      { reason: 'bad-character', character: '\u0001' },
      { kind: 'character', character: 'U+0001' },
    ],
    [
      { reason: 'reserved-name', stem: 'con' },
      { kind: 'reserved', stem: 'con' },
    ],
    [{ reason: 'hidden-name' }, { kind: 'hidden' }],
    [{ reason: 'not-post-extension' }, { kind: 'extension' }],
    [{ reason: 'bad-ends' }, { kind: 'ends' }],
    [{ reason: 'not-nfc' }, { kind: 'normalization' }],
    [
      { reason: 'too-long', bytes: 300 },
      { kind: 'tooLong', bytes: 300 },
    ],
    [{ name: '好文章.md' }, null],
  ])('%j', (details, problem) => {
    expect(nameProblem(details)).toEqual(problem);
  });

  it('in both languages, never repeating the English message in Chinese', () => {
    const error = new ApiError('E_INVALID_NAME', 'Not a usable post file name: a*b?.md', {
      name: 'a*b?.md',
      reason: 'bad-character',
      character: '*',
    });
    expect(errorMessage(error, translators['zh-CN'])).toBe(
      '不能使用文件名“a*b?.md”：其中的“*”在 Windows 上不能用于文件名（< > : " / \\ | ? * 和控制字符都不可用）。',
    );
    expect(errorMessage(error, translators.en)).toMatch(
      /^“a\*b\?\.md” cannot be used as a file name: it contains “\*”/,
    );
    const reserved = new ApiError('E_INVALID_NAME', 'Not a usable post file name: con.md', {
      name: 'con.md',
      reason: 'reserved-name',
      stem: 'con',
    });
    expect(errorMessage(reserved, translators['zh-CN'])).toBe(
      '不能使用文件名“con.md”：“con”是 Windows 保留的设备名。',
    );
    const long = new ApiError('E_INVALID_NAME', 'A name is 300 bytes long', {
      name: 'x',
      bytes: 300,
      reason: 'too-long',
    });
    expect(errorMessage(long, translators['zh-CN'])).toBe(
      '名称长 300 字节；文件名和文件夹名最多 255 字节（约 80 个汉字）。',
    );
    // The reason decides, not a copy of the backend's rules: a control character is named.
    const control = new ApiError('E_INVALID_NAME', 'Not a usable post file name', {
      name: 'a\u0001.md',
      reason: 'bad-character',
      character: '\u0001',
    });
    expect(errorMessage(control, translators.en)).toContain('it contains “U+0001”');
    // An error without a reason says the backend's message rather than guessing.
    const unexplained = new ApiError('E_INVALID_NAME', 'Names cannot contain it', {
      name: 'a*b.md',
    });
    expect(errorMessage(unexplained, translators.en)).toBe(
      'This name is not allowed for a file: Names cannot contain it',
    );
  });
});

describe('permission, file and request errors in Chinese', () => {
  it.each([
    [
      new ApiError('E_PERMISSION', 'EACCES: permission denied, open /x', { fsCode: 'EACCES' }),
      '没有权限访问这个文件或文件夹。',
    ],
    [
      new ApiError('E_IO', 'EIO: i/o error, read', { fsCode: 'EIO' }),
      '无法读取或写入文件（错误代码 EIO）。',
    ],
    [new ApiError('E_IO', 'Port 4000 is already in use.', { port: 4000 }), '端口 4000 已被占用。'],
    [
      new ApiError('E_IO', 'The disk is full while writing blog/a.md. Free some space.', {
        path: 'blog/a.md',
        reason: 'disk-full',
      }),
      '写入 blog/a.md 时磁盘已满。请释放一些空间。',
    ],
    [new ApiError('E_IO', 'Something odd'), '无法读取或写入文件。'],
    [
      new ApiError('E_INVALID_ARGUMENT', 'The list for "tags" did not read back the same', {
        key: 'tags',
      }),
      '无法写入“tags”的值：写入后无法按原样读回。',
    ],
  ])('%s', (error, expected) => {
    expect(errorMessage(error, translators['zh-CN'])).toBe(expected);
    expect(errorMessage(error, translators.en)).not.toBe('');
  });

  it('says a key that cannot be used (a refused rename)', () => {
    const error = new ApiError('E_INVALID_ARGUMENT', '"<<" cannot be used as a key here', {
      key: '<<',
      reason: 'bad-key',
    });
    expect(errorMessage(error, translators['zh-CN'])).toBe('“<<”不能在这里用作键名。');
  });

  it('keeps the English message in English', () => {
    const error = new ApiError('E_PERMISSION', 'EACCES: permission denied, open /x', {
      fsCode: 'EACCES',
    });
    expect(errorMessage(error, translators.en)).toBe(
      'Permission denied: EACCES: permission denied, open /x',
    );
  });
});
