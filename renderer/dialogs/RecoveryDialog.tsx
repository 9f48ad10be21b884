import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../core/api';
import { Dialog } from './Dialog';

/** Props of the crash-recovery dialog. */
export interface RecoveryDialogProps {
  entry: JournalEntry;
  onRestore: () => void;
  onDiscard: () => void;
  /** Closes without deciding: the journal stays for the next start. */
  onLater: () => void;
}

/** Offers back the unsaved text of a post that survived a crash. */
export function RecoveryDialog(props: RecoveryDialogProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const when = new Date(props.entry.savedAt);
  const whenText = Number.isNaN(when.getTime())
    ? props.entry.savedAt
    : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        when,
      );
  return (
    <Dialog title={t('app:recoveryTitle')} onCancel={props.onLater} describedBy="recovery-body">
      <p id="recovery-body" className="dialog-body">
        {t('app:recoveryBody', { path: props.entry.path, when: whenText })}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={props.onDiscard}>
          {t('app:recoveryDiscard')}
        </button>
        <button type="button" className="button primary" autoFocus onClick={props.onRestore}>
          {t('app:recoveryRestore')}
        </button>
      </div>
    </Dialog>
  );
}
