import { useEffect, useId, useRef } from 'react';
import { dateShape, fromInputValue, toInputValue } from './date-format';

/** Props of a date field. */
export interface DateFieldProps {
  label: string;
  /** The date as written in the file ('' when the key is missing). */
  value: string;
  onCommit: (value: string) => void;
  disabled?: boolean;
  /** Grid placement in the form (e.g. 'span-2'). */
  className?: string;
}

/**
 * A date or date-time picker that writes back in the shape the file uses (separator, seconds,
 * time zone); a date in any other shape is edited as text.
 *
 * The input is uncontrolled (re-created when the file's value changes) and listens to the native
 * `change` event: a picker sets its value without React's onChange seeing it, and a controlled
 * input would snap back to the old value before the change arrives.
 */
export function DateField(props: DateFieldProps): React.JSX.Element {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const shape = props.value === '' ? ({ kind: 'date' } as const) : dateShape(props.value);
  const shown = toInputValue(props.value, shape);
  const type =
    shape.kind === 'date' ? 'date' : shape.kind === 'datetime' ? 'datetime-local' : 'text';
  const commitRef = useRef<(value: string) => void>(() => undefined);
  useEffect(() => {
    commitRef.current = (value) => {
      if (value !== '' && value !== shown) {
        props.onCommit(shape.kind === 'other' ? value : fromInputValue(value, shape));
      }
    };
  });
  useEffect(() => {
    const input = inputRef.current;
    if (input === null) {
      return;
    }
    const onChange = (): void => commitRef.current(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [shown, type]);

  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="field-row">
        <input
          key={`${type}:${shown}`}
          ref={inputRef}
          id={id}
          className="input"
          type={type}
          step={shape.kind === 'datetime' && shape.seconds ? 1 : undefined}
          defaultValue={shown}
          disabled={props.disabled}
        />
        {shape.kind === 'datetime' && shape.zone !== '' && (
          <span className="field-suffix">{shape.zone.trim()}</span>
        )}
      </div>
    </div>
  );
}
