// @vitest-environment jsdom
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawSelectionWithTimedCaret } from '../../../renderer/editor/caret-blink';

beforeAll(() => {
  // jsdom has no layout; CodeMirror's measuring asks ranges for rectangles.
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null });
  Range.prototype.getBoundingClientRect = () =>
    ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0 }) as DOMRect;
});

let view: EditorView | null = null;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  view?.destroy();
  view = null;
  vi.useRealTimers();
  document.body.replaceChildren();
});

function open(): EditorView {
  view = new EditorView({
    state: EditorState.create({ doc: '写一篇博客', extensions: drawSelectionWithTimedCaret() }),
    parent: document.body,
  });
  return view;
}

/** Whether the caret is drawn visible now (the cursor layer is not faded out). */
function caretShown(editor: EditorView): boolean {
  const layer = editor.scrollDOM.querySelector<HTMLElement>('.cm-cursorLayer');
  expect(layer).not.toBeNull();
  return layer?.style.opacity !== '0';
}

function focus(editor: EditorView): void {
  editor.focus();
  // CodeMirror notices focus from its DOM observer; make it report now.
  editor.dispatch({});
  vi.advanceTimersByTime(20);
  expect(editor.hasFocus).toBe(true);
}

describe('the timed caret', () => {
  it('blinks while the editor has focus: hidden half a period, shown the other half', () => {
    const editor = open();
    focus(editor);
    const start = Date.now();
    const sample = (): boolean => caretShown(editor);
    const seen: boolean[] = [];
    while (Date.now() - start < 2400) {
      seen.push(sample());
      vi.advanceTimersByTime(100);
    }
    // Six samples a half-period: shown, hidden, shown, hidden (the first one starts at focus).
    expect(seen.filter((shown) => !shown).length).toBeGreaterThanOrEqual(10);
    expect(seen.filter((shown) => shown).length).toBeGreaterThanOrEqual(10);
    expect(seen.slice(0, 5).every(Boolean)).toBe(true);
  });

  it('shows the caret at once when the user types, and waits a full half-period to hide it again', () => {
    const editor = open();
    focus(editor);
    vi.advanceTimersByTime(650);
    expect(caretShown(editor)).toBe(false);
    editor.dispatch({ changes: { from: 5, insert: '。' }, selection: { anchor: 6 } });
    expect(caretShown(editor)).toBe(true);
    vi.advanceTimersByTime(550);
    expect(caretShown(editor)).toBe(true);
    vi.advanceTimersByTime(100);
    expect(caretShown(editor)).toBe(false);
  });

  it('stops blinking, caret shown, when the editor loses focus', () => {
    const editor = open();
    focus(editor);
    vi.advanceTimersByTime(650);
    expect(caretShown(editor)).toBe(false);
    editor.contentDOM.blur();
    editor.dispatch({});
    vi.advanceTimersByTime(20);
    expect(editor.hasFocus).toBe(false);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(600);
      expect(caretShown(editor)).toBe(true);
    }
  });

  it('runs no timer once the editor is gone', () => {
    const editor = open();
    focus(editor);
    editor.destroy();
    view = null;
    // One-shot timers have run by now; a blink interval left behind would still be pending.
    vi.advanceTimersByTime(5000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
