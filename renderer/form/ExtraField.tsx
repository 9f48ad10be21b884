import { useTranslation } from 'react-i18next';
import type { FieldValue, FrontMatterField } from '../../core/post/front-matter-types';
import { ChipsField } from './ChipsField';
import { DateField } from './DateField';
import { SwitchField } from './SwitchField';
import { TextField } from './TextField';

/** Props of a field for a key the form has no dedicated field for. */
export interface ExtraFieldProps {
  field: FrontMatterField;
  disabled: boolean;
  onSet: (value: FieldValue) => void;
  onRemove: () => void;
}

// `\d+(?:\.\d*)?`, not `\d+\.?\d*`: two digit runs that can split a long number every way.
const numberText = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Any other key of the file, with a widget for its type and a remove button. */
export function ExtraField(props: ExtraFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const { field, onSet } = props;
  const label = field.key;
  let widget: React.JSX.Element;
  switch (field.kind) {
    case 'boolean':
      widget = (
        <SwitchField
          label={label}
          checked={field.text === 'true'}
          disabled={props.disabled}
          onChange={(checked) => onSet({ kind: 'boolean', text: String(checked) })}
        />
      );
      break;
    case 'date':
    case 'datetime':
      widget = (
        <DateField
          label={label}
          value={field.text}
          onCommit={(text) =>
            onSet({ kind: field.kind === 'datetime' ? 'datetime' : 'date', text })
          }
        />
      );
      break;
    case 'list':
      widget = (
        <ChipsField
          label={label}
          items={field.items ?? []}
          suggestions={[]}
          disabled={props.disabled}
          onChange={(items) => onSet({ kind: 'list', items })}
        />
      );
      break;
    case 'map':
      widget = (
        <TextField
          label={label}
          value={field.text}
          multiline
          commitOnBlur
          className="source"
          onCommit={(text) => onSet({ kind: 'source', text })}
        />
      );
      break;
    case 'number':
      widget = (
        <TextField
          label={label}
          value={field.text}
          inputMode="decimal"
          onCommit={(text) => onSet({ kind: numberText.test(text) ? 'number' : 'string', text })}
        />
      );
      break;
    default:
      widget = (
        <TextField
          label={label}
          value={field.text}
          onCommit={(text) => onSet({ kind: 'string', text })}
        />
      );
  }
  return (
    <div
      className={field.kind === 'map' || field.kind === 'list' ? 'extra-field wide' : 'extra-field'}
    >
      {widget}
      <button
        type="button"
        className="icon-button remove-field"
        aria-label={t('form:removeField', { key: field.key })}
        title={t('form:removeField', { key: field.key })}
        onClick={props.onRemove}
      >
        ×
      </button>
    </div>
  );
}
