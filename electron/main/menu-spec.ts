/**
 * The menu as plain data: what `buildMenuTemplate` returns and the thin Electron file maps.
 *
 * Keeping it free of Electron's classes lets tests walk every item without the binary.
 */
import type { AppCommand } from '../../core/api';
import type { MessageKey } from './i18n/en';

/** Electron's built-in behaviours the menus use (`MenuItemConstructorOptions['role']`). */
export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front';

/** What the main process does itself, without the renderer. */
export type MainAction = 'revealWorkspace' | 'showSettingsFolder' | 'clearRecent';

/** What choosing a menu item does. */
export type MenuAction =
  /** Sent to the renderer as an `AppCommand`. */
  | { kind: 'app'; command: AppCommand }
  | { kind: 'role'; role: MenuRole }
  | { kind: 'main'; action: MainAction }
  /** Context menu: replace the misspelled word under the cursor. */
  | { kind: 'replaceMisspelling'; word: string }
  | { kind: 'addToDictionary'; word: string };

/** A clickable item. */
export interface MenuItemSpec {
  type: 'normal' | 'checkbox' | 'radio';
  id: string;
  label: string;
  /** The catalog key of `label`; null when the label is data (a folder path, a suggested word). */
  labelKey: MessageKey | null;
  action: MenuAction;
  accelerator?: string;
  checked?: boolean;
  enabled?: boolean;
}

/** A submenu; `role` marks the macOS special menus (the first menu is the app menu by position). */
export interface SubmenuSpec {
  type: 'submenu';
  id: string;
  label: string;
  labelKey: MessageKey;
  role?: 'window' | 'help' | 'services';
  submenu: MenuSpec[];
}

/** A line between groups. */
export interface SeparatorSpec {
  type: 'separator';
}

/** Any entry of a menu. */
export type MenuSpec = MenuItemSpec | SubmenuSpec | SeparatorSpec;

/** Every clickable item of a menu tree, depth first. */
export function menuItems(specs: readonly MenuSpec[]): MenuItemSpec[] {
  return specs.flatMap((spec) => {
    if (spec.type === 'separator') {
      return [];
    }
    if (spec.type === 'submenu') {
      return menuItems(spec.submenu);
    }
    return [spec];
  });
}
