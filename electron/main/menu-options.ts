import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuSpec } from './menu-spec';

/**
 * Maps the menu data to Electron's menu options; every click goes through `dispatch`.
 *
 * Role items keep their role (Electron implements undo, copy, zoom...) with our translated label.
 */
export function toMenuItemOptions(
  specs: readonly MenuSpec[],
  dispatch: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return specs.map((spec): MenuItemConstructorOptions => {
    if (spec.type === 'separator') {
      return { type: 'separator' };
    }
    if (spec.type === 'submenu') {
      const options: MenuItemConstructorOptions = {
        id: spec.id,
        label: spec.label,
        submenu: toMenuItemOptions(spec.submenu, dispatch),
      };
      return spec.role === undefined ? options : { ...options, role: spec.role };
    }
    const options: MenuItemConstructorOptions = {
      id: spec.id,
      type: spec.type,
      label: spec.label,
      enabled: spec.enabled ?? true,
    };
    if (spec.accelerator !== undefined) {
      options.accelerator = spec.accelerator;
    }
    if (spec.checked !== undefined) {
      options.checked = spec.checked;
    }
    const { action } = spec;
    if (action.kind === 'role') {
      options.role = action.role;
    } else {
      options.click = () => dispatch(action);
    }
    return options;
  });
}
