import i18next, { type i18n as I18n } from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What a component test gets: its i18n instance and a mount. */
export interface ComponentUi {
  i18n: I18n;
  /** Renders `node` in a new container in the page, in `language` (default: the current one). */
  mount: (node: ReactNode, language?: string) => HTMLElement;
}

/** The catalogs of one namespace, English and Chinese. */
export interface Catalogs {
  en: object;
  'zh-CN': object;
}

/**
 * Sets up i18n with the given namespaces' catalogs (en, zh-CN) for the calling test file, and
 * unmounts what `mount` rendered after each test (back to English).
 */
export function componentUi(namespaces: Record<string, Catalogs>): ComponentUi {
  const i18n = i18next.createInstance();
  const resources: Record<string, Record<string, object>> = { en: {}, 'zh-CN': {} };
  for (const [namespace, catalogs] of Object.entries(namespaces)) {
    (resources['en'] as Record<string, object>)[namespace] = catalogs.en;
    (resources['zh-CN'] as Record<string, object>)[namespace] = catalogs['zh-CN'];
  }
  const roots: Root[] = [];
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'en',
      resources,
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
