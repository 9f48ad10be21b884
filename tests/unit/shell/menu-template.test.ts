// The native menus as data: every item does something, standard items carry the platform's
// standard accelerator, and every label exists in English and Simplified Chinese.
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../core/api';
import { en } from '../../../electron/main/i18n/en';
import { catalogOf, createTranslator } from '../../../electron/main/i18n/translate';
import { toMenuItemOptions } from '../../../electron/main/menu-options';
import {
  menuItems,
  type MenuAction,
  type MenuItemSpec,
  type MenuSpec,
  type SubmenuSpec,
} from '../../../electron/main/menu-spec';
import {
  buildMenuTemplate,
  maxRecentInMenu,
  menuStateOf,
  shellPlatform,
  type MenuState,
  type ShellPlatform,
} from '../../../electron/main/menu-template';

const state: MenuState = {
  recentWorkspaces: ['/home/li/博客', '/home/li/notes'],
  viewMode: 'split',
  theme: 'dark',
  language: 'zh-CN',
  showPostList: true,
  showFrontMatter: false,
};
const platforms: ShellPlatform[] = ['darwin', 'win32', 'linux'];
const languages = ['en', 'zh-CN'] as const;

function build(platform: ShellPlatform, language: (typeof languages)[number] = 'en') {
  return buildMenuTemplate(createTranslator(language), platform, state);
}

function byId(specs: readonly MenuSpec[], id: string): MenuItemSpec {
  const found = menuItems(specs).find((item) => item.id === id);
  if (found === undefined) {
    throw new Error(`no menu item ${id}`);
  }
  return found;
}

function submenus(specs: readonly MenuSpec[]): SubmenuSpec[] {
  return specs.flatMap((spec) =>
    spec.type === 'submenu' ? [spec, ...submenus(spec.submenu)] : [],
  );
}

const appCommands = (specs: readonly MenuSpec[]): AppCommand[] =>
  menuItems(specs).flatMap((item) => (item.action.kind === 'app' ? [item.action.command] : []));

