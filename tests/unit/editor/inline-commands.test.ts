import { describe, expect, it } from 'vitest';
import {
  toggleBold,
  toggleInlineCode,
  toggleItalic,
  toggleStrikethrough,
} from '../../../renderer/editor/inline-commands';
import { insertLink } from '../../../renderer/editor/link-command';
import { apply } from './editor-state';

describe('toggleBold', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(apply('a {中文} b', toggleBold)).toBe('a **{中文}** b');
  });
  it('inserts an empty pair around a cursor', () => {
    expect(apply('one |', toggleBold)).toBe('one **|**');
  });
  it('removes an empty pair', () => {
    expect(apply('one **|**', toggleBold)).toBe('one |');
  });
  it('unwraps a selection with the markers around it', () => {
    expect(apply('**{one}**', toggleBold)).toBe('{one}');
  });
  it('unwraps a selection that includes the markers', () => {
    expect(apply('{**one**}', toggleBold)).toBe('{one}');
  });
  it('steps out of bold text when the cursor is before the closing marker', () => {
    expect(apply('**one|** two', toggleBold)).toBe('**one**| two');
  });
  it('removes bold but keeps italic of bold italic text', () => {
    expect(apply('***{one}***', toggleBold)).toBe('*{one}*');
  });
  it('works on every cursor', () => {
    expect(apply('{a} and {b}', toggleBold)).toBe('**{a}** and **{b}**');
  });
});

describe('toggleItalic', () => {
  it('wraps the selection', () => {
    expect(apply('{one}', toggleItalic)).toBe('*{one}*');
  });
  it('italicises bold text instead of unbolding it', () => {
    expect(apply('**{one}**', toggleItalic)).toBe('***{one}***');
  });
  it('removes italic from italic text', () => {
    expect(apply('*{one}*', toggleItalic)).toBe('{one}');
  });
  it('steps out of italic text', () => {
    expect(apply('*one|*', toggleItalic)).toBe('*one*|');
  });
});

describe('toggleInlineCode and toggleStrikethrough', () => {
  it('wraps in backticks and removes them again', () => {
    expect(apply('{x = 1}', toggleInlineCode)).toBe('`{x = 1}`');
    expect(apply('`{x = 1}`', toggleInlineCode)).toBe('{x = 1}');
  });
  it('steps out of inline code', () => {
    expect(apply('`code|` after', toggleInlineCode)).toBe('`code`| after');
  });
  it('wraps in tildes', () => {
    expect(apply('{old}', toggleStrikethrough)).toBe('~~{old}~~');
  });
});

describe('insertLink', () => {
  it('uses selected text as the label and puts the cursor at the destination', () => {
    expect(apply('see {文档}', insertLink)).toBe('see [文档](|)');
  });
  it('uses a selected URL as the destination and puts the cursor at the label', () => {
    expect(apply('{https://example.com/a}', insertLink)).toBe('[|](https://example.com/a)');
  });
  it('inserts an empty link at a cursor', () => {
    expect(apply('a |', insertLink)).toBe('a [|]()');
  });
});
