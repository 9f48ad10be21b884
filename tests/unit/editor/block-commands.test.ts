import { describe, expect, it } from 'vitest';
import {
  setHeading,
  toggleBulletList,
  toggleOrderedList,
  toggleQuote,
} from '../../../renderer/editor/block-commands';
import { apply } from './editor-state';

describe('setHeading', () => {
  it('makes a paragraph a heading and keeps the cursor in the text', () => {
    expect(apply('标|题', setHeading(2))).toBe('## 标|题');
  });
  it('changes the level of a heading', () => {
    expect(apply('### Ti|tle', setHeading(1))).toBe('# Ti|tle');
  });
  it('turns a heading of the same level back into a paragraph', () => {
    expect(apply('## Ti|tle', setHeading(2))).toBe('Ti|tle');
  });
  it('level 0 makes a paragraph', () => {
    expect(apply('#### Ti|tle', setHeading(0))).toBe('Ti|tle');
  });
  it('moves a cursor at the line start past the new markup', () => {
    expect(apply('|Title', setHeading(1))).toBe('# |Title');
  });
});

describe('toggleBulletList', () => {
  it('makes each selected line an item, skipping blank lines', () => {
    expect(apply('{one\n\ntwo}', toggleBulletList)).toBe('{- one\n\n- two}');
  });
  it('removes the markers when every line is an item', () => {
    expect(apply('{- one\n- two}', toggleBulletList)).toBe('{one\ntwo}');
  });
  it('replaces ordered markers', () => {
    expect(apply('1. one|', toggleBulletList)).toBe('- one|');
  });
  it('starts a list on an empty line', () => {
    expect(apply('|', toggleBulletList)).toBe('- |');
  });
  it('keeps indentation', () => {
    expect(apply('- a\n  b|', toggleBulletList)).toBe('- a\n  - b|');
  });
});

describe('toggleOrderedList', () => {
  it('numbers the selected lines', () => {
    expect(apply('{one\ntwo\nthree}', toggleOrderedList)).toBe('{1. one\n2. two\n3. three}');
  });
  it('removes the numbers again', () => {
    expect(apply('{1. one\n2. two}', toggleOrderedList)).toBe('{one\ntwo}');
  });
  it('does not include a line the selection only touches at its start', () => {
    expect(apply('{one\n}two', toggleOrderedList)).toBe('{1. one\n}two');
  });
});

describe('toggleQuote', () => {
  it('quotes and unquotes lines', () => {
    expect(apply('引|用', toggleQuote)).toBe('> 引|用');
    expect(apply('> 引|用', toggleQuote)).toBe('引|用');
  });
});
