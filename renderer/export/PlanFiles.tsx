import { useTranslation } from 'react-i18next';
import type { ExportPlan } from '../../core/api';
import { FileDiff } from './FileDiff';
import { foreignReason } from './foreign-reason';

/** Props of the list of planned files and images. */
export interface PlanFilesProps {
  plan: ExportPlan;
  replace: ReadonlySet<string>;
  onToggleReplace: (path: string) => void;
}

/** Each file export writes (with its diff against the repository) and each image it copies. */
export function PlanFiles({ plan, replace, onToggleReplace }: PlanFilesProps): React.JSX.Element {
  const { t } = useTranslation('export');
  const images = plan.assets.filter((asset) => asset.kind !== 'unchanged');
  return (
    <>
      <section className="export-section" aria-label={t('files')}>
        <h3 className="export-heading">{t('files')}</h3>
        {plan.files.length === 0 && images.length === 0 && (
          <p className="export-muted">{t('nothingToDo')}</p>
        )}
        <ul className="export-files">
          {plan.files.map((file) => (
            <li key={file.targetPath} className="export-file">
              <details>
                <summary>
                  <span className={`export-kind ${file.kind}`}>{t(`kind.${file.kind}`)}</span>{' '}
                  <span className="export-path">{file.targetPath}</span>
                  {file.previousPath !== undefined && (
                    <span className="export-muted">
                      {' '}
                      ({t('renamedFrom', { path: file.previousPath })})
                    </span>
                  )}
                </summary>
                <div role="region" aria-label={t('showChanges', { path: file.targetPath })}>
                  <FileDiff current={file.currentContent ?? ''} next={file.content} />
                </div>
              </details>
              <p className="export-muted export-url">
                {file.url === undefined || file.url === null
                  ? t('urlUnknown')
                  : t('url', { url: file.url })}
              </p>
              {file.isForeign && (
                <div className="export-foreign">
                  <span>{t('foreign', foreignReason(plan, file))}</span>
                  <label className="export-check">
                    <input
                      type="checkbox"
                      checked={replace.has(file.targetPath)}
                      onChange={() => onToggleReplace(file.targetPath)}
                    />
                    {t('replace', { path: file.targetPath })}
                  </label>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      {images.length > 0 && (
        <section className="export-section" aria-label={t('images')}>
          <h3 className="export-heading">{t('images')}</h3>
          <ul className="export-files">
            {images.map((asset) => (
              <li key={asset.targetPath} className="export-file">
                <span className={`export-kind ${asset.kind}`}>{t(`kind.${asset.kind}`)}</span>{' '}
                <span className="export-path">{asset.targetPath}</span>{' '}
                <span className="export-muted">← {asset.sourcePath}</span>
                {asset.isForeign === true && (
                  <label className="export-check">
                    <input
                      type="checkbox"
                      checked={replace.has(asset.targetPath)}
                      onChange={() => onToggleReplace(asset.targetPath)}
                    />
                    {t('replace', { path: asset.targetPath })}
                  </label>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
