import i18next, { type i18n as I18n } from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll } from 'vitest';
import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the export dialog's component tests share: the export catalogs and a mount. */
export interface ExportUi {
  i18n: I18n;
  /** Renders `node` in a new container in the page, in `language` (default: the current one). */
  mount: (node: ReactNode, language?: string) => HTMLElement;
}

/**
 * Sets up i18n with the export catalogs (en, zh-CN) for the calling test file, and unmounts what
 * `mount` rendered after each test (back to English).
 */
export function exportUi(): ExportUi {
  const i18n = i18next.createInstance();
  const roots: Root[] = [];
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'en',
      resources: { en: { export: en }, 'zh-CN': { export: zh } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  });
  afterEach(async () => {
    act(() => roots.splice(0).forEach((root) => root.unmount()));
    document.body.replaceChildren();
    await i18n.changeLanguage('en');
  });
  const mount = (node: ReactNode, language?: string): HTMLElement => {
    const container = document.createElement('div');
    document.body.append(container);
    if (language !== undefined) {
      act(() => {
        void i18n.changeLanguage(language);
      });
    }
    const root = createRoot(container);
    roots.push(root);
    act(() => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
    return container;
  };
  return { i18n, mount };
}
