// @vitest-environment jsdom
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type EditorCallbacks, EditorController } from '../../../renderer/editor/editor-controller';
import type { EditorSettingsValues } from '../../../renderer/editor/editor-settings';
import en from '../../../renderer/i18n/locales/en/editor.json';

/** A tiny i18next stand-in over the English catalog: nested keys and `{{name}}` values. */
function translate(key: string, values: Record<string, string> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
  return String(found).replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
}

const settings: EditorSettingsValues = {
  theme: 'light',
  fontSize: 16,
  lineWrapping: true,
  readOnly: false,
  translate,
};

let controller: EditorController | null = null;

function open(text: string, callbacks: Partial<EditorCallbacks> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const all = {
    onChange: vi.fn<(version: number) => void>(),
    onCompositionEnd: vi.fn(),
    ...callbacks,
  };
  controller = new EditorController(host, text, settings, () => all);
  return { editor: controller, callbacks: all, view: controller.view };
}

/** What the DOM observer dispatches while an IME composes. */
function compose(view: EditorView, from: number, to: number, text: string): void {
  view.dispatch({ changes: { from, to, insert: text }, userEvent: 'input.type.compose' });
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeAll(() => {
  // jsdom has no layout; CodeMirror's measuring asks ranges for rectangles.
  const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  const emptyRect = () =>
    ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0 }) as DOMRect;
  Range.prototype.getClientRects = noRects;
  Range.prototype.getBoundingClientRect = emptyRect;
  // jsdom's Blob cannot give its bytes as a promise (browsers can); the editor reads an image's
  // first bytes that way to check that it is one.
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsArrayBuffer(this);
      });
    };
  }
});

afterEach(() => {
  controller?.destroy();
  controller = null;
  document.body.replaceChildren();
});

