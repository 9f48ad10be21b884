import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialogs/Dialog';
import { allShortcuts, keyOf, shortcutText } from './shortcut-list';

/** The "Keyboard shortcuts" dialog: every editor shortcut, spelled for this platform. */
export function ShortcutsDialog(props: { mac: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor');
  return (
    <Dialog title={t('shortcuts.title')} onCancel={props.onClose} className="shortcuts-dialog">
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {allShortcuts.map((entry) => (
            <tr key={entry.key}>
              <td>{t(entry.labelKey)}</td>
              <td>
                <kbd>{shortcutText(keyOf(entry, props.mac), props.mac)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" className="button primary" onClick={props.onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}
