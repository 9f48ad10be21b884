// The editor's context menu: Electron's spelling suggestions first, then the clipboard.
import { describe, expect, it } from 'vitest';
import {
  buildContextMenuTemplate,
  maxSuggestions,
  type ContextMenuFacts,
} from '../../../electron/main/context-menu-template';
import { createTranslator } from '../../../electron/main/i18n/translate';
import { menuItems } from '../../../electron/main/menu-spec';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const facts = (patch: Partial<ContextMenuFacts>): ContextMenuFacts => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: allowed,
  ...patch,
});
const t = createTranslator('en');

describe('context menu', () => {
  it('offers the suggestions for a misspelled word, then Add to Dictionary, then the clipboard', () => {
    const menu = buildContextMenuTemplate(
      t,
      facts({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'tea', 'ten'] }),
    );
    expect(menuItems(menu).map((item) => item.label)).toEqual([
      'the',
      'tea',
      'ten',
      'Add to Dictionary',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
    ]);
    expect(menuItems(menu)[0]?.action).toEqual({ kind: 'replaceMisspelling', word: 'the' });
    expect(menuItems(menu)[3]?.action).toEqual({ kind: 'addToDictionary', word: 'teh' });
  });

  it('limits the suggestions', () => {
    const menu = buildContextMenuTemplate(
      t,
      facts({ misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
    );
    const suggestions = menuItems(menu).filter((item) => item.action.kind === 'replaceMisspelling');
    expect(suggestions).toHaveLength(maxSuggestions);
  });

  it('still offers Add to Dictionary when there is no suggestion', () => {
    const menu = buildContextMenuTemplate(t, facts({ misspelledWord: 'Postwright' }));
    expect(menuItems(menu)[0]?.action).toEqual({ kind: 'addToDictionary', word: 'Postwright' });
  });

  it('follows what the editor allows', () => {
    const menu = buildContextMenuTemplate(
      t,
      facts({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }),
    );
    const enabled = Object.fromEntries(menuItems(menu).map((item) => [item.id, item.enabled]));
    expect(enabled).toEqual({ cut: false, copy: false, paste: true, selectAll: true });
  });

  it('offers only Copy for selected text outside the editor, and nothing otherwise', () => {
    const selected = buildContextMenuTemplate(
      t,
      facts({ isEditable: false, selectionText: '预览里的字' }),
    );
    expect(menuItems(selected).map((item) => item.action)).toEqual([
      { kind: 'role', role: 'copy' },
    ]);
    expect(buildContextMenuTemplate(t, facts({ isEditable: false }))).toEqual([]);
  });

  it('speaks Chinese', () => {
    const menu = buildContextMenuTemplate(
      createTranslator('zh-CN'),
      facts({ misspelledWord: 'teh' }),
    );
    expect(menuItems(menu).map((item) => item.label)).toEqual([
      '添加到词典',
      '剪切',
      '复制',
      '粘贴',
      '全选',
    ]);
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(createTranslator('zh-CN')('dialog.openFailed.message', { path: '/博客' })).toBe(
      'Postwright 无法打开“/博客”。',
    );
    expect(t('dialog.openFailed.message')).toBe('Postwright could not open “{path}”.');
  });
});
