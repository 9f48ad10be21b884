import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportFixId, ExportWarning, FrontMatterErrorReason } from '../../core/api';
import { frontMatterErrorText } from '../form/front-matter-error-text';

/** Props of the warnings list. */
export interface PlanWarningsProps {
  warnings: ExportWarning[];
  fixes: ExportFixId[];
  onToggleFix: (fix: ExportFixId) => void;
}

/** Placeholders every warning text may use, so a missing detail never prints `{{...}}`. */
const blanks = {
  image: '',
  permalink: '',
  other: '',
  path: '',
  date: '',
  fileDate: '',
  frontMatterDate: '',
  count: '',
  value: '',
  error: '',
  field: '',
  size: '',
  limit: '',
  fields: '',
  format: '',
  comments: '',
  nulls: '',
  numbers: '',
  lines: '',
};

/** A warning's catalog key: some codes say it differently per `details.variant`. */
function warningKey(warning: ExportWarning): string {
  const variant = warning.details?.variant;
  return typeof variant === 'string'
    ? `warning.${warning.code}.${variant}`
    : `warning.${warning.code}`;
}

/**
 * A front-matter error said in the UI's language from its reason (the parser's English words
 * otherwise), without its final period: the catalog's sentence goes on after it.
 */
function readableError(warning: ExportWarning, t: TFunction): { error?: string } {
  const details = warning.details ?? {};
  const text = (key: string): string | undefined => {
    const value = details[key];
    return typeof value === 'string' ? value : undefined;
  };
  const reason = text('reason');
  if (warning.code !== 'front-matter-error' || reason === undefined) {
    return {};
  }
  const sentence = frontMatterErrorText(
    {
      message: text('error') ?? '',
      line: null,
      column: null,
      reason: reason as FrontMatterErrorReason,
      ...(text('subject') === undefined ? {} : { subject: text('subject') }),
      ...(text('parserCode') === undefined ? {} : { parserCode: text('parserCode') }),
    },
    t,
  );
  return { error: sentence.replace(/[.。]$/u, '') };
}

/** What a blogger should know before publishing, with a toggle for each fix on offer. */
export function PlanWarnings({
  warnings,
  fixes,
  onToggleFix,
}: PlanWarningsProps): React.JSX.Element {
  const { t } = useTranslation('export');
  const offered = [
    ...new Set(warnings.flatMap((warning) => (warning.fix === undefined ? [] : [warning.fix]))),
  ];
  return (
    <section className="export-section" aria-label={t('warnings')}>
      <h3 className="export-heading">{t('warnings')}</h3>
      {warnings.length === 0 && fixes.length === 0 ? (
        <p className="export-muted">{t('noWarnings')}</p>
      ) : (
        <ul className="export-warnings">
          {warnings.map((warning, index) => (
            <li key={index} className={`export-warning ${warning.code}`}>
              <span className="export-path">{warning.postPath}</span>{' '}
              {t(warningKey(warning), {
                ...blanks,
                tags: '{{ }} / {% %}',
                ...warning.details,
                ...readableError(warning, t),
              })}
            </li>
          ))}
        </ul>
      )}
      {[...new Set([...offered, ...fixes])].map((fix) => (
        <label key={fix} className="export-check">
          <input type="checkbox" checked={fixes.includes(fix)} onChange={() => onToggleFix(fix)} />
          {t(`fixes.${fix}`)}
        </label>
      ))}
    </section>
  );
}
