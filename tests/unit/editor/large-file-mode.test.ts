import { syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  isLargeFileMode,
  isLargeText,
  LARGE_TEXT_LENGTH,
  languageBySize,
} from '../../../renderer/editor/large-file-mode';
import { markdownWithFrontMatter } from '../../../renderer/editor/markdown-language';

function stateWith(text: string): EditorState {
  return EditorState.create({
    doc: text,
    extensions: languageBySize(markdownWithFrontMatter(), text.length),
  });
}

const hasMarkdown = (state: EditorState): boolean => syntaxTree(state).type.name === 'Document';

describe('large-file mode', () => {
  it('opens a huge post as plain text and a normal one as Markdown', () => {
    const huge = stateWith('# 标题\n'.repeat(LARGE_TEXT_LENGTH / 5 + 1));
    expect(isLargeFileMode(huge)).toBe(true);
    expect(hasMarkdown(huge)).toBe(false);
    const normal = stateWith('# 标题\n');
    expect(isLargeFileMode(normal)).toBe(false);
    expect(hasMarkdown(normal)).toBe(true);
  });

  it('switches the language off and on as the text crosses the limits, with some slack', () => {
    const body = 'x'.repeat(LARGE_TEXT_LENGTH - 10);
    let state = stateWith(body);
    expect(hasMarkdown(state)).toBe(true);
    state = state.update({ changes: { from: 0, insert: 'y'.repeat(20) } }).state;
    expect(isLargeFileMode(state)).toBe(true);
    expect(hasMarkdown(state)).toBe(false);
    // Deleting a little does not flip back; dropping well under the limit does.
    state = state.update({ changes: { from: 0, to: 30 } }).state;
    expect(isLargeFileMode(state)).toBe(true);
    state = state.update({ changes: { from: 0, to: LARGE_TEXT_LENGTH / 2 } }).state;
    expect(isLargeFileMode(state)).toBe(false);
    expect(hasMarkdown(state)).toBe(true);
  });

  it('has a gap between entering and leaving', () => {
    expect(isLargeText(LARGE_TEXT_LENGTH + 1, false)).toBe(true);
    expect(isLargeText(LARGE_TEXT_LENGTH - 1, false)).toBe(false);
    expect(isLargeText(LARGE_TEXT_LENGTH - 1, true)).toBe(true);
  });
});
