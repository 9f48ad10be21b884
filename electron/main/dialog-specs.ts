/**
 * The native dialogs' options, translated, and which answer means what.
 *
 * Buttons are listed with the safe choice as `cancelId` (Escape), so a stray key never discards.
 */
import type { MessageBoxSyncOptions, OpenDialogOptions, RenderProcessGoneDetails } from 'electron';
import type { Translate } from './i18n/translate';

/** A message box and the index of the button that carries out its action. */
export interface ConfirmDialog {
  options: MessageBoxSyncOptions;
  /** The button that discards / reloads. */
  actionButton: number;
}

/** The folder picker (Open Folder…, an export target). */
export function chooseFolderDialog(t: Translate): OpenDialogOptions {
  return {
    title: t('dialog.chooseFolder.title'),
    buttonLabel: t('dialog.chooseFolder.button'),
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** Asked when a window still has unsaved changes after trying to save them on close. */
export function unsavedChangesDialog(t: Translate): ConfirmDialog {
  return {
    options: {
      type: 'warning',
      message: t('dialog.unsaved.message'),
      detail: t('dialog.unsaved.detail'),
      buttons: [t('dialog.unsaved.cancel'), t('dialog.unsaved.quit')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    },
    actionButton: 1,
  };
}

/** Offered when the window's renderer process died. */
export function crashedDialog(t: Translate): ConfirmDialog {
  return {
    options: {
      type: 'error',
      message: t('dialog.crashed.message'),
      detail: t('dialog.crashed.detail'),
      buttons: [t('dialog.crashed.reload'), t('dialog.crashed.close')],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    },
    actionButton: 0,
  };
}

/** Offered when the window stopped responding. */
export function unresponsiveDialog(t: Translate): ConfirmDialog {
  return {
    options: {
      type: 'warning',
      message: t('dialog.unresponsive.message'),
      detail: t('dialog.unresponsive.detail'),
      buttons: [t('dialog.unresponsive.wait'), t('dialog.unresponsive.reload')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    },
    actionButton: 1,
  };
}

/**
 * Whether a gone renderer deserves the reload offer: a clean exit is the window closing, anything
 * else (crash, out of memory, killed) lost the page, and its unsaved text is in the journal.
 */
export function offersReloadAfter(reason: RenderProcessGoneDetails['reason']): boolean {
  return reason !== 'clean-exit';
}
