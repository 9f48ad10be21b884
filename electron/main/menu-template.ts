/**
 * The application menu as plain data, built from the translator, the platform and the UI state.
 *
 * Accelerators follow each platform's conventions (Redo is Ctrl+Y on Windows, Shift+Cmd+Z on
 * macOS; Quit lives in the app menu on macOS and in File elsewhere).
 */
import type {
  AppCommand,
  FormatCommandName,
  Language,
  ThemePreference,
  UserSettings,
  ViewMode,
} from '../../core/api';
import type { MessageKey } from './i18n/en';
import type { Translate } from './i18n/translate';
import type { MenuAction, MenuItemSpec, MenuRole, MenuSpec, SubmenuSpec } from './menu-spec';

/** The platforms whose conventions the menus follow (every other Unix is treated as Linux). */
export type ShellPlatform = 'darwin' | 'win32' | 'linux';

/** What the menus show checked, and which folders are recent. */
export interface MenuState {
  recentWorkspaces: readonly string[];
  viewMode: ViewMode;
  theme: ThemePreference;
  language: Language;
  showPostList: boolean;
  showFrontMatter: boolean;
}

/** How many recent folders the File menu lists. */
export const maxRecentInMenu = 10;

const separator = { type: 'separator' } as const;
const viewModes: readonly ViewMode[] = ['editor', 'split', 'preview'];
const themes: readonly ThemePreference[] = ['system', 'light', 'dark'];
const languages: readonly Language[] = ['en', 'zh-CN'];

/** The platform whose menu conventions apply here. */
export function shellPlatform(platform: NodeJS.Platform): ShellPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/** The menu's checked states, from the user's settings and the language in use. */
export function menuStateOf(settings: UserSettings, language: MenuState['language']): MenuState {
  return {
    recentWorkspaces: settings.recentWorkspaces,
    viewMode: settings.viewMode,
    theme: settings.theme,
    language,
    showPostList: settings.showPostList,
    showFrontMatter: settings.showFrontMatter,
  };
}

/** Builds the whole application menu. */
export function buildMenuTemplate(
  t: Translate,
  platform: ShellPlatform,
  state: MenuState,
): MenuSpec[] {
  const make = itemMaker(t);
  const isMac = platform === 'darwin';
  const menus: MenuSpec[] = [];
  if (isMac) {
    menus.push(submenu(t, 'app', 'app.name', appMenu(t, make)));
  }
  menus.push(
    submenu(t, 'file', 'file.menu', fileMenu(t, make, platform, state)),
    submenu(t, 'edit', 'edit.menu', editMenu(make, platform)),
    submenu(t, 'format', 'format.menu', formatMenu(make)),
    submenu(t, 'view', 'view.menu', viewMenu(t, make, platform, state)),
    submenu(t, 'window', 'window.menu', windowMenu(make, isMac), isMac ? 'window' : undefined),
    submenu(t, 'help', 'help.menu', helpMenu(make, isMac), isMac ? 'help' : undefined),
  );
  return menus;
}

type MakeItem = (
  id: string,
  labelKey: MessageKey,
  action: MenuAction,
  extra?: Partial<Pick<MenuItemSpec, 'type' | 'accelerator' | 'checked' | 'enabled'>>,
) => MenuItemSpec;

function itemMaker(t: Translate): MakeItem {
  return (id, labelKey, action, extra = {}) => ({
    type: 'normal',
    id,
    label: t(labelKey),
    labelKey,
    action,
    ...extra,
  });
}

function submenu(
  t: Translate,
  id: string,
  labelKey: MessageKey,
  items: MenuSpec[],
  role?: SubmenuSpec['role'],
): SubmenuSpec {
  const spec: SubmenuSpec = { type: 'submenu', id, label: t(labelKey), labelKey, submenu: items };
  return role === undefined ? spec : { ...spec, role };
}

const role = (name: MenuRole): MenuAction => ({ kind: 'role', role: name });
const app = (command: AppCommand): MenuAction => ({ kind: 'app', command });

