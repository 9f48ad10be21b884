import { useTranslation } from 'react-i18next';
import type { Toast } from './use-toasts';

/** Props of the toast area. */
export interface ToastsProps {
  toasts: readonly Toast[];
  onDismiss: (id: number) => void;
}

/** The messages area: announced politely, each with its action and a close button. */
export function Toasts(props: ToastsProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="toasts" aria-label={t('app:notifications')} aria-live="polite">
      {props.toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`}>
          <span className="toast-message">{toast.message}</span>
          {toast.action !== undefined && (
            <button
              type="button"
              className="button small primary"
              onClick={() => {
                toast.action?.run();
                props.onDismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('common:dismiss')}
            onClick={() => props.onDismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
