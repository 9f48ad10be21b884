import { history, undo } from '@codemirror/commands';
import { EditorSelection, type EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  createTextState,
  isEdited,
  loadedLineSeparator,
  readText,
  replaceTextSpec,
} from '../../../renderer/editor/document-text';
import { run } from './editor-state';

function type(state: EditorState, pos: number, text: string): EditorState {
  return state.update({ changes: { from: pos, insert: text }, userEvent: 'input.type' }).state;
}

function replaceText(state: EditorState, text: string): EditorState {
  const spec = replaceTextSpec(state, text);
  return spec === null ? state : state.update(spec).state;
}

describe('line endings', () => {
  it('returns an unedited CRLF post byte for byte', () => {
    const text = '---\r\ntitle: 标题\r\n---\r\n\r\n正文\r\n';
    expect(readText(createTextState(text, []))).toBe(text);
  });

  it('keeps CRLF after an edit, also for lines added by pasting LF text', () => {
    const state = createTextState('a\r\nb\r\n', []);
    const edited = state.update({ changes: { from: 1, insert: '\nx\ny' } }).state;
    expect(readText(edited)).toBe('a\r\nx\r\ny\r\nb\r\n');
    expect(loadedLineSeparator(state)).toBe('\r\n');
  });

  it('keeps LF', () => {
    const state = type(createTextState('a\nb', []), 1, '!');
    expect(readText(state)).toBe('a!\nb');
  });

  it('returns a mixed-endings post exactly until it is edited, then normalises it', () => {
    const text = 'a\r\nb\nc\r\nd';
    const state = createTextState(text, []);
    expect(loadedLineSeparator(state)).toBe('mixed');
    expect(readText(state)).toBe(text);
    expect(isEdited(state)).toBe(false);
    const edited = type(state, 0, '>');
    expect(isEdited(edited)).toBe(true);
    expect(readText(edited)).toBe('>a\r\nb\r\nc\r\nd');
  });
});

describe('replaceTextSpec (applyText)', () => {
  it('changes only the differing span and keeps a cursor after it in place', () => {
    const before = '---\ntitle: old\n---\n\nbody text';
    let state = createTextState(before, [history()]);
    const cursor = before.indexOf('text');
    state = state.update({ selection: EditorSelection.cursor(cursor) }).state;
    const spec = replaceTextSpec(state, before.replace('old', 'newer'));
    expect(spec?.changes).toEqual({ from: 11, to: 14, insert: 'newer' });
    state = replaceText(state, before.replace('old', 'newer'));
    expect(state.doc.toString()).toBe('---\ntitle: newer\n---\n\nbody text');
    expect(state.selection.main.head).toBe(cursor + 2);
  });

  it('is one undo step of its own, separate from typing', () => {
    let state = createTextState('title: a\n', [history()]);
    state = type(state, 9, 'x');
    state = replaceText(state, 'title: b\nx');
    expect(readText(state)).toBe('title: b\nx');
    state = run(state, undo);
    expect(readText(state)).toBe('title: a\nx');
    state = run(state, undo);
    expect(readText(state)).toBe('title: a\n');
  });

  it('does nothing for the same text, whatever its line endings', () => {
    const state = createTextState('a\r\nb\nc', []);
    expect(replaceTextSpec(state, 'a\r\nb\nc')).toBeNull();
    expect(replaceTextSpec(createTextState('a\r\nb', []), 'a\nb')).toBeNull();
  });

  it('accepts CRLF text for a CRLF post and keeps CRLF', () => {
    const state = replaceText(createTextState('a\r\nb\r\n', []), 'a\r\nc\r\n');
    expect(readText(state)).toBe('a\r\nc\r\n');
  });
});
