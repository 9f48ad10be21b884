import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';
import { componentUi, type ComponentUi } from '../support/component-ui';

/** What the export dialog's component tests share: the export catalogs and a mount. */
export function exportUi(): ComponentUi {
  return componentUi({ export: { en, 'zh-CN': zh } });
}
