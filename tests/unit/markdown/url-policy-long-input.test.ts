import { describe, expect, test } from 'vitest';
import { classifyUrl } from '../../../core/markdown/url-policy';

// A post's raw HTML can hold an attribute of any length. Trimming the URL with
// /^[\u0000-\u0020]+|[\u0000-\u0020]+$/ retried the second branch from every space of a long run
// inside the value: quadratic, so one `<a href="a      …      b">` froze the page that
// sanitizes the preview (200,000 spaces: minutes). These inputs must classify like short ones.

const options = { postPath: 'posts/hello.md', allowRemoteImages: true };
const run = ' '.repeat(200_000);

describe('URLs with long runs of spaces and controls', () => {
  test('inside the value', () => {
    expect(classifyUrl(`https://example.com/a${run}b`, 'link', options)).toEqual({
      kind: 'external-link',
      url: `https://example.com/a${run}b`,
    });
  });

  test('of control characters inside a relative image path', () => {
    const controls = '\u0001\u0002 '.repeat(70_000);
    expect(classifyUrl(`a${controls}b.png`, 'image', options)).toMatchObject({
      kind: 'workspace-file',
    });
  });

  test('around the value, which is trimmed', () => {
    expect(classifyUrl(`${run}javascript:alert(1)${run}`, 'link', options)).toEqual({
      kind: 'blocked',
      reason: 'scheme',
    });
    expect(classifyUrl(`\u0000${run}\u0001`, 'image', options)).toEqual({
      kind: 'blocked',
      reason: 'empty',
    });
  });
});
