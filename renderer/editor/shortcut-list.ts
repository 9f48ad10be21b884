import type { EditorCommandName } from './editor-commands';

/** One line of the shortcut list: a key in CodeMirror notation ("Mod-Shift-8") and what it does. */
export interface ShortcutEntry {
  /** The command the formatting toolbar runs for it; null for keys only the editor handles. */
  command: EditorCommandName | null;
  /** The `editor` catalog key of its label. */
  labelKey: string;
  key: string;
  /** The key on macOS, where it differs. */
  macKey?: string;
}

/** The key of `entry` on this platform. */
export function keyOf(entry: ShortcutEntry, mac: boolean): string {
  return mac ? (entry.macKey ?? entry.key) : entry.key;
}

/** The commands of the formatting toolbar, in its order, with their shortcuts. */
export const formatShortcuts: readonly ShortcutEntry[] = [
  { command: 'bold', labelKey: 'commands.bold', key: 'Mod-b' },
  { command: 'italic', labelKey: 'commands.italic', key: 'Mod-i' },
  { command: 'strikethrough', labelKey: 'commands.strikethrough', key: 'Mod-Shift-x' },
  { command: 'code', labelKey: 'commands.code', key: 'Mod-e' },
  { command: 'link', labelKey: 'commands.link', key: 'Mod-k' },
  // Mod-Alt-N rather than Mod-N: in a browser (serve mode) Ctrl+1…6 switch tabs.
  { command: 'heading1', labelKey: 'commands.heading1', key: 'Mod-Alt-1' },
  { command: 'heading2', labelKey: 'commands.heading2', key: 'Mod-Alt-2' },
  { command: 'heading3', labelKey: 'commands.heading3', key: 'Mod-Alt-3' },
  { command: 'bulletList', labelKey: 'commands.bulletList', key: 'Mod-Shift-8' },
  { command: 'orderedList', labelKey: 'commands.orderedList', key: 'Mod-Shift-7' },
  { command: 'quote', labelKey: 'commands.quote', key: 'Mod-Shift-.' },
];

/** Every shortcut the help dialog lists: formatting, then editing keys the editor knows. */
export const allShortcuts: readonly ShortcutEntry[] = [
  ...formatShortcuts,
  { command: 'paragraph', labelKey: 'commands.paragraph', key: 'Mod-Alt-0' },
  { command: 'undo', labelKey: 'commands.undo', key: 'Mod-z' },
  { command: 'redo', labelKey: 'commands.redo', key: 'Mod-y', macKey: 'Mod-Shift-z' },
  { command: null, labelKey: 'commands.search', key: 'Mod-f' },
  { command: null, labelKey: 'commands.moreCursors', key: 'Mod-d' },
  { command: null, labelKey: 'shortcuts.show', key: 'F1' },
];

/** Whether shortcuts are spelled the macOS way (⌘ instead of Ctrl). */
export function usesMacKeys(platform: string): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

const macSymbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
const pcNames: Record<string, string> = { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', Ctrl: 'Ctrl' };

function parts(key: string): { modifiers: string[]; base: string } {
  const pieces = key.split('-');
  const base = pieces.pop() ?? '';
  return { modifiers: pieces, base: base.length === 1 ? base.toUpperCase() : base };
}

/** A shortcut as people read it: "Ctrl+Shift+8" on Windows and Linux, "⌘⇧8" on macOS. */
export function shortcutText(key: string, mac: boolean): string {
  const { modifiers, base } = parts(key);
  if (mac) {
    // macOS writes modifiers in the order ⌃⌥⇧⌘.
    const order = ['Ctrl', 'Alt', 'Shift', 'Mod'];
    const sorted = [...modifiers].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return sorted.map((modifier) => macSymbols[modifier] ?? modifier).join('') + base;
  }
  return [...modifiers.map((modifier) => pcNames[modifier] ?? modifier), base].join('+');
}

/** A shortcut in the `aria-keyshortcuts` notation ("Control+Shift+8", "Meta+B"). */
export function ariaShortcut(key: string, mac: boolean): string {
  const { modifiers, base } = parts(key);
  const names: Record<string, string> = {
    Mod: mac ? 'Meta' : 'Control',
    Shift: 'Shift',
    Alt: 'Alt',
    Ctrl: 'Control',
  };
  return [...modifiers.map((modifier) => names[modifier] ?? modifier), base].join('+');
}