function appMenu(t: Translate, make: MakeItem): MenuSpec[] {
  return [
    make('about', 'app.about', role('about')),
    separator,
    make('settings', 'app.settings', app({ id: 'openSettings' }), { accelerator: 'Command+,' }),
    separator,
    submenu(t, 'services', 'app.services', [], 'services'),
    separator,
    make('hide', 'app.hide', role('hide'), { accelerator: 'Command+H' }),
    make('hideOthers', 'app.hideOthers', role('hideOthers'), { accelerator: 'Command+Alt+H' }),
    make('unhide', 'app.unhide', role('unhide')),
    separator,
    make('quit', 'app.quit', role('quit'), { accelerator: 'Command+Q' }),
  ];
}

function fileMenu(
  t: Translate,
  make: MakeItem,
  platform: ShellPlatform,
  state: MenuState,
): MenuSpec[] {
  const recent = state.recentWorkspaces.slice(0, maxRecentInMenu);
  const recentItems: MenuSpec[] = [
    ...recent.map((root, index): MenuItemSpec => ({
      type: 'normal',
      id: `recent-${index}`,
      label: root,
      labelKey: null,
      action: app({ id: 'openRecent', root }),
    })),
    ...(recent.length > 0 ? [separator] : []),
    make(
      'clearRecent',
      'file.clearRecent',
      { kind: 'main', action: 'clearRecent' },
      { enabled: recent.length > 0 },
    ),
  ];
  const revealKey: MessageKey =
    platform === 'darwin'
      ? 'file.revealWorkspaceMac'
      : platform === 'win32'
        ? 'file.revealWorkspaceWindows'
        : 'file.revealWorkspace';
  const items: MenuSpec[] = [
    make('newPost', 'file.newPost', app({ id: 'newPost' }), { accelerator: 'CmdOrCtrl+N' }),
    separator,
    make('openFolder', 'file.openFolder', app({ id: 'openFolder' }), {
      accelerator: 'CmdOrCtrl+O',
    }),
    submenu(t, 'openRecent', 'file.openRecent', recentItems),
    separator,
    make('save', 'file.save', app({ id: 'save' }), { accelerator: 'CmdOrCtrl+S' }),
    separator,
    make('export', 'file.export', app({ id: 'export' }), { accelerator: 'CmdOrCtrl+E' }),
    make('exportChanged', 'file.exportChanged', app({ id: 'exportChanged' }), {
      accelerator: 'Shift+CmdOrCtrl+E',
    }),
    separator,
    make('revealWorkspace', revealKey, { kind: 'main', action: 'revealWorkspace' }),
    separator,
    // On macOS Settings lives in the app menu.
    ...(platform === 'darwin'
      ? []
      : [
          make('settings', 'file.settings', app({ id: 'openSettings' }), {
            accelerator: 'Ctrl+,',
          }),
          separator,
        ]),
    make('closeWindow', 'file.closeWindow', role('close'), { accelerator: 'CmdOrCtrl+W' }),
  ];
  if (platform === 'win32') {
    // Windows quits with Alt+F4, which the system handles; a second accelerator would be unusual.
    items.push(make('quit', 'file.exit', role('quit')));
  } else if (platform === 'linux') {
    items.push(make('quit', 'file.quit', role('quit'), { accelerator: 'Ctrl+Q' }));
  }
  return items;
}

function editMenu(make: MakeItem, platform: ShellPlatform): MenuSpec[] {
  const redo =
    platform === 'darwin'
      ? 'Shift+Command+Z'
      : platform === 'win32'
        ? 'Control+Y'
        : 'Shift+Control+Z';
  const pasteAndMatch = platform === 'darwin' ? 'Shift+Option+Command+V' : 'Shift+CmdOrCtrl+V';
  return [
    make('undo', 'edit.undo', role('undo'), { accelerator: 'CmdOrCtrl+Z' }),
    make('redo', 'edit.redo', role('redo'), { accelerator: redo }),
    separator,
    make('cut', 'edit.cut', role('cut'), { accelerator: 'CmdOrCtrl+X' }),
    make('copy', 'edit.copy', role('copy'), { accelerator: 'CmdOrCtrl+C' }),
    make('paste', 'edit.paste', role('paste'), { accelerator: 'CmdOrCtrl+V' }),
    make('pasteAndMatchStyle', 'edit.pasteAndMatchStyle', role('pasteAndMatchStyle'), {
      accelerator: pasteAndMatch,
    }),
    make('selectAll', 'edit.selectAll', role('selectAll'), { accelerator: 'CmdOrCtrl+A' }),
    separator,
    make('find', 'edit.find', app({ id: 'find' }), { accelerator: 'CmdOrCtrl+F' }),
  ];
}