describe('EditorController', () => {
  it('is a textbox named "Markdown editor"', () => {
    const { view } = open('hello');
    expect(view.contentDOM.getAttribute('role')).toBe('textbox');
    expect(view.contentDOM.getAttribute('aria-label')).toBe('Markdown editor');
    expect(view.contentDOM.getAttribute('aria-multiline')).toBe('true');
  });

  it('reports changes by version and returns CRLF text for a CRLF post', () => {
    const { editor, callbacks, view } = open('a\r\nb\r\n');
    view.dispatch({ changes: { from: 1, insert: '!' } });
    // Version 1, the first offset the change touched, and the change itself ('\n' offsets).
    expect(callbacks.onChange).toHaveBeenCalledWith(1, 1, { edits: [[1, 0, '!']], length: 5 });
    expect(editor.getText()).toBe('a!\r\nb\r\n');
  });

  it('holds the app text back during a composition and keeps the committed Chinese once', async () => {
    const { editor, callbacks, view } = open('正文\n');
    view.dispatch({ selection: { anchor: 2 } });
    view.contentDOM.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(editor.isComposing()).toBe(true);

    compose(view, 2, 2, 'zhong');
    // The app reloads the post (front matter added on disk) while the user is composing.
    editor.applyText('---\ntitle: 标题\n---\n正文\n');
    compose(view, 2, 7, "zhong'wen");
    expect(view.state.doc.toString()).toBe("正文zhong'wen\n");
    expect(callbacks.onChange).not.toHaveBeenCalled();

    compose(view, 2, 11, '中文');
    view.contentDOM.dispatchEvent(
      new CompositionEvent('compositionend', { bubbles: true, data: '中文' }),
    );
    await tick();
    await tick();

    expect(editor.isComposing()).toBe(false);
    expect(editor.getText()).toBe('---\ntitle: 标题\n---\n正文中文\n');
    expect(callbacks.onCompositionEnd).toHaveBeenCalledTimes(1);
    expect(callbacks.onChange).toHaveBeenCalledTimes(1);
    // The one report carries every change of the composition and of the reload, in order.
    const { edits } = vi.mocked(callbacks.onChange).mock.calls[0]?.[2] ?? { edits: [] };
    const edited = edits.reduce(
      (text, [from, removed, insert]) => text.slice(0, from) + insert + text.slice(from + removed),
      '正文\n',
    );
    expect(edited).toBe('---\ntitle: 标题\n---\n正文中文\n');
  });

  it('keeps the composed word once when the app pushes back text it read mid-composition', async () => {
    const { editor, view } = open('---\ntitle: 旧\n---\n正文\n');
    view.dispatch({ selection: { anchor: view.state.doc.length - 1 } });
    view.contentDOM.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    const end = view.state.doc.length - 1;
    compose(view, end, end, 'ceshi');
    // The form read getText() (pinyin included) and changed the title.
    editor.applyText(editor.getText().replace('旧', '新'));
    // An echo of the current text changes nothing.
    editor.applyText(editor.getText());
    editor.applyText(editor.getText().replace('旧', '新'));
    compose(view, end, end + 5, '测试');
    view.contentDOM.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await tick();
    expect(editor.getText()).toBe('---\ntitle: 新\n---\n正文测试\n');
  });

  it('defers commands and settings until the composition ends', async () => {
    const { editor, view } = open('text');
    view.dispatch({ selection: { anchor: 0, head: 4 } });
    view.contentDOM.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    editor.updateSettings({ ...settings, theme: 'dark' });
    editor.runCommand('bold');
    expect(view.state.facet(EditorView.darkTheme)).toBe(false);
    expect(view.state.doc.toString()).toBe('text');
    view.contentDOM.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await tick();
    expect(view.state.facet(EditorView.darkTheme)).toBe(true);
    expect(view.state.doc.toString()).toBe('**text**');
  });

  it('blocks typing but stays selectable when read-only', () => {
    const { editor, view } = open('text');
    editor.updateSettings({ ...settings, readOnly: true });
    expect(view.state.readOnly).toBe(true);
    expect(view.contentDOM.getAttribute('aria-readonly')).toBe('true');
    editor.runCommand('bold');
    expect(view.state.doc.toString()).toBe('text');
  });

  it('applies text at once when nobody composes, keeping the cursor and one undo step', () => {
    const { editor, view } = open('title: a\nbody');
    view.dispatch({ selection: { anchor: 13 } });
    editor.applyText('title: bcd\nbody');
    expect(view.state.doc.toString()).toBe('title: bcd\nbody');
    expect(view.state.selection.main.head).toBe(15);
    editor.runCommand('undo');
    expect(editor.getText()).toBe('title: a\nbody');
  });

  it('moves the cursor to a 0-based line', () => {
    const { editor, view, callbacks } = open('a\nb\nc', { onCursorLineChange: vi.fn() });
    editor.setCursorLine(2);
    expect(view.state.selection.main.head).toBe(4);
    expect(callbacks.onCursorLineChange).toHaveBeenLastCalledWith(2);
  });

  it('inserts the Markdown for a pasted image where the cursor was, even after typing elsewhere', async () => {
    let resolve: (markdown: string) => void = () => undefined;
    const onInsertFiles = vi.fn(() => new Promise<string | null>((done) => (resolve = done)));
    const { view } = open('before after', { onInsertFiles });
    view.dispatch({ selection: { anchor: 7 } });
    const signature = [137, 80, 78, 71, 13, 10, 26, 10];
    const image = new File([new Uint8Array(signature)], 'shot.png', { type: 'image/png' });
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => '', files: [image] } });
    view.contentDOM.dispatchEvent(paste);
    // Typed while the image's bytes are checked, and while it is stored.
    view.dispatch({ changes: { from: 0, insert: '# ' } });
    await vi.waitFor(() => expect(onInsertFiles).toHaveBeenCalledWith([image]));
    resolve('![shot](shot.png)');
    await tick();
    expect(view.state.doc.toString()).toBe('# before ![shot](shot.png)after');
  });

  it('refuses a pasted file that is not an image, saying so, and never pastes its bytes', async () => {
    const onInsertFiles = vi.fn(() => Promise.resolve<string | null>('![x](x.png)'));
    const { view } = open('text', { onInsertFiles });
    const pdf = new File(['%PDF-1.4'], 'doc.pdf', { type: 'application/pdf' });
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => '', files: [pdf] } });
    view.contentDOM.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    const alert = (): string | null | undefined =>
      view.dom.querySelector('[role="alert"]')?.textContent;
    await vi.waitFor(() => expect(alert()).toContain('Not added: doc.pdf.'));
    expect(onInsertFiles).not.toHaveBeenCalled();
    expect(view.state.doc.toString()).toBe('text');
    view.dispatch({ changes: { from: 4, insert: '!' }, userEvent: 'input.type' });
    expect(alert()).toBeUndefined();
  });

  it('tells the app and the user about large-file mode when opening a huge post', () => {
    const onLargeFileMode = vi.fn();
    const { view } = open('x'.repeat(2_100_000), { onLargeFileMode });
    expect(onLargeFileMode).toHaveBeenCalledWith(true);
    expect(view.dom.querySelector('[role="note"]')?.textContent).toBe(en.notice.largeFile);
  });

  it('warns about mixed line endings until the first edit normalises them', () => {
    const { editor, view } = open('a\r\nb\r\nc\nd');
    const note = () => view.dom.querySelector('[role="note"]')?.textContent;
    expect(note()).toContain('CRLF line endings throughout');
    expect(editor.getText()).toBe('a\r\nb\r\nc\nd');
    view.dispatch({ changes: { from: 0, insert: '>' } });
    expect(note()).toBeUndefined();
    expect(editor.getText()).toBe('>a\r\nb\r\nc\r\nd');
  });

  it('shows no notice for an ordinary post', () => {
    const { view } = open('a\r\nb');
    expect(view.dom.querySelector('[role="note"]')).toBeNull();
  });
});
