import { syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  isLargeFileMode,
  isLargeText,
  LARGE_TEXT_LENGTH,
  languageBySize,
  largeFileReason,
  LONG_LINE_LENGTH,
} from '../../../renderer/editor/large-file-mode';
import { markdownWithFrontMatter } from '../../../renderer/editor/markdown-language';

function stateWith(text: string): EditorState {
  return EditorState.create({
    doc: text,
    extensions: languageBySize(markdownWithFrontMatter(), text),
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
    // Lines of 100 characters (one line that long would be a long line).
    const body = `${'x'.repeat(99)}\n`.repeat(LARGE_TEXT_LENGTH / 100 - 1) + 'x'.repeat(90);
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

  it('opens a post with one very long line as plain text, and says why', () => {
    const state = stateWith(`# 标题\n\n${'word '.repeat(LONG_LINE_LENGTH / 5 + 1)}\n\nend\n`);
    expect(largeFileReason(state)).toBe('long-line');
    expect(hasMarkdown(state)).toBe(false);
    const justUnder = stateWith(`# 标题\n\n${'x'.repeat(LONG_LINE_LENGTH)}\n`);
    expect(largeFileReason(justUnder)).toBe(null);
    expect(hasMarkdown(justUnder)).toBe(true);
  });

  it('follows a line growing past the limit and shrinking back, looking only at edited lines', () => {
    const line = 'x'.repeat(LONG_LINE_LENGTH - 5);
    let state = stateWith(`# a\n${line}\nshort\n`);
    expect(largeFileReason(state)).toBe(null);
    const at = 4 + line.length;
    state = state.update({ changes: { from: at, insert: 'yyyyyyyyyy' } }).state;
    expect(largeFileReason(state)).toBe('long-line');
    expect(hasMarkdown(state)).toBe(false);
    // Typing elsewhere keeps it; joining the short line to it keeps it too.
    state = state.update({ changes: { from: state.doc.length, insert: 'more\n' } }).state;
    expect(largeFileReason(state)).toBe('long-line');
    state = state.update({ changes: { from: at + 10, to: at + 20 } }).state;
    expect(largeFileReason(state)).toBe('long-line');
    // Cutting the long line down brings Markdown back.
    state = state.update({ changes: { from: 4, to: 4 + LONG_LINE_LENGTH / 2 } }).state;
    expect(largeFileReason(state)).toBe(null);
    expect(hasMarkdown(state)).toBe(true);
  });

  it('keeps a long line found after the post shrinks below the size limit', () => {
    const text = `${'x'.repeat(LONG_LINE_LENGTH + 10)}\n${'# 标题\n'.repeat(LARGE_TEXT_LENGTH / 5)}`;
    let state = stateWith(text);
    expect(largeFileReason(state)).toBe('size');
    state = state.update({ changes: { from: LONG_LINE_LENGTH + 11, to: text.length } }).state;
    expect(largeFileReason(state)).toBe('long-line');
    expect(hasMarkdown(state)).toBe(false);
  });
});
