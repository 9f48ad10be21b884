import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValue } from '../../core/post/front-matter-types';
import { today } from './date-format';

/** Props of the "Add field" row. */
export interface AddFieldRowProps {
  existing: readonly string[];
  disabled: boolean;
  onAdd: (key: string, value: FieldValue) => void;
}

type NewFieldKind = 'string' | 'number' | 'boolean' | 'date' | 'list';
const kinds: readonly NewFieldKind[] = ['string', 'number', 'boolean', 'date', 'list'];

function initialValue(kind: NewFieldKind): FieldValue {
  switch (kind) {
    case 'list':
      return { kind: 'list', items: [] };
    case 'number':
      return { kind: 'number', text: '0' };
    case 'boolean':
      return { kind: 'boolean', text: 'false' };
    case 'date':
      return { kind: 'date', text: today() };
    default:
      return { kind: 'string', text: '' };
  }
}

/** "Add field": a key name and a type; the key is added to the front matter. */
export function AddFieldRow(props: AddFieldRowProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [kind, setKind] = useState<NewFieldKind>('string');
  const trimmed = key.trim();
  const problem =
    trimmed === ''
      ? null
      : props.existing.includes(trimmed)
        ? t('form:keyExists', { key: trimmed })
        : null;

  if (!isOpen) {
    return (
      <div className="add-field wide">
        <button
          type="button"
          className="button small"
          disabled={props.disabled}
          onClick={() => setOpen(true)}
        >
          {t('form:addField')}
        </button>
      </div>
    );
  }
  const add = (): void => {
    if (trimmed === '' || problem !== null) {
      return;
    }
    props.onAdd(trimmed, initialValue(kind));
    setKey('');
    setOpen(false);
  };
  return (
    <div className="add-field wide" role="group" aria-label={t('form:addField')}>
      <label className="field">
        <span className="field-label">{t('form:newKey')}</span>
        <input
          className="input"
          autoFocus
          value={key}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? `${id}-problem` : undefined}
          onChange={(event) => setKey(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              add();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
            }
          }}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('form:newKind')}</span>
        <select
          className="select"
          value={kind}
          onChange={(event) => setKind(event.target.value as NewFieldKind)}
        >
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`form:kind_${value}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="add-field-buttons">
        <button type="button" className="button small" onClick={() => setOpen(false)}>
          {t('common:cancel')}
        </button>
        <button
          type="button"
          className="button small primary"
          disabled={trimmed === '' || problem !== null}
          onClick={add}
        >
          {t('form:add')}
        </button>
      </div>
      {problem !== null && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
