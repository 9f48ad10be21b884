/**
 * The right-click menu: spelling suggestions for the word under the cursor, then the clipboard.
 *
 * Built from the facts of Electron's `context-menu` event (`ContextMenuParams`), as plain data.
 */
import type { Translate } from './i18n/translate';
import type { MenuItemSpec, MenuSpec } from './menu-spec';

/** The parts of Electron's `ContextMenuParams` the menu depends on. */
export interface ContextMenuFacts {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** How many spelling suggestions are offered, like Chromium's own menu. */
export const maxSuggestions = 5;

/** Builds the context menu; an empty list means no menu is shown. */
export function buildContextMenuTemplate(t: Translate, facts: ContextMenuFacts): MenuSpec[] {
  const items: MenuSpec[] = [];
  const word = facts.misspelledWord.trim();
  if (facts.isEditable && word !== '') {
    items.push(
      ...facts.dictionarySuggestions
        .slice(0, maxSuggestions)
        .map((suggestion, index): MenuItemSpec => ({
          type: 'normal',
          id: `suggestion-${index}`,
          label: suggestion,
          labelKey: null,
          action: { kind: 'replaceMisspelling', word: suggestion },
        })),
      {
        type: 'normal',
        id: 'addToDictionary',
        label: t('edit.addToDictionary'),
        labelKey: 'edit.addToDictionary',
        action: { kind: 'addToDictionary', word },
      },
      { type: 'separator' },
    );
  }
  const clipboard = (
    id: 'cut' | 'copy' | 'paste' | 'selectAll',
    enabled: boolean,
  ): MenuItemSpec => ({
    type: 'normal',
    id,
    label: t(`edit.${id}`),
    labelKey: `edit.${id}`,
    action: { kind: 'role', role: id },
    enabled,
  });
  if (facts.isEditable) {
    items.push(
      clipboard('cut', facts.editFlags.canCut),
      clipboard('copy', facts.editFlags.canCopy),
      clipboard('paste', facts.editFlags.canPaste),
      { type: 'separator' },
      clipboard('selectAll', facts.editFlags.canSelectAll),
    );
  } else if (facts.selectionText.trim() !== '') {
    items.push(clipboard('copy', facts.editFlags.canCopy));
  }
  return items;
}
