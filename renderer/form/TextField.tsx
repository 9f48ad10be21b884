import { useId, useRef, useState } from 'react';

/** Props of a one-line (or multi-line) text field of the form. */
export interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  /** Commit only on blur (for source text that is invalid while being typed). */
  commitOnBlur?: boolean;
  disabled?: boolean;
  inputMode?: 'text' | 'decimal';
  placeholder?: string;
  /** Something after the input (e.g. the "Suggest" button). */
  action?: React.ReactNode;
  className?: string;
}

/**
 * A text field that follows the file but never fights the typist: while it has focus it shows
 * what is being typed, and each change is written into the post at once. An input method's
 * composition is written once it ends: the half-typed pinyin never reaches the post (or a save).
 */
export function TextField(props: TextFieldProps): React.JSX.Element {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? props.value;
  const isComposing = useRef(false);
  const commitTyped = (value: string): void => {
    if (props.commitOnBlur !== true && !isComposing.current) {
      props.onCommit(value);
    }
  };
  const common = {
    id,
    className: props.multiline === true ? 'input textarea' : 'input',
    value: shown,
    disabled: props.disabled,
    placeholder: props.placeholder,
    onFocus: () => setDraft(props.value),
    onBlur: () => {
      if (props.commitOnBlur === true && draft !== null && draft !== props.value) {
        props.onCommit(draft);
      }
      setDraft(null);
    },
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(event.target.value);
      commitTyped(event.target.value);
    },
    onCompositionStart: () => {
      isComposing.current = true;
    },
    onCompositionEnd: (event: React.CompositionEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      isComposing.current = false;
      commitTyped(event.currentTarget.value);
    },
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="field-row">
        {props.multiline === true ? (
          <textarea {...common} rows={2} spellCheck={false} />
        ) : (
          <input {...common} inputMode={props.inputMode} />
        )}
        {props.action}
      </div>
    </div>
  );
}
