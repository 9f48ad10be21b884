import { useId } from 'react';
import { dateShape, fromInputValue, toInputValue } from './date-format';

/** Props of a date field. */
export interface DateFieldProps {
  label: string;
  /** The date as written in the file ('' when the key is missing). */
  value: string;
  onCommit: (value: string) => void;
  disabled?: boolean;
}

/**
 * A date or date-time picker that writes back in the shape the file uses (separator, seconds,
 * time zone); a date in any other shape is edited as text.
 */
export function DateField(props: DateFieldProps): React.JSX.Element {
  const id = useId();
  const shape = props.value === '' ? ({ kind: 'date' } as const) : dateShape(props.value);
  const type =
    shape.kind === 'date' ? 'date' : shape.kind === 'datetime' ? 'datetime-local' : 'text';
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="field-row">
        <input
          id={id}
          className="input"
          type={type}
          step={shape.kind === 'datetime' && shape.seconds ? 1 : undefined}
          value={toInputValue(props.value, shape)}
          disabled={props.disabled}
          onChange={(event) => {
            const value = event.target.value;
            if (value !== '') {
              props.onCommit(shape.kind === 'other' ? value : fromInputValue(value, shape));
            }
          }}
        />
        {shape.kind === 'datetime' && shape.zone !== '' && (
          <span className="field-suffix">{shape.zone.trim()}</span>
        )}
      </div>
    </div>
  );
}
