import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of a list field edited as chips. */
export interface ChipsFieldProps {
  label: string;
  items: readonly string[];
  /** Values offered while typing (e.g. every tag of the workspace). */
  suggestions: readonly string[];
  onChange: (items: string[]) => void;
  disabled?: boolean;
  /** Grid placement in the form (e.g. 'span-2'). */
  className?: string;
}

const maxSuggestions = 8;

/** A list of values as chips, with a combobox that autocompletes from the workspace's values. */
export function ChipsField(props: ChipsFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { items, suggestions } = props;

  const matches = useMemo(() => {
    const needle = input.trim().toLowerCase();
    return suggestions
      .filter((value) => !items.includes(value) && value.toLowerCase().includes(needle))
      .sort(
        (a, b) =>
          Number(!a.toLowerCase().startsWith(needle)) - Number(!b.toLowerCase().startsWith(needle)),
      )
      .slice(0, maxSuggestions);
  }, [input, items, suggestions]);
  const expanded = open && matches.length > 0;

  const add = (value: string): void => {
    const trimmed = value.trim();
    setInput('');
    setActive(-1);
    if (trimmed !== '' && !items.includes(trimmed)) {
      props.onChange([...items, trimmed]);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        matches.length === 0 ? -1 : (current + step + matches.length) % matches.length,
      );
    } else if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      const chosen = expanded && active >= 0 ? matches[active] : undefined;
      if (chosen !== undefined || input.trim() !== '') {
        event.preventDefault();
        add(chosen ?? input);
      }
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && input === '' && items.length > 0) {
      props.onChange(items.slice(0, -1));
    }
  };

  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field-label" id={`${id}-label`} htmlFor={`${id}-input`}>
        {props.label}
      </label>
      <div className="chips" data-disabled={props.disabled === true}>
        {items.map((item) => (
          <span key={item} className="chip">
            <span>{item}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('form:removeItem', { item })}
              disabled={props.disabled}
              onClick={() => props.onChange(items.filter((value) => value !== item))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={`${id}-input`}
          className="chips-input"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          placeholder={items.length === 0 ? t('form:addItemPlaceholder') : ''}
          value={input}
          disabled={props.disabled}
          onChange={(event) => {
            setInput(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (input.trim() !== '') {
              add(input);
            }
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('form:suggestionsFor', { label: props.label })}
        className="suggestions"
        hidden={!expanded}
      >
        {matches.map((value, index) => (
          <li
            key={value}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className="suggestion"
            // mousedown, not click: the input must not blur (and add the typed text) first.
            onMouseDown={(event) => {
              event.preventDefault();
              add(value);
            }}
          >
            {value}
          </li>
        ))}
      </ul>
    </div>
  );
}
