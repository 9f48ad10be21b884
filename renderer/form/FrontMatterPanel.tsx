import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlugStyle, WorkspacePath } from '../../core/api';
import { removeFrontMatterField, setFrontMatterField } from '../../core/post/front-matter';
import type { FieldValue } from '../../core/post/front-matter-types';
import type { TextStore } from '../document/text-store';
import { FrontMatterForm } from './FrontMatterForm';
import { useParsedPost } from './use-parsed-post';

/** Props of the collapsible front-matter panel. */
export interface FrontMatterPanelProps {
  text: TextStore;
  postPath: WorkspacePath;
  slugStyle: SlugStyle;
  allTags: readonly string[];
  allCategories: readonly string[];
  isExpanded: boolean;
  onToggle: () => void;
  /** Replaces the editor's text with the codec's result (a minimal change in the editor). */
  onEdit: (edit: (text: string) => string) => void;
}

/** The front-matter form in a panel that folds away; the header summarizes the fields. */
export function FrontMatterPanel(props: FrontMatterPanelProps): React.JSX.Element {
  const { t } = useTranslation();
  const bodyId = useId();
  const parsed = useParsedPost(props.text);
  const { onEdit } = props;
  const onSet = useCallback(
    (key: string, value: FieldValue) => onEdit((text) => setFrontMatterField(text, key, value)),
    [onEdit],
  );
  const onRemove = useCallback(
    (key: string) => onEdit((text) => removeFrontMatterField(text, key)),
    [onEdit],
  );
  return (
    <section className="front-matter-panel" data-expanded={props.isExpanded}>
      <button
        type="button"
        className="panel-header"
        aria-expanded={props.isExpanded}
        aria-controls={bodyId}
        onClick={props.onToggle}
      >
        <span className="chevron" aria-hidden="true" />
        <span className="panel-title">{t('form:frontMatter')}</span>
        {parsed.error !== null && (
          <span className="badge badge-error">{t('form:invalidBadge')}</span>
        )}
        <span className="panel-summary">
          {parsed.format === null
            ? t('form:noFrontMatter')
            : t('form:summary', {
                format: parsed.format.toUpperCase(),
                fields: t('form:fieldCount', { count: parsed.fields.length }),
              })}
        </span>
      </button>
      <div id={bodyId} className="panel-body" hidden={!props.isExpanded}>
        {props.isExpanded && (
          <FrontMatterForm
            parsed={parsed}
            postPath={props.postPath}
            slugStyle={props.slugStyle}
            allTags={props.allTags}
            allCategories={props.allCategories}
            onSet={onSet}
            onRemove={onRemove}
          />
        )}
      </div>
    </section>
  );
}