/**
 * The editor's formatting commands. No accelerators: the editor binds the same keys itself (shown
 * in its toolbar and Keyboard shortcuts dialog), and a menu accelerator would take the key before
 * the page sees it, also in form fields and during IME composition.
 */
function formatMenu(make: MakeItem): MenuSpec[] {
  const item = (command: FormatCommandName): MenuItemSpec =>
    make(`format-${command}`, `format.${command}`, app({ id: 'format', command }));
  return [
    item('bold'),
    item('italic'),
    item('strikethrough'),
    item('code'),
    item('link'),
    separator,
    item('heading1'),
    item('heading2'),
    item('heading3'),
    item('paragraph'),
    separator,
    item('bulletList'),
    item('orderedList'),
    item('quote'),
  ];
}

function viewMenu(
  t: Translate,
  make: MakeItem,
  platform: ShellPlatform,
  state: MenuState,
): MenuSpec[] {
  const isMac = platform === 'darwin';
  const radio = { type: 'radio' } as const;
  return [
    make('togglePostList', 'view.postList', app({ id: 'togglePostList' }), {
      type: 'checkbox',
      checked: state.showPostList,
      accelerator: 'Shift+CmdOrCtrl+L',
    }),
    make('toggleFrontMatter', 'view.frontMatter', app({ id: 'toggleFrontMatter' }), {
      type: 'checkbox',
      checked: state.showFrontMatter,
      accelerator: 'Shift+CmdOrCtrl+M',
    }),
    make('togglePreview', 'view.preview', app({ id: 'togglePreview' }), {
      type: 'checkbox',
      checked: state.viewMode !== 'editor',
      accelerator: 'Shift+CmdOrCtrl+P',
    }),
    separator,
    ...viewModes.map((mode) =>
      make(`viewMode-${mode}`, `view.mode.${mode}`, app({ id: 'setViewMode', mode }), {
        ...radio,
        checked: state.viewMode === mode,
      }),
    ),
    separator,
    make('resetZoom', 'view.actualSize', role('resetZoom'), { accelerator: 'CmdOrCtrl+0' }),
    make('zoomIn', 'view.zoomIn', role('zoomIn'), { accelerator: 'CmdOrCtrl+Plus' }),
    make('zoomOut', 'view.zoomOut', role('zoomOut'), { accelerator: 'CmdOrCtrl+-' }),
    separator,
    submenu(
      t,
      'theme',
      'view.theme',
      themes.map((theme) =>
        make(`theme-${theme}`, `view.theme.${theme}`, app({ id: 'setTheme', theme }), {
          ...radio,
          checked: state.theme === theme,
        }),
      ),
    ),
    submenu(
      t,
      'language',
      'view.language',
      languages.map((language) =>
        make(
          `language-${language}`,
          `view.language.${language}`,
          app({ id: 'setLanguage', language }),
          { ...radio, checked: state.language === language },
        ),
      ),
    ),
    separator,
    make('toggleFullScreen', 'view.toggleFullScreen', role('togglefullscreen'), {
      accelerator: isMac ? 'Control+Command+F' : 'F11',
    }),
    make('toggleDevTools', 'view.toggleDevTools', role('toggleDevTools'), {
      accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    }),
  ];
}

function windowMenu(make: MakeItem, isMac: boolean): MenuSpec[] {
  const items: MenuSpec[] = [
    make('minimize', 'window.minimize', role('minimize'), { accelerator: 'CmdOrCtrl+M' }),
  ];
  if (isMac) {
    items.push(
      make('zoom', 'window.zoom', role('zoom')),
      separator,
      make('front', 'window.front', role('front')),
    );
  }
  return items;
}

function helpMenu(make: MakeItem, isMac: boolean): MenuSpec[] {
  const items: MenuSpec[] = [
    make('showSettingsFolder', 'help.showSettingsFolder', {
      kind: 'main',
      action: 'showSettingsFolder',
    }),
  ];
  if (!isMac) {
    // macOS has About in the app menu.
    items.push(separator, make('about', 'app.about', role('about')));
  }
  return items;
}