describe.each(platforms)('application menu on %s', (platform) => {
  const menu = build(platform);

  it('has File, Edit, View, Window and Help (and the app menu first on macOS)', () => {
    const top = menu.map((spec) => (spec.type === 'submenu' ? spec.labelKey : spec.type));
    const expected = [
      'file.menu',
      'edit.menu',
      'format.menu',
      'view.menu',
      'window.menu',
      'help.menu',
    ];
    expect(top).toEqual(platform === 'darwin' ? ['app.name', ...expected] : expected);
  });

  it('gives every item a command', () => {
    for (const item of menuItems(menu)) {
      expect(item.action, item.id).toBeDefined();
      if (item.action.kind === 'role') {
        expect(item.action.role).not.toBe('');
      }
    }
  });

  it('offers every app command of the contract the menu is for', () => {
    const ids = new Set(appCommands(menu).map((command) => command.id));
    for (const id of [
      'newPost',
      'openFolder',
      'openRecent',
      'save',
      'export',
      'exportChanged',
      'togglePreview',
      'toggleFrontMatter',
      'togglePostList',
      'setViewMode',
      'setTheme',
      'setLanguage',
      'find',
      'format',
      'openSettings',
    ] as const) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('offers the editor formatting commands under Format, without accelerators', () => {
    const format = menu.find((spec) => spec.type === 'submenu' && spec.id === 'format');
    const items = format === undefined ? [] : menuItems([format]);
    expect(
      items.map((item) => (item.action.kind === 'app' ? item.action.command : item.action)),
    ).toEqual(
      [
        'bold',
        'italic',
        'strikethrough',
        'code',
        'link',
        'heading1',
        'heading2',
        'heading3',
        'paragraph',
        'bulletList',
        'orderedList',
        'quote',
      ].map((command) => ({ id: 'format', command })),
    );
    expect(items.filter((item) => item.accelerator !== undefined)).toEqual([]);
  });

  it('uses the standard accelerators', () => {
    const standard: Record<string, string> = {
      newPost: 'CmdOrCtrl+N',
      openFolder: 'CmdOrCtrl+O',
      save: 'CmdOrCtrl+S',
      undo: 'CmdOrCtrl+Z',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
      find: 'CmdOrCtrl+F',
      resetZoom: 'CmdOrCtrl+0',
      zoomIn: 'CmdOrCtrl+Plus',
      zoomOut: 'CmdOrCtrl+-',
      minimize: 'CmdOrCtrl+M',
      closeWindow: 'CmdOrCtrl+W',
      redo: { darwin: 'Shift+Command+Z', win32: 'Control+Y', linux: 'Shift+Control+Z' }[platform],
      toggleFullScreen: platform === 'darwin' ? 'Control+Command+F' : 'F11',
    };
    for (const [id, accelerator] of Object.entries(standard)) {
      expect(byId(menu, id).accelerator, id).toBe(accelerator);
    }
  });

  it('never binds one accelerator twice', () => {
    const accelerators = menuItems(menu).flatMap((item) =>
      item.accelerator === undefined ? [] : [item.accelerator.toLowerCase()],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has unique item ids', () => {
    const ids = menuItems(menu).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts Quit where the platform expects it', () => {
    const quit = byId(menu, 'quit');
    expect(quit.action).toEqual({ kind: 'role', role: 'quit' });
    const fileMenu = submenus(menu).find((spec) => spec.id === 'file');
    const quitInFile = menuItems(fileMenu?.submenu ?? []).some((item) => item.id === 'quit');
    expect(quitInFile).toBe(platform !== 'darwin');
    expect(quit.accelerator).toBe(
      { darwin: 'Command+Q', win32: undefined, linux: 'Ctrl+Q' }[platform],
    );
  });

  it.each(languages)('labels every item and submenu from the %s catalog', (language) => {
    const catalog = catalogOf(language);
    const localized = build(platform, language);
    for (const item of menuItems(localized)) {
      if (item.labelKey === null) {
        // Only data is unlabelled by the catalog: the recent folders.
        expect(item.action).toMatchObject({ kind: 'app', command: { id: 'openRecent' } });
        expect(item.label).toBe((item.action as { command: { root: string } }).command.root);
      } else {
        expect(item.label).toBe(catalog[item.labelKey]);
        expect(item.label.trim()).not.toBe('');
      }
    }
    for (const spec of submenus(localized)) {
      expect(spec.label).toBe(catalog[spec.labelKey]);
    }
  });
});

describe('menu state', () => {
  const menu = build('linux');

  it('checks the toggles and radios that are on', () => {
    expect(byId(menu, 'togglePostList').checked).toBe(true);
    expect(byId(menu, 'toggleFrontMatter').checked).toBe(false);
    expect(byId(menu, 'togglePreview').checked).toBe(true);
    expect(byId(menu, 'viewMode-split').checked).toBe(true);
    expect(byId(menu, 'viewMode-editor').checked).toBe(false);
    expect(byId(menu, 'theme-dark').checked).toBe(true);
    expect(byId(menu, 'language-zh-CN').checked).toBe(true);
    expect(byId(menu, 'language-en').checked).toBe(false);
  });

  it('unchecks Preview in editor-only mode', () => {
    const editorOnly = buildMenuTemplate(createTranslator('en'), 'linux', {
      ...state,
      viewMode: 'editor',
    });
    expect(byId(editorOnly, 'togglePreview').checked).toBe(false);
  });

  it('lists recent folders, at most ten, and can clear them', () => {
    expect(byId(menu, 'recent-0').action).toEqual({
      kind: 'app',
      command: { id: 'openRecent', root: '/home/li/博客' },
    });
    expect(byId(menu, 'clearRecent')).toMatchObject({
      enabled: true,
      action: { kind: 'main', action: 'clearRecent' },
    });
    const many = Array.from({ length: 15 }, (_, i) => `/w/${i}`);
    const long = buildMenuTemplate(createTranslator('en'), 'linux', {
      ...state,
      recentWorkspaces: many,
    });
    expect(menuItems(long).filter((item) => item.id.startsWith('recent-'))).toHaveLength(
      maxRecentInMenu,
    );
  });

  it('disables clearing when nothing is recent', () => {
    const empty = buildMenuTemplate(createTranslator('en'), 'linux', {
      ...state,
      recentWorkspaces: [],
    });
    expect(byId(empty, 'clearRecent').enabled).toBe(false);
    expect(menuItems(empty).some((item) => item.id.startsWith('recent-'))).toBe(false);
  });

  it('reads the state from user settings', () => {
    const menuState = menuStateOf(
      {
        recentWorkspaces: ['/a'],
        language: null,
        theme: 'light',
        viewMode: 'preview',
        showPostList: false,
        showFrontMatter: true,
        splitRatio: 0.5,
        postListWidth: 240,
        editorFontSize: 15,
        lineWrapping: true,
        allowRemoteImages: false,
        autosaveDelayMs: 1000,
      },
      'en',
    );
    expect(menuState).toEqual({
      recentWorkspaces: ['/a'],
      viewMode: 'preview',
      theme: 'light',
      language: 'en',
      showPostList: false,
      showFrontMatter: true,
    });
  });

  it('names the file manager after the platform', () => {
    expect(byId(build('darwin'), 'revealWorkspace').labelKey).toBe('file.revealWorkspaceMac');
    expect(byId(build('win32'), 'revealWorkspace').labelKey).toBe('file.revealWorkspaceWindows');
    expect(byId(build('linux'), 'revealWorkspace').labelKey).toBe('file.revealWorkspace');
  });

  it('maps unknown Unix platforms to the Linux conventions', () => {
    expect(shellPlatform('freebsd')).toBe('linux');
    expect(shellPlatform('darwin')).toBe('darwin');
    expect(shellPlatform('win32')).toBe('win32');
  });

  it('marks the macOS Window, Help and Services menus for the system', () => {
    const roles = submenus(build('darwin')).map((spec) => [spec.id, spec.role]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['window', 'window'],
        ['help', 'help'],
        ['services', 'services'],
      ]),
    );
    expect(submenus(build('linux')).some((spec) => spec.role !== undefined)).toBe(false);
  });
});

describe('catalogs', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(catalogOf('zh-CN')).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every label (only names stay the same)', () => {
    const sameInBoth = new Set(['app.name', 'view.language.en', 'view.language.zh-CN']);
    const zh = catalogOf('zh-CN');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (!sameInBoth.has(key)) {
        expect(zh[key], key).not.toBe(en[key]);
        expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('keep the same placeholders in both languages', () => {
    const zh = catalogOf('zh-CN');
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('toMenuItemOptions', () => {
  it('keeps roles with translated labels and routes every other click to dispatch', () => {
    const dispatched: MenuAction[] = [];
    const menu = build('linux', 'zh-CN');
    const options = toMenuItemOptions(menu, (action) => dispatched.push(action));
    const file = options.find((option) => option.id === 'file');
    const fileItems = Array.isArray(file?.submenu) ? file.submenu : [];
    const save = fileItems.find((option) => option.id === 'save');
    expect(save).toMatchObject({ label: '保存', accelerator: 'CmdOrCtrl+S' });
    save?.click?.({} as never, undefined, {});
    expect(dispatched).toEqual([{ kind: 'app', command: { id: 'save' } }]);
    const edit = options.find((option) => option.id === 'edit');
    const editItems = Array.isArray(edit?.submenu) ? edit.submenu : [];
    expect(editItems.find((option) => option.id === 'copy')).toMatchObject({
      role: 'copy',
      label: '复制',
    });
    expect(editItems.find((option) => option.id === 'copy')?.click).toBeUndefined();
  });

  it('carries checkbox and radio state and separators', () => {
    const options = toMenuItemOptions(build('linux'), () => undefined);
    const view = options.find((option) => option.id === 'view');
    const viewItems = Array.isArray(view?.submenu) ? view.submenu : [];
    expect(viewItems.find((option) => option.id === 'togglePostList')).toMatchObject({
      type: 'checkbox',
      checked: true,
    });
    expect(viewItems.some((option) => option.type === 'separator')).toBe(true);
  });
});
