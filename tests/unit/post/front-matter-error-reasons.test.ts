import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { readIndexFields } from '../../../core/post/index-reader';

/** The error the form shows and the one the post list shows, for one file. */
function errors(text: string) {
  const form = parseFrontMatter(text).error;
  const list = readIndexFields(text, 'post.md', { isWholeFile: true }).error;
  return { form, list };
}

describe('front matter errors carry a reason the UI can translate', () => {
  it('names the delimiter of a block that is never closed', () => {
    const { form, list } = errors('---\ntitle: x\n\nBody\n');
    expect(form).toMatchObject({ reason: 'unclosed', subject: '---', line: 1, column: 1 });
    expect(list).toMatchObject({ reason: 'unclosed', subject: '---', line: 1 });
    expect(errors('+++\ntitle = "x"\n').form).toMatchObject({ reason: 'unclosed', subject: '+++' });
  });

  it('tells code front matter from an unknown language, with the language as written', () => {
    const js = errors('---js\n{ title: "x" }\n---\nBody\n');
    expect(js.form).toMatchObject({ reason: 'code-language', subject: 'js', line: 1 });
    expect(js.list).toMatchObject({ reason: 'code-language', subject: 'js' });
    expect(errors('---JavaScript\nx\n---\n').form).toMatchObject({
      reason: 'code-language',
      subject: 'JavaScript',
    });
    expect(errors('---ini\nx = 1\n---\n').form).toMatchObject({
      reason: 'unsupported-language',
      subject: 'ini',
    });
  });

  it('names a duplicate YAML key in the form and in the list', () => {
    const { form, list } = errors('---\ntitle: a\ntags: [x]\ntitle: b\n---\n');
    expect(form).toMatchObject({ reason: 'duplicate-key', subject: 'title', line: 4 });
    expect(list).toMatchObject({ reason: 'duplicate-key' });
  });

  it("gives a YAML syntax error the yaml package's code and keeps the parser's words", () => {
    const { form, list } = errors('---\ntitle: "open\ndate: 2025-01-01\n---\n');
    expect(form).toMatchObject({ reason: 'yaml-syntax', parserCode: 'MISSING_CHAR' });
    expect(form?.message).toMatch(/quote/i);
    expect(list?.reason).toBe('yaml-syntax');
    expect(errors('---\ntitle: a\n\ttags: b\n---\n').form).toMatchObject({
      reason: 'yaml-syntax',
    });
  });

  it('marks TOML and JSON syntax errors, and a TOML key defined twice', () => {
    expect(errors('+++\ntitle = \n+++\n').form).toMatchObject({ reason: 'toml-syntax' });
    expect(errors('+++\ntitle = "a"\ntitle = "b"\n+++\n').form).toMatchObject({
      reason: 'duplicate-key',
    });
    const json = errors('{\n  "title": "a",\n  "tags": [\n}\n');
    expect(json.form?.reason ?? json.list?.reason ?? 'none').toBe('json-syntax');
  });

  it('passes the reason on when an edit is refused', () => {
    const refusal = (() => {
      try {
        setFrontMatterField('---\ntitle: a\ntitle: b\n---\n', 'draft', {
          kind: 'boolean',
          text: 'true',
        });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).details).toMatchObject({
      reason: 'duplicate-key',
      subject: 'title',
      line: 3,
      parserMessage: 'Map keys must be unique',
    });
  });
});
