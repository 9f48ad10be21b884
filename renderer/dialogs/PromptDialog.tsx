import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Props of a dialog asking for one line of text. */
export interface PromptDialogProps {
  title: string;
  label: string;
  initialValue: string;
  confirmLabel: string;
  /** Resolves an error message to show, or null when done (the caller closes the dialog). */
  onSubmit: (value: string) => Promise<string | null>;
  onCancel: () => void;
  /** Selects only this part of the initial value (e.g. a file name without its extension). */
  selectLength?: number;
}

/** Asks for one line of text (a new post's title, a new file name). */
export function PromptDialog(props: PromptDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (value.trim() === '' || busy) {
      return;
    }
    setBusy(true);
    const message = await props.onSubmit(value.trim());
    setBusy(false);
    setError(message);
  };

  return (
    <Dialog title={props.title} onCancel={props.onCancel}>
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="field-label">{props.label}</span>
          <input
            className="input"
            autoFocus
            value={value}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? 'prompt-error' : undefined}
            onFocus={(event) => {
              const end = props.selectLength ?? event.target.value.length;
              event.target.setSelectionRange(0, end);
            }}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
        </label>
        {error !== null && (
          <p id="prompt-error" className="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={props.onCancel}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="button primary" disabled={value.trim() === '' || busy}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
