import { closeBrackets } from '@codemirror/autocomplete';
import { EditorState, type Extension, Prec } from '@codemirror/state';

/**
 * The opening marks closeBrackets completes: ASCII brackets and quotes, plus the full-width ones
 * Chinese prose uses. CodeMirror pairs a non-ASCII opener with the next code point, which is its
 * closer for every one listed here (（） “” ‘’ 《》 【】 「」 『』 〈〉).
 */
export const openingMarks: readonly string[] = [
  '(',
  '[',
  '{',
  "'",
  '"',
  '（',
  '“',
  '‘',
  '《',
  '【',
  '「',
  '『',
  '〈',
];

// A mark is closed only before space, the end of the line, or one of these (so typing （ in front
// of 。 closes it, and in front of a word does not).
const closeBefore = ')]}:;>）】》」』〉”’，。；：！？、';

/**
 * Bracket closing for prose with CJK punctuation. Typed input only: CodeMirror leaves text that an
 * IME composition commits alone, so a composed （ or “ never gets a doubled closer.
 */
export function closeCjkBrackets(): Extension {
  return [
    closeBrackets(),
    // Ahead of any language's own bracket list (the defaults have no full-width marks).
    Prec.high(
      EditorState.languageData.of(() => [
        { closeBrackets: { brackets: [...openingMarks], before: closeBefore } },
      ]),
    ),
  ];
}
