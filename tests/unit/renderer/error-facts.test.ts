import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import { encodingFactsOf } from '../../../renderer/document/api-errors';
import { errorMessage } from '../../../renderer/app/error-message';
import type { TFunction } from 'i18next';

// A `t` that shows which key was asked for with which facts.
const t = ((key: string, facts: Record<string, string>) =>
  `${key} ${JSON.stringify(facts)}`) as unknown as TFunction;

describe('what an E_ENCODING refusal tells the UI', () => {
  it('offers conversion only for another text encoding', () => {
    expect(encodingFactsOf(new ApiError('E_ENCODING', 'x', { encoding: 'GB18030' }))).toEqual({
      encoding: 'GB18030',
      kind: 'text',
      line: null,
    });
    expect(encodingFactsOf(new ApiError('E_ENCODING', 'x', { encoding: 'binary' })).kind).toBe(
      'binary',
    );
    expect(
      encodingFactsOf(
        new ApiError('E_ENCODING', 'x', { encoding: 'UTF-8', damaged: true, line: 12 }),
      ),
    ).toEqual({ encoding: 'UTF-8', kind: 'damaged', line: 12 });
  });

  it('names no encoding it was not told', () => {
    expect(encodingFactsOf(new ApiError('E_ENCODING', 'x')).encoding).toBe('?');
  });
});

describe('errorMessage', () => {
  it('gives the size and the limit of a post too large to open in megabytes', () => {
    const error = new ApiError('E_TOO_LARGE', 'big', {
      size: 50 * 1024 * 1024,
      limit: 16 * 1024 * 1024,
    });
    const message = errorMessage(error, t);
    expect(message).toContain('errors:E_TOO_LARGE');
    expect(message).toContain('"sizeMb":"50"');
    expect(message).toContain('"limitMb":"16"');
  });
});
