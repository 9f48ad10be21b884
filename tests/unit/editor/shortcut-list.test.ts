import { historyKeymap } from '@codemirror/commands';
import { searchKeymap } from '@codemirror/search';
import type { Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { editorCommands } from '../../../renderer/editor/editor-commands';
import { markdownShortcuts } from '../../../renderer/editor/markdown-shortcuts';
import {
  allShortcuts,
  ariaShortcut,
  formatShortcuts,
  keyOf,
  shortcutText,
  usesMacKeys,
} from '../../../renderer/editor/shortcut-list';
import { stateOf } from './editor-state';

describe('the shortcut list', () => {
  it('spells shortcuts for Windows and Linux, and the macOS way', () => {
    expect(shortcutText('Mod-b', false)).toBe('Ctrl+B');
    expect(shortcutText('Mod-Shift-8', false)).toBe('Ctrl+Shift+8');
    expect(shortcutText('Mod-Alt-2', false)).toBe('Ctrl+Alt+2');
    expect(shortcutText('Mod-b', true)).toBe('⌘B');
    expect(shortcutText('Mod-Shift-8', true)).toBe('⇧⌘8');
    expect(shortcutText('Mod-Alt-2', true)).toBe('⌥⌘2');
    expect(shortcutText('F1', false)).toBe('F1');
    expect(ariaShortcut('Mod-Shift-x', false)).toBe('Control+Shift+X');
    expect(ariaShortcut('Mod-k', true)).toBe('Meta+K');
    expect(usesMacKeys('MacIntel')).toBe(true);
    expect(usesMacKeys('Linux x86_64')).toBe(false);
  });

  it('lists each formatting shortcut with the key the editor binds to that command', () => {
    const bindings = markdownShortcuts();
    for (const entry of formatShortcuts) {
      const binding = bindings.find((candidate) => candidate.key === entry.key);
      expect(binding, entry.key).toBeDefined();
      const command = editorCommands[entry.command ?? 'bold'];
      // Same effect on the same text: the listed key does what the toolbar button does.
      const run = (action: typeof command): string => {
        let result = '';
        action({
          state: stateOf('one {two} three'),
          dispatch: (tr: Transaction) => (result = tr.state.doc.toString()),
        });
        return result;
      };
      const byKey = run((target) => binding?.run?.(target as never) ?? false);
      expect(byKey, entry.key).toBe(run(command));
      expect(byKey, entry.key).not.toBe('');
    }
  });

  it('lists only keys the editor has', () => {
    const bound = new Set(
      [...markdownShortcuts(), ...historyKeymap, ...searchKeymap].map((binding) => binding.key),
    );
    const boundOnMac = new Set(
      [...markdownShortcuts(), ...historyKeymap, ...searchKeymap].map(
        (binding) => binding.mac ?? binding.key,
      ),
    );
    for (const entry of allShortcuts.filter((listed) => listed.key !== 'F1')) {
      expect(bound.has(keyOf(entry, false)), entry.key).toBe(true);
      expect(boundOnMac.has(keyOf(entry, true)), entry.key).toBe(true);
    }
  });
});
