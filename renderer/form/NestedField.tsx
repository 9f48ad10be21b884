import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of a field whose value the form cannot edit without losing part of it. */
export interface NestedFieldProps {
  label: string;
  /** The value summarized: one label per item or `key: value` pair. */
  labels: readonly string[];
  /** Grid placement in the form (e.g. 'span-2'). */
  className?: string;
}

/**
 * A read-only view of a nested value (a mapping, a list holding lists or mappings) under a key the
 * form shows as a simple field: the form never writes it, so nothing of it can be replaced.
 */
export function NestedField(props: NestedFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div
      className={`field ${props.className ?? ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-note`}
    >
      <span className="field-label" id={`${id}-label`}>
        {props.label}
      </span>
      <ul className="chips" aria-label={props.label} style={{ margin: 0, listStyle: 'none' }}>
        {props.labels.map((label, index) => (
          <li key={index} className="chip">
            {label}
          </li>
        ))}
      </ul>
      <span className="form-error-hint" id={`${id}-note`}>
        {t('form:nestedNote')}
      </span>
    </div>
  );
}
