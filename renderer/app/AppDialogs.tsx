import { useTranslation } from 'react-i18next';
import type { ApiError, PostwrightHost, WorkspacePath } from '../../core/api';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { ConflictDialog } from '../dialogs/ConflictDialog';
import { PromptDialog } from '../dialogs/PromptDialog';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { ExportDialog } from '../export/ExportDialog';
import type { DocumentSession } from '../document/document-session';
import type { SessionSnapshot } from '../document/session-types';
import { errorMessage } from './error-message';
import { splitPath, type PostActions } from './use-post-actions';
import type { JournalRecovery } from './use-journal-recovery';

/** A dialog of the app (besides the post dialogs, the conflict and the recovery). */
export type AppDialog =
  | { kind: 'openLink'; url: string }
  | { kind: 'openFolder' }
  | { kind: 'export'; changedOnly: boolean }
  | null;

/** Props of the dialog layer. */
export interface AppDialogsProps {
  host: PostwrightHost;
  session: DocumentSession;
  snapshot: SessionSnapshot;
  dialog: AppDialog;
  onCloseDialog: () => void;
  actions: PostActions;
  recovery: JournalRecovery;
  openPath: WorkspacePath | null;
  openWorkspace: (root: string) => Promise<ApiError | null>;
}

/** Every modal dialog of the window; the most urgent one is shown. */
export function AppDialogs(props: AppDialogsProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const { session, snapshot, dialog, actions, recovery } = props;

  if (snapshot.conflict !== null) {
    return (
      <ConflictDialog
        conflict={snapshot.conflict}
        onKeepMine={() => void session.resolveConflict('mine')}
        onTakeDisk={() => void session.resolveConflict('disk')}
      />
    );
  }
  if (actions.dialog?.kind === 'new') {
    return (
      <PromptDialog
        title={t('app:newPostTitle')}
        label={t('app:newPostLabel')}
        initialValue=""
        confirmLabel={t('app:create')}
        onSubmit={actions.createPost}
        onCancel={actions.closeDialog}
      />
    );
  }
  if (actions.dialog?.kind === 'rename') {
    const entry = actions.dialog.entry;
    const { name } = splitPath(entry.path);
    return (
      <PromptDialog
        title={t('app:renameTitle', { title: entry.title })}
        label={t('app:renameLabel')}
        initialValue={name}
        selectLength={name.replace(/\.(md|markdown)$/i, '').length}
        confirmLabel={t('app:rename')}
        onSubmit={(value) => actions.renamePost(entry, value)}
        onCancel={actions.closeDialog}
      />
    );
  }
  if (dialog?.kind === 'openLink') {
    return (
      <ConfirmDialog
        title={t('app:openLinkTitle')}
        confirmLabel={t('app:openLinkConfirm')}
        onCancel={props.onCloseDialog}
        onConfirm={() => {
          // Electron's shell turns this into the system browser; a browser opens a tab with no opener.
          window.open(dialog.url, '_blank', 'noopener,noreferrer');
          props.onCloseDialog();
        }}
      >
        <p>{t('app:openLinkBody')}</p>
        <p className="link-destination">
          <code>{dialog.url}</code>
        </p>
      </ConfirmDialog>
    );
  }
  if (dialog?.kind === 'openFolder') {
    return (
      <PromptDialog
        title={t('app:openFolderTitle')}
        label={t('app:openFolderLabel')}
        initialValue=""
        confirmLabel={t('common:open')}
        onSubmit={async (root) => {
          if (!(await session.flush())) {
            return t('status:dirty');
          }
          const error = await props.openWorkspace(root);
          if (error !== null) {
            return errorMessage(error, t);
          }
          session.close();
          props.onCloseDialog();
          return null;
        }}
        onCancel={props.onCloseDialog}
      />
    );
  }
  if (dialog?.kind === 'export') {
    return (
      <ExportDialog
        host={props.host}
        open
        onClose={props.onCloseDialog}
        paths={props.openPath === null ? [] : [props.openPath]}
        changedOnly={dialog.changedOnly}
        currentText={() => session.text.get()}
        beforePlan={() => session.flush()}
      />
    );
  }
  if (recovery.current !== null) {
    const entry = recovery.current;
    return (
      <RecoveryDialog
        entry={entry}
        onRestore={() => {
          recovery.restore();
          actions.openRecovered(entry);
        }}
        onDiscard={recovery.discard}
        onLater={recovery.later}
      />
    );
  }
  return null;
}
