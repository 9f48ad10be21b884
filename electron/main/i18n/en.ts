/**
 * English labels of the main process: native menus, the context menu and native dialogs.
 *
 * The main process cannot use the renderer's i18next catalogs (it may not import the renderer), so
 * it keeps this small one. `zh-cn.ts` is typed against it, so a missing translation fails the build.
 */
export const en = {
  'app.name': 'Postwright',
  'app.about': 'About Postwright',
  'app.settings': 'Settings…',
  'app.services': 'Services',
  'app.hide': 'Hide Postwright',
  'app.hideOthers': 'Hide Others',
  'app.unhide': 'Show All',
  'app.quit': 'Quit Postwright',

  'file.menu': 'File',
  'file.newPost': 'New Post',
  'file.openFolder': 'Open Folder…',
  'file.settings': 'Settings…',
  'file.openRecent': 'Open Recent',
  'file.clearRecent': 'Clear Recently Opened',
  'file.save': 'Save',
  'file.export': 'Export…',
  'file.exportChanged': 'Export Changed Posts',
  'file.revealWorkspace': 'Show Workspace in File Manager',
  'file.revealWorkspaceMac': 'Show Workspace in Finder',
  'file.revealWorkspaceWindows': 'Show Workspace in Explorer',
  'file.closeWindow': 'Close Window',
  'file.exit': 'Exit',
  'file.quit': 'Quit',

  'edit.menu': 'Edit',
  'edit.undo': 'Undo',
  'edit.redo': 'Redo',
  'edit.cut': 'Cut',
  'edit.copy': 'Copy',
  'edit.paste': 'Paste',
  'edit.pasteAndMatchStyle': 'Paste and Match Style',
  'edit.selectAll': 'Select All',
  'edit.find': 'Find…',
  'edit.addToDictionary': 'Add to Dictionary',

  'format.menu': 'Format',
  'format.bold': 'Bold',
  'format.italic': 'Italic',
  'format.strikethrough': 'Strikethrough',
  'format.code': 'Inline Code',
  'format.link': 'Link…',
  'format.heading1': 'Heading 1',
  'format.heading2': 'Heading 2',
  'format.heading3': 'Heading 3',
  'format.paragraph': 'Paragraph',
  'format.bulletList': 'Bulleted List',
  'format.orderedList': 'Numbered List',
  'format.quote': 'Quote',

  'view.menu': 'View',
  'view.postList': 'Post List',
  'view.frontMatter': 'Front Matter',
  'view.preview': 'Preview',
  'view.mode.editor': 'Editor Only',
  'view.mode.split': 'Editor and Preview',
  'view.mode.preview': 'Preview Only',
  'view.actualSize': 'Actual Size',
  'view.zoomIn': 'Zoom In',
  'view.zoomOut': 'Zoom Out',
  'view.theme': 'Theme',
  'view.theme.system': 'Same as System',
  'view.theme.light': 'Light',
  'view.theme.dark': 'Dark',
  'view.language': 'Language',
  'view.language.en': 'English',
  'view.language.zh-CN': '简体中文',
  'view.toggleFullScreen': 'Toggle Full Screen',
  'view.toggleDevTools': 'Toggle Developer Tools',

  'window.menu': 'Window',
  'window.minimize': 'Minimize',
  'window.zoom': 'Zoom',
  'window.front': 'Bring All to Front',

  'help.menu': 'Help',
  'help.showSettingsFolder': 'Show Settings Folder',

  'dialog.chooseFolder.title': 'Choose a Folder',
  'dialog.chooseFolder.button': 'Choose',
  'dialog.unsaved.message': 'Postwright could not save your changes.',
  'dialog.unsaved.detail':
    'If you quit now, the changes made since the last save are not written to the post. A copy is kept for recovery the next time Postwright starts.',
  'dialog.unsaved.quit': 'Quit Without Saving',
  'dialog.unsaved.cancel': 'Cancel',
  'dialog.crashed.message': 'The Postwright window stopped working.',
  'dialog.crashed.detail':
    'Reload the window to continue. Unsaved text is offered back from the recovery journal.',
  'dialog.crashed.reload': 'Reload',
  'dialog.crashed.close': 'Close',
  'dialog.unresponsive.message': 'Postwright is not responding.',
  'dialog.unresponsive.detail':
    'You can wait for it, or reload the window. Unsaved text is offered back from the recovery journal.',
  'dialog.unresponsive.wait': 'Wait',
  'dialog.unresponsive.reload': 'Reload',
  'dialog.openFailed.message': 'Postwright could not open “{path}”.',
  'dialog.startFailed.message': 'Postwright could not start.',
} as const;

/** A key of the main process's catalog. */
export type MessageKey = keyof typeof en;
