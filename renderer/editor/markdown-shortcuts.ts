import type { StateCommand } from '@codemirror/state';
import type { KeyBinding } from '@codemirror/view';
import { setHeading, toggleBulletList, toggleOrderedList, toggleQuote } from './block-commands';
import { toggleBold, toggleInlineCode, toggleItalic, toggleStrikethrough } from './inline-commands';
import { insertLink } from './link-command';

/**
 * The writing shortcuts (Mod is Ctrl, or Cmd on macOS), chosen from the editors writers know:
 *
 * | keys | action | known from |
 * | --- | --- | --- |
 * | Mod-b / Mod-i | bold / italic | everywhere |
 * | Mod-k | link | GitHub, Google Docs, Notion |
 * | Mod-e | inline code | GitHub, Notion, Slack |
 * | Mod-Shift-x | strikethrough | Slack, Gmail |
 * | Mod-1 … Mod-6, Mod-0 | heading 1–6, paragraph | Typora |
 * | Mod-Alt-1 … Mod-Alt-6, Mod-Alt-0 | the same where the browser takes Mod-1…6 for tabs | Google Docs |
 * | Mod-Shift-8 / Mod-Shift-7 | bullet / ordered list | Google Docs, GitHub |
 * | Mod-Shift-. | quote | GitHub |
 *
 * Enter continues lists and quotes and Backspace deletes their markup (lang-markdown's keymap);
 * search is Mod-f, undo Mod-z, redo Mod-Shift-z / Mod-y, more cursors Alt-click and Mod-d.
 */
export function markdownShortcuts(): KeyBinding[] {
  const bindings: KeyBinding[] = [
    { key: 'Mod-b', run: toggleBold, preventDefault: true },
    { key: 'Mod-i', run: toggleItalic, preventDefault: true },
    { key: 'Mod-k', run: insertLink, preventDefault: true },
    { key: 'Mod-e', run: toggleInlineCode, preventDefault: true },
    { key: 'Mod-Shift-x', run: toggleStrikethrough, preventDefault: true },
    { key: 'Mod-Shift-8', run: toggleBulletList, preventDefault: true },
    { key: 'Mod-Shift-7', run: toggleOrderedList, preventDefault: true },
    { key: 'Mod-Shift-.', run: toggleQuote, preventDefault: true },
  ];
  for (let level = 0; level <= 6; level++) {
    const command: StateCommand = setHeading(level);
    bindings.push({ key: `Mod-${level}`, run: command, preventDefault: true });
    bindings.push({ key: `Mod-Alt-${level}`, run: command, preventDefault: true });
  }
  return bindings;
}
