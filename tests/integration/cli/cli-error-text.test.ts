import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import { errorText, PhrasedApiError } from '../../../electron/node/cli/cli-error-text';
import { translator } from '../../../electron/node/cli/cli-i18n';

const en = translator('en');
const zh = translator('zh-CN');

describe('a backend error as the terminal says it', () => {
  it('prints the English message as it is in English', () => {
    const error = new ApiError('E_NOT_FOUND', 'The post does not exist: a.md', { path: 'a.md' });
    expect(errorText(error, en)).toBe('The post does not exist: a.md');
    expect(errorText(new ApiError('E_GIT', 'git add failed: boom'), en)).toBe(
      'git add failed: boom',
    );
  });

  it('says it from its reason, else its code and path, in Chinese', () => {
    expect(
      errorText(
        new ApiError('E_INVALID_ARGUMENT', 'The title is empty.', {
          key: 'title',
          reason: 'blank-title',
        }),
        zh,
      ),
    ).toBe('文章需要标题。');
    expect(
      errorText(
        new ApiError('E_NOT_FOUND', 'The post does not exist: 文章.md', { path: '文章.md' }),
        zh,
      ),
    ).toBe('文件或文件夹不存在：文章.md');
    expect(
      errorText(
        new ApiError('E_INVALID_NAME', 'Not a usable post file name: a|b.md', {
          name: 'a|b.md',
          reason: 'bad-character',
          character: '|',
        }),
        zh,
      ),
    ).toMatch(/^不能使用文件名“a\|b\.md”：其中的“\|”在 Windows 上不能用于文件名/);
  });

  it("keeps the English words in Chinese where only they say what happened (git's, a parser's)", () => {
    expect(errorText(new ApiError('E_GIT', 'git add failed: boom'), zh)).toBe(
      'Git 出错：git add failed: boom',
    );
  });

  it('prints control characters of a name as escapes, never raw to the terminal', () => {
    const error = new ApiError('E_EXISTS', 'Something already exists', { path: 'a\u001b[2Jb' });
    expect(errorText(error, zh)).toBe('已存在同名文件：a\\u001b[2Jb');
  });

  it('says its own failures in both languages, while the JSON keeps the English message', () => {
    const error = new PhrasedApiError('E_NOT_FOUND', 'export:error.notAFile', { path: '/p/a.md' });
    expect(errorText(error, zh)).toBe('/p/a.md 不是文件。请给出 Markdown 文章的路径。');
    expect(error.toJSON()).toEqual({
      code: 'E_NOT_FOUND',
      message: '/p/a.md is not a file. Give the path of a Markdown post.',
    });
  });
});
