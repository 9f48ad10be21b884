import { deleteBracketPair, insertBracket } from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { closeCjkBrackets } from '../../../renderer/editor/bracket-pairs';
import { stateOf } from './editor-state';

/** The document with `|` at the cursor after typing `mark`, or null when nothing special happens. */
function typed(marked: string, mark: string): string | null {
  const state = stateOf(marked, closeCjkBrackets());
  const tr = insertBracket(state, mark);
  return tr === null ? null : withCursor(tr.state);
}

function withCursor(state: EditorState): string {
  const head = state.selection.main.head;
  return `${state.sliceDoc(0, head)}|${state.sliceDoc(head)}`;
}

describe('closing full-width brackets', () => {
  it.each([
    ['（', '）'],
    ['“', '”'],
    ['‘', '’'],
    ['《', '》'],
    ['【', '】'],
    ['「', '」'],
    ['『', '』'],
  ])('closes %s with %s at the end of a line and before punctuation', (open, close) => {
    expect(typed('正文|', open)).toBe(`正文${open}|${close}`);
    expect(typed('正文|。', open)).toBe(`正文${open}|${close}。`);
  });

  it('still closes the ASCII ones', () => {
    expect(typed('a |', '(')).toBe('a (|)');
    expect(typed('a |', '[')).toBe('a [|]');
  });

  it('leaves a mark typed in front of a word alone', () => {
    expect(typed('|中文', '（')).toBeNull();
  });

  it('steps over the closer it inserted, and deletes the empty pair with Backspace', () => {
    const state = stateOf('书名|', closeCjkBrackets());
    const opened = insertBracket(state, '《');
    expect(opened).not.toBeNull();
    const inside = opened?.state.update({
      changes: { from: opened.state.selection.main.head, insert: '三体' },
      selection: { anchor: opened.state.selection.main.head + 2 },
    }).state;
    const closed = inside === undefined ? null : insertBracket(inside, '》');
    expect(closed === null ? null : withCursor(closed.state)).toBe('书名《三体》|');

    let afterDelete = '';
    const empty = stateOf('书名《|》', closeCjkBrackets());
    deleteBracketPair({ state: empty, dispatch: (tr) => (afterDelete = withCursor(tr.state)) });
    expect(afterDelete).toBe('书名|');
  });
});
