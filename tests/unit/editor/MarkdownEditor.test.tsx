// @vitest-environment jsdom
import i18next from 'i18next';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../../renderer/i18n/locales/en/editor.json';
import zh from '../../../renderer/i18n/locales/zh-CN/editor.json';
import { MarkdownEditor, type MarkdownEditorHandle } from '../../../renderer/editor/MarkdownEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const i18n = i18next.createInstance();
let root: Root | null = null;

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { editor: en }, 'zh-CN': { editor: zh } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null });
  Range.prototype.getBoundingClientRect = () =>
    ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0 }) as DOMRect;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

interface RenderProps {
  docKey: string;
  initialText: string;
  onChange?: (version: number) => void;
}

function render(props: RenderProps, ref = createRef<MarkdownEditorHandle>()) {
  const host = document.createElement('div');
  document.body.append(host);
  root ??= createRoot(host);
  const element = (
    <I18nextProvider i18n={i18n}>
      <MarkdownEditor
        ref={ref}
        docKey={props.docKey}
        initialText={props.initialText}
        theme="light"
        fontSize={16}
        lineWrapping
        onChange={props.onChange ?? (() => undefined)}
      />
    </I18nextProvider>
  );
  act(() => root?.render(element));
  return ref;
}

const textbox = () => document.querySelector('[role="textbox"]');

describe('MarkdownEditor', () => {
  it('shows the text in a textbox named in the UI language', async () => {
    const ref = render({ docKey: 'a', initialText: '# 你好\r\n' });
    expect(textbox()?.getAttribute('aria-label')).toBe('Markdown editor');
    expect(ref.current?.getText()).toBe('# 你好\r\n');
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(textbox()?.getAttribute('aria-label')).toBe('Markdown 编辑器');
    await act(() => i18n.changeLanguage('en'));
  });

  it('starts a fresh document for a new docKey and keeps it for the same one', () => {
    const onChange = vi.fn();
    const ref = render({ docKey: 'a', initialText: 'first', onChange });
    ref.current?.applyText('first edited');
    expect(onChange).toHaveBeenCalledTimes(1);
    render({ docKey: 'a', initialText: 'ignored', onChange }, ref);
    expect(ref.current?.getText()).toBe('first edited');
    render({ docKey: 'b', initialText: 'second', onChange }, ref);
    expect(ref.current?.getText()).toBe('second');
    ref.current?.runCommand('undo');
    expect(ref.current?.getText()).toBe('second');
  });
});
