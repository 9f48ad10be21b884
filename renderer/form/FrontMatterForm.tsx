import { useTranslation } from 'react-i18next';
import type { SlugStyle, WorkspacePath } from '../../core/api';
import type { FieldValue, FrontMatterField, ParsedPost } from '../../core/post/front-matter-types';
import { AddFieldRow } from './AddFieldRow';
import { ChipsField } from './ChipsField';
import { DateField } from './DateField';
import { ExtraField } from './ExtraField';
import { SwitchField } from './SwitchField';
import { TextField } from './TextField';
import { suggestPermalink } from './permalink';

/** Props of the front-matter form. */
export interface FrontMatterFormProps {
  parsed: ParsedPost;
  postPath: WorkspacePath;
  slugStyle: SlugStyle;
  allTags: readonly string[];
  allCategories: readonly string[];
  /** Writes one key through the codec (only that key's lines change). */
  onSet: (key: string, value: FieldValue) => void;
  onRemove: (key: string) => void;
}

/** The keys the form shows as its own fields; every other key is an extra field. */
export const standardKeys = [
  'title',
  'date',
  'tags',
  'categories',
  'permalink',
  'draft',
  'excerpt',
  'layout',
];

/** The front matter as a form ("Front matter"): standard fields, extra keys, Add field. */
export function FrontMatterForm(props: FrontMatterFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const { parsed, onSet } = props;
  const isReadOnly = parsed.error !== null;
  const byKey = new Map(parsed.fields.map((field) => [field.key, field]));
  const text = (key: string): string => byKey.get(key)?.text ?? '';
  const list = (key: string): string[] => listItems(byKey.get(key));
  const setText = (key: string, value: string): void => {
    const kind = byKey.get(key)?.kind;
    onSet(key, { kind: kind === 'date' || kind === 'datetime' ? kind : 'string', text: value });
  };
  const title = text('title');
  const date = text('date');
  const extras = parsed.fields.filter((field) => !standardKeys.includes(field.key));
  const error = parsed.error;

  return (
    <form
      className="front-matter-form"
      aria-label={t('form:frontMatter')}
      onSubmit={(event) => event.preventDefault()}
    >
      {error !== null && (
        <div className="form-error" role="alert">
          <strong>{t('form:invalidTitle')}</strong>
          <span>
            {error.line === null
              ? error.message
              : t('form:invalidAt', {
                  line: error.line,
                  column: error.column ?? 1,
                  message: error.message,
                })}
          </span>
          <span className="form-error-hint">{t('form:invalidHint')}</span>
        </div>
      )}
      {/* Broken front matter: no fields to show (the text is in the editor, untouched). */}
      <fieldset className="form-fields" disabled={isReadOnly} hidden={isReadOnly}>
        <TextField
          label={t('form:title')}
          value={title}
          onCommit={(value) => setText('title', value)}
          className="span-3"
        />
        <DateField
          label={t('form:date')}
          value={date}
          onCommit={(value) => setText('date', value)}
          className="span-1"
        />
        <ChipsField
          label={t('form:tags')}
          items={list('tags')}
          suggestions={props.allTags}
          disabled={isReadOnly}
          className="span-2"
          onChange={(items) => onSet('tags', { kind: 'list', items })}
        />
        <ChipsField
          label={t('form:categories')}
          items={list('categories')}
          suggestions={props.allCategories}
          disabled={isReadOnly}
          className="span-2"
          onChange={(items) => onSet('categories', { kind: 'list', items })}
        />
        <TextField
          label={t('form:permalink')}
          value={text('permalink')}
          onCommit={(value) => setText('permalink', value)}
          className="span-3"
          action={
            <button
              type="button"
              className="button small"
              onClick={() =>
                setText('permalink', suggestPermalink(date, props.postPath, title, props.slugStyle))
              }
            >
              {t('form:suggest')}
            </button>
          }
        />
        <TextField
          label={t('form:layout')}
          value={text('layout')}
          onCommit={(value) => setText('layout', value)}
          className="span-1"
        />
        <TextField
          label={t('form:excerpt')}
          value={text('excerpt')}
          multiline
          onCommit={(value) => setText('excerpt', value)}
          className="span-3"
        />
        <SwitchField
          label={t('form:draft')}
          checked={text('draft') === 'true'}
          disabled={isReadOnly}
          className="span-1"
          onChange={(checked) => onSet('draft', { kind: 'boolean', text: String(checked) })}
        />
        {extras.length > 0 && <h3 className="form-subheading wide">{t('form:otherFields')}</h3>}
        {extras.map((field) => (
          <ExtraField
            key={field.key}
            field={field}
            disabled={isReadOnly}
            onSet={(value) => onSet(field.key, value)}
            onRemove={() => props.onRemove(field.key)}
          />
        ))}
        <AddFieldRow existing={[...byKey.keys()]} disabled={isReadOnly} onAdd={onSet} />
      </fieldset>
    </form>
  );
}

/** A list field's items; a plain string (Jekyll's `tags: a b`) is read as space-separated items. */
function listItems(field: FrontMatterField | undefined): string[] {
  if (field === undefined) {
    return [];
  }
  if (field.items !== null) {
    return field.items;
  }
  return field.kind === 'string' ? field.text.split(/\s+/).filter((item) => item !== '') : [];
}
