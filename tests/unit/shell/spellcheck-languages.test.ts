// The spell-check dictionaries on Windows and Linux: the user's languages that have one, plus English.
import { describe, expect, it } from 'vitest';
import { spellCheckerLanguages } from '../../../electron/main/spellcheck-languages';

const available = ['de', 'en-GB', 'en-US', 'fr-FR', 'pt-BR'];

describe('spellCheckerLanguages', () => {
  it('checks English for a Chinese system, which has no dictionary', () => {
    expect(spellCheckerLanguages(['zh-CN', 'zh'], available)).toEqual(['en-US']);
  });

  it('keeps the user’s own languages first', () => {
    expect(spellCheckerLanguages(['en-GB', 'zh-CN'], available)).toEqual(['en-GB', 'en-US']);
    expect(spellCheckerLanguages(['fr-FR', 'de-AT'], available)).toEqual(['fr-FR', 'de', 'en-US']);
  });

  it('matches case-insensitively and never repeats or exceeds three', () => {
    expect(spellCheckerLanguages(['EN-us', 'en-US', 'pt-br', 'fr-fr', 'de'], available)).toEqual([
      'en-US',
      'pt-BR',
      'fr-FR',
    ]);
  });

  it('enables nothing where Chromium has no dictionaries', () => {
    expect(spellCheckerLanguages(['en-US'], [])).toEqual([]);
  });
});
