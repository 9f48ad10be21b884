import { deleteMarkupBackward, insertNewlineContinueMarkup } from '@codemirror/lang-markdown';
import { describe, expect, it } from 'vitest';
import { apply } from './editor-state';

// Enter and Backspace come from lang-markdown's keymap; these check they work on our language
// (GFM + front matter), including right after the front matter.
describe('Enter continues lists and quotes', () => {
  it('continues a bullet list', () => {
    expect(apply('- 第一项|', insertNewlineContinueMarkup)).toBe('- 第一项\n- |');
  });
  it('continues and renumbers an ordered list', () => {
    expect(apply('1. one|\n2. two', insertNewlineContinueMarkup)).toBe('1. one\n2. |\n3. two');
  });
  it('continues a task list with an open box', () => {
    expect(apply('- [x] done|', insertNewlineContinueMarkup)).toBe('- [x] done\n- [ ] |');
  });
  it('continues a quote', () => {
    expect(apply('> 引用|', insertNewlineContinueMarkup)).toBe('> 引用\n> |');
  });
  it('ends the list on an empty item', () => {
    expect(apply('- one\n- |', insertNewlineContinueMarkup)).toBe('- one\n\n- |');
  });
  it('continues a list in the body after front matter', () => {
    expect(apply('---\ntitle: x\n---\n- a|', insertNewlineContinueMarkup)).toBe(
      '---\ntitle: x\n---\n- a\n- |',
    );
  });
  it('leaves YAML in the front matter alone', () => {
    expect(apply('---\ntags:\n- a|\n---\n', insertNewlineContinueMarkup)).toBe(
      '---\ntags:\n- a|\n---\n',
    );
  });
});

describe('Backspace deletes markup', () => {
  it('deletes an empty quote marker', () => {
    expect(apply('> |', deleteMarkupBackward)).toBe('|');
  });
  it('clears a list marker', () => {
    expect(apply('- one\n- |', deleteMarkupBackward)).toBe('- one\n  |');
  });
});
