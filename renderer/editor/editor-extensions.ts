import { closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { foldGutter, foldKeymap, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import {
  crosshairCursor,
  dropCursor,
  highlightActiveLine,
  keymap,
  rectangularSelection,
} from '@codemirror/view';
import { closeCjkBrackets } from './bracket-pairs';
import { drawSelectionWithTimedCaret } from './caret-blink';
import { languageBySize } from './large-file-mode';
import { markdownWithFrontMatter } from './markdown-language';
import { markdownShortcuts } from './markdown-shortcuts';

/**
 * The writing setup every post gets: Markdown with front matter (plain text for huge posts),
 * undo history, multiple cursors (Alt-drag, Mod-d), bracket closing (full-width marks too), active line, folding, search
 * and replace, and the Markdown shortcuts. `initialText` is the starting document.
 *
 * No `bracketMatching()`: its decorations change as a composition commits, and in Chrome that makes
 * the text before a bracket vanish from view after Chinese or Japanese input
 * (https://github.com/codemirror/dev/issues/1688); prose gains little from it.
 */
export function writingSetup(initialText: string): Extension {
  return [
    languageBySize(markdownWithFrontMatter(), initialText),
    history(),
    drawSelectionWithTimedCaret(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    rectangularSelection(),
    crosshairCursor(),
    indentOnInput(),
    closeCjkBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    foldGutter(),
    search({ top: true }),
    keymap.of([
      ...markdownShortcuts(),
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      indentWithTab,
    ]),
  ];
}
