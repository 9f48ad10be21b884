import { useTranslation } from 'react-i18next';
import type { ExportPlan } from '../../core/api';

/** Props of the list of images the export removes. */
export interface PlanRemovalsProps {
  plan: ExportPlan;
}

/** The images of posts' earlier exports that go with their old copies, shown before Export. */
export function PlanRemovals({ plan }: PlanRemovalsProps): React.JSX.Element | null {
  const { t } = useTranslation('export');
  const removals = plan.files.filter((file) => (file.removedImages?.length ?? 0) > 0);
  if (removals.length === 0) {
    return null;
  }
  return (
    <section className="export-section" aria-label={t('removedImagesHeading')}>
      <h3 className="export-heading">{t('removedImagesHeading')}</h3>
      <ul className="export-files">
        {removals.map((file) => (
          <li key={file.targetPath} className="export-file">
            {t('removedImages', {
              post: file.postPath,
              paths: (file.removedImages ?? []).join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
