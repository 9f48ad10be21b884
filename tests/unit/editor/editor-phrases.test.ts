import { describe, expect, it } from 'vitest';
import { editorPhraseKeys, editorPhrases } from '../../../renderer/editor/editor-phrases';
import en from '../../../renderer/i18n/locales/en/editor.json';
import zh from '../../../renderer/i18n/locales/zh-CN/editor.json';

type Catalog = Record<string, unknown>;

function lookup(catalog: Catalog, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Catalog | undefined)?.[part], catalog);
}

describe('editor phrases', () => {
  it('has every CodeMirror phrase in English and Chinese', () => {
    for (const key of [...editorPhraseKeys, 'label']) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(typeof lookup(zh, key), key).toBe('string');
    }
  });

  it("gives CodeMirror's search panel Chinese words, keeping the $ placeholders", () => {
    const phrases = editorPhrases((key) => String(lookup(zh, key)));
    expect(phrases['Find']).toBe('查找');
    expect(phrases['replace all']).toBe('全部替换');
    expect(phrases['replaced $ matches']).toContain('$');
  });
});
