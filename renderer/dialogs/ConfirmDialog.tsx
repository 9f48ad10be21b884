import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Props of a yes/no dialog. */
export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks the user to confirm one action. */
export function ConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <Dialog title={props.title} onCancel={props.onCancel} describedBy={bodyId}>
      <div id={bodyId} className="dialog-body">
        {props.children}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="button" autoFocus onClick={props.onCancel}>
          {t('common:cancel')}
        </button>
        <button type="button" className="button primary" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
