// @vitest-environment jsdom
import { act, useState } from 'react';
import { beforeAll, expect, test, vi } from 'vitest';
import type { UserSettings } from '../../../core/api';
import { defaultUserSettings } from '../../../core/settings-defaults';
import { SettingsDialog } from '../../../renderer/app/SettingsDialog';
import app from '../../../renderer/i18n/locales/en/app.json';
import common from '../../../renderer/i18n/locales/en/common.json';
import appZh from '../../../renderer/i18n/locales/zh-CN/app.json';
import commonZh from '../../../renderer/i18n/locales/zh-CN/common.json';
import { componentUi } from '../support/component-ui';

const { i18n, mount } = componentUi({
  app: { en: app, 'zh-CN': appZh },
  common: { en: common, 'zh-CN': commonZh },
});

beforeAll(() => {
  // jsdom has <dialog> without the modal part.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

/** The dialog over settings held like App holds them: every patch merged and shown again. */
function Harness(props: { onPatch: (patch: Partial<UserSettings>) => void; onClose: () => void }) {
  const [settings, setSettings] = useState<UserSettings>(defaultUserSettings);
  return (
    <SettingsDialog
      settings={settings}
      onSettings={(patch) => {
        props.onPatch(patch);
        setSettings((current) => ({ ...current, ...patch }));
      }}
      onClose={props.onClose}
    />
  );
}

function show() {
  const onPatch = vi.fn<(patch: Partial<UserSettings>) => void>();
  const onClose = vi.fn<() => void>();
  mount(<Harness onPatch={onPatch} onClose={onClose} />);
  return { onPatch, onClose };
}

/** The control labelled `name` (by <label for> or aria-labelledby), as a user finds it. */
function control(name: string): HTMLElement {
  const label = [...document.querySelectorAll('label, .field-label')].find(
    (node) => node.textContent === name,
  );
  const byFor = label?.getAttribute('for');
  const found =
    byFor !== null && byFor !== undefined
      ? document.getElementById(byFor)
      : document.querySelector(`[aria-labelledby="${label?.id ?? 'none'}"]`);
  if (!(found instanceof HTMLElement)) {
    throw new Error(`no control labelled ${name}`);
  }
  return found;
}

function type(input: HTMLElement, text: string): void {
  act(() => {
    // React tracks the value through the prototype's setter (as typing sets it).
    Reflect.set(HTMLInputElement.prototype, 'value', text, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function leave(input: HTMLElement): void {
  act(() => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

test('is a dialog named Settings showing the current values', () => {
  show();
  const dialog = document.querySelector('dialog');
  const titleId = dialog?.getAttribute('aria-labelledby') ?? '';
  expect(document.getElementById(titleId)?.textContent).toBe('Settings');
  expect(dialog?.open).toBe(true);
  expect((control('Editor font size') as HTMLInputElement).value).toBe('15');
  expect((control('Autosave delay') as HTMLInputElement).value).toBe('1');
  expect(control('Wrap long lines in the editor').getAttribute('aria-checked')).toBe('true');
  expect(control('Show remote (https) images in the preview').getAttribute('role')).toBe('switch');
});

test('applies an in-range font size as it is typed', () => {
  const { onPatch } = show();
  type(control('Editor font size'), '20');
  expect(onPatch).toHaveBeenLastCalledWith({ editorFontSize: 20 });
});

test('does not apply an out-of-range value while typing, and clamps it when the field is left', () => {
  const { onPatch } = show();
  const size = control('Editor font size') as HTMLInputElement;
  type(size, '4');
  expect(onPatch).not.toHaveBeenCalled();
  expect(size.value).toBe('4');
  leave(size);
  expect(onPatch).toHaveBeenLastCalledWith({ editorFontSize: 8 });
  expect(size.value).toBe('8');
  type(size, '500');
  leave(size);
  expect(onPatch).toHaveBeenLastCalledWith({ editorFontSize: 48 });
});

test('sends the autosave delay in whole milliseconds within 200 ms to 60 s', () => {
  const { onPatch } = show();
  const delay = control('Autosave delay');
  type(delay, '2.5');
  expect(onPatch).toHaveBeenLastCalledWith({ autosaveDelayMs: 2500 });
  type(delay, '0.05');
  leave(delay);
  expect(onPatch).toHaveBeenLastCalledWith({ autosaveDelayMs: 200 });
  type(delay, '600');
  leave(delay);
  expect(onPatch).toHaveBeenLastCalledWith({ autosaveDelayMs: 60_000 });
});

test('keeps the previous value when the field is left empty', () => {
  const { onPatch } = show();
  const size = control('Editor font size') as HTMLInputElement;
  type(size, '');
  leave(size);
  expect(onPatch).not.toHaveBeenCalled();
  expect(size.value).toBe('15');
});

test('toggles line wrapping and remote images', () => {
  const { onPatch } = show();
  act(() => control('Wrap long lines in the editor').click());
  expect(onPatch).toHaveBeenLastCalledWith({ lineWrapping: false });
  expect(control('Wrap long lines in the editor').getAttribute('aria-checked')).toBe('false');
  act(() => control('Show remote (https) images in the preview').click());
  expect(onPatch).toHaveBeenLastCalledWith({ allowRemoteImages: false });
});

test('Escape and Close both close it', () => {
  const { onClose } = show();
  const dialog = document.querySelector('dialog');
  act(() => {
    dialog?.dispatchEvent(new Event('cancel', { cancelable: true }));
  });
  expect(onClose).toHaveBeenCalledTimes(1);
  const close = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Close');
  act(() => close?.click());
  expect(onClose).toHaveBeenCalledTimes(2);
});

test('is labelled in Chinese', async () => {
  await i18n.changeLanguage('zh-CN');
  show();
  expect(document.querySelector('dialog h2')?.textContent).toBe('设置');
  expect((control('编辑器字号') as HTMLInputElement).value).toBe('15');
  expect(control('编辑器自动换行').getAttribute('role')).toBe('switch');
  expect(control('在预览中显示远程（https）图片').getAttribute('role')).toBe('switch');
  expect((control('自动保存延迟') as HTMLInputElement).value).toBe('1');
});
