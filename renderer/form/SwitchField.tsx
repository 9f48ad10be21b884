import { useId } from 'react';

/** Props of an on/off field. */
export interface SwitchFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Grid placement in the form (e.g. 'span-2'). */
  className?: string;
}

/** An on/off switch (role switch), e.g. Draft. */
export function SwitchField(props: SwitchFieldProps): React.JSX.Element {
  const id = useId();
  return (
    <div className={`field field-switch ${props.className ?? ''}`}>
      <span className="field-label" id={id}>
        {props.label}
      </span>
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={props.checked}
        aria-labelledby={id}
        disabled={props.disabled}
        onClick={() => props.onChange(!props.checked)}
      >
        <span className="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
