import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostEntry } from '../../core/api';
import { frontMatterErrorText } from '../form/front-matter-error-text';
import { formatPostDate } from './format-date';

/** Props of one row of the post list. */
export interface PostRowProps {
  entry: PostEntry;
  /** The folder (or path, for a title another post shares) shown in the meta line; '' for none. */
  location: string;
  id: string;
  index: number;
  count: number;
  top: number;
  height: number;
  isOpen: boolean;
  isActive: boolean;
  onOpen: (entry: PostEntry) => void;
  onContextMenu: (entry: PostEntry, index: number, event: MouseEvent) => void;
}

/**
 * One post in the list: title, a front-matter warning, then draft badge, date in the UI's locale,
 * folder and tags.
 */
export function PostRow(props: PostRowProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { entry, id } = props;
  const error = entry.frontMatterError;
  const errorText =
    error === null ? '' : t('list:brokenFrontMatter', { message: frontMatterErrorText(error, t) });
  return (
    <div
      role="option"
      id={id}
      aria-selected={props.isOpen}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-meta`}
      aria-setsize={props.count}
      aria-posinset={props.index + 1}
      className="post-row"
      data-active={props.isActive}
      style={{ top: props.top, height: props.height }}
      onClick={() => props.onOpen(entry)}
      onContextMenu={(event) => props.onContextMenu(entry, props.index, event)}
    >
      <div className="post-row-head">
        <span className="post-row-title" id={`${id}-title`}>
          {entry.title}
        </span>
        {error !== null && (
          <span className="post-row-warning" role="img" aria-label={errorText} title={errorText}>
            !
          </span>
        )}
      </div>
      <div className="post-row-meta" id={`${id}-meta`}>
        {entry.draft && <span className="badge badge-draft">{t('list:draft')}</span>}
        {entry.date !== null && (
          <time className="post-row-date" dateTime={entry.date}>
            {formatPostDate(entry.date, i18n.language)}
          </time>
        )}
        {props.location !== '' && (
          <span className="post-row-folder" title={props.location}>
            {props.location}
          </span>
        )}
        {entry.tags.length > 0 && (
          <span className="post-row-tags">
            {entry.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </div>
    </div>
  );
}
