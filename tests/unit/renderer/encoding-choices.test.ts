import { describe, expect, it } from 'vitest';
import { encodingChoices, firstChoice } from '../../../renderer/app/encoding-choices';

describe('the encodings offered for a post that is not UTF-8', () => {
  it('puts the detected one first, once, then the common ones', () => {
    const choices = encodingChoices('iso-8859-2');
    expect(choices[0]).toEqual({ name: 'ISO-8859-2', script: 'central', isDetected: true });
    expect(choices.filter((choice) => choice.name === 'ISO-8859-2')).toHaveLength(1);
    const names = choices.map((choice) => choice.name);
    for (const common of ['GB18030', 'Big5', 'Shift_JIS', 'EUC-KR', 'windows-1252', 'UTF-16LE']) {
      expect(names).toContain(common);
    }
  });

  it('offers a detected encoding outside the common list too', () => {
    expect(encodingChoices('ISO-2022-JP')[0]).toEqual({
      name: 'ISO-2022-JP',
      script: null,
      isDetected: true,
    });
  });

  it('previews the first common one when nothing was detected', () => {
    expect(encodingChoices('unknown').some((choice) => choice.isDetected)).toBe(false);
    expect(firstChoice('?')).toBe('GB18030');
    expect(firstChoice('Big5')).toBe('Big5');
  });

  it('offers only encodings the decoder knows', () => {
    for (const choice of encodingChoices('GB18030')) {
      expect(() => new TextDecoder(choice.name)).not.toThrow();
    }
  });
});
