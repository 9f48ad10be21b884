/** Installs the application menu built from `menu-template.ts` and routes its clicks. */
import { Menu } from 'electron';
import type { Translate } from './i18n/translate';
import { toMenuItemOptions } from './menu-options';
import type { MenuAction } from './menu-spec';
import { buildMenuTemplate, shellPlatform, type MenuState } from './menu-template';

/** Replaces the application menu. */
export function installApplicationMenu(
  t: Translate,
  state: MenuState,
  dispatch: (action: MenuAction) => void,
): void {
  const spec = buildMenuTemplate(t, shellPlatform(process.platform), state);
  Menu.setApplicationMenu(Menu.buildFromTemplate(toMenuItemOptions(spec, dispatch)));
}
