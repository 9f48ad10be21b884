import { useTranslation } from 'react-i18next';
import type { SlugStyle, WorkspacePath } from '../../core/api';
import type { FieldValue, ParsedPost } from '../../core/post/front-matter-types';
import { dateKeyOf } from '../../core/post/index-fields';
import { AddFieldRow } from './AddFieldRow';
import { ChipsField } from './ChipsField';
import { DateField } from './DateField';
import { ExtraField } from './ExtraField';
import { FrontMatterErrorAlert } from './FrontMatterErrorAlert';
import { NestedField } from './NestedField';
import { SwitchField } from './SwitchField';
import { TextField } from './TextField';
import { canToggleDraft, draftEdits, isDraftPost } from './draft-edit';
import { hierarchyEdit, hierarchyList } from './hierarchy-list';
import { chipItems, holdsScalar, valueLabels } from './nested-value';
import { slugModule, suggestPermalink } from './permalink';
import { useLazyModule } from '../lazy/use-lazy-module';

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
  const slug = useLazyModule(slugModule);
  const isReadOnly = parsed.error !== null;
  const byKey = new Map(parsed.fields.map((field) => [field.key, field]));
  const text = (key: string): string => byKey.get(key)?.text ?? '';
  const setText = (key: string, value: string): void => {
    const kind = byKey.get(key)?.kind;
    onSet(key, { kind: kind === 'date' || kind === 'datetime' ? kind : 'string', text: value });
  };
  const title = holdsScalar(byKey.get('title')) ? text('title') : '';
  // Astro's schemas name it pubDate or pubDatetime: the Date field edits the key the post has.
  const dateKey = dateKeyOf((key) => byKey.has(key));
  const date = holdsScalar(byKey.get(dateKey)) ? text(dateKey) : '';
  const extras = parsed.fields.filter(
    (field) => !standardKeys.includes(field.key) && field.key !== dateKey,
  );
  const error = parsed.error;
  // A key holding a nested value is shown read-only: writing the field would replace the value.
  const nested = (key: string, label: string, className: string): React.JSX.Element | null =>
    holdsScalar(byKey.get(key)) ? null : (
      <NestedField label={label} labels={valueLabels(parsed.data[key])} className={className} />
    );
  const chips = (key: string, label: string, suggestions: readonly string[]): React.JSX.Element => {
    const items = chipItems(byKey.get(key));
    const hierarchy = items === null ? hierarchyList(parsed, key) : null;
    if (items === null && hierarchy === null) {
      return (
        <NestedField label={label} labels={valueLabels(parsed.data[key])} className="span-2" />
      );
    }
    return (
      <ChipsField
        label={label}
        items={items ?? hierarchy?.labels ?? []}
        suggestions={suggestions}
        disabled={isReadOnly}
        className="span-2"
        onChange={(next) => {
          const value =
            hierarchy === null
              ? { kind: 'list' as const, items: next }
              : hierarchyEdit(hierarchy, next);
          if (value !== null) {
            onSet(key, value);
          }
        }}
      />
    );
  };

  return (
    <form
      className="front-matter-form"
      aria-label={t('form:frontMatter')}
      onSubmit={(event) => event.preventDefault()}
    >
      {error !== null && <FrontMatterErrorAlert error={error} />}
      {/* Broken front matter: no fields to show (the text is in the editor, untouched). */}
      <fieldset className="form-fields" disabled={isReadOnly} hidden={isReadOnly}>
        {nested('title', t('form:title'), 'span-3') ?? (
          <TextField
            label={t('form:title')}
            value={title}
            onCommit={(value) => setText('title', value)}
            className="span-3"
          />
        )}
        {nested(dateKey, t('form:date'), 'span-1') ?? (
          <DateField
            label={t('form:date')}
            value={date}
            onCommit={(value) => setText(dateKey, value)}
            className="span-1"
          />
        )}
        {chips('tags', t('form:tags'), props.allTags)}
        {chips('categories', t('form:categories'), props.allCategories)}
        {nested('permalink', t('form:permalink'), 'span-3') ?? (
          <TextField
            label={t('form:permalink')}
            value={text('permalink')}
            onCommit={(value) => setText('permalink', value)}
            className="span-3"
            action={
              <button
                type="button"
                className="button small"
                // Enabled once the slug maker has loaded (when the form is first idle).
                disabled={slug === null}
                onClick={() => {
                  if (slug !== null) {
                    setText(
                      'permalink',
                      suggestPermalink(
                        date,
                        props.postPath,
                        title,
                        props.slugStyle,
                        slug.slugifyTitle,
                      ),
                    );
                  }
                }}
              >
                {t('form:suggest')}
              </button>
            }
          />
        )}
        {nested('layout', t('form:layout'), 'span-1') ?? (
          <TextField
            label={t('form:layout')}
            value={text('layout')}
            onCommit={(value) => setText('layout', value)}
            className="span-1"
          />
        )}
        {nested('excerpt', t('form:excerpt'), 'span-3') ?? (
          <TextField
            label={t('form:excerpt')}
            value={text('excerpt')}
            multiline
            onCommit={(value) => setText('excerpt', value)}
            className="span-3"
          />
        )}
        <SwitchField
          label={t('form:draft')}
          checked={isDraftPost(parsed)}
          disabled={isReadOnly || !canToggleDraft(parsed)}
          className="span-1"
          onChange={(checked) => {
            for (const edit of draftEdits(parsed, checked)) {
              onSet(edit.key, edit.value);
            }
          }}
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
