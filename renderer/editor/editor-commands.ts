import { redo, undo } from '@codemirror/commands';
import type { StateCommand } from '@codemirror/state';
import { setHeading, toggleBulletList, toggleOrderedList, toggleQuote } from './block-commands';
import { toggleBold, toggleInlineCode, toggleItalic, toggleStrikethrough } from './inline-commands';
import { insertLink } from './link-command';

/** The commands the app can run from menus and toolbars, by name. */
export const editorCommands = {
  bold: toggleBold,
  italic: toggleItalic,
  strikethrough: toggleStrikethrough,
  link: insertLink,
  code: toggleInlineCode,
  heading1: setHeading(1),
  heading2: setHeading(2),
  heading3: setHeading(3),
  paragraph: setHeading(0),
  bulletList: toggleBulletList,
  orderedList: toggleOrderedList,
  quote: toggleQuote,
  undo,
  redo,
} satisfies Record<string, StateCommand>;

/** The name of a command in {@link editorCommands}. */
export type EditorCommandName = keyof typeof editorCommands;
