import { useTranslation } from 'react-i18next';
import type { FrontMatterErrorInfo } from '../../core/api';
import { frontMatterErrorDetail, frontMatterErrorText } from './front-matter-error-text';

/** Props of the alert above a form whose front matter cannot be read. */
export interface FrontMatterErrorAlertProps {
  error: FrontMatterErrorInfo;
}

/** Why the front matter cannot be read, where, and that nothing is lost (role alert). */
export function FrontMatterErrorAlert({ error }: FrontMatterErrorAlertProps): React.JSX.Element {
  const { t } = useTranslation();
  const detail = frontMatterErrorDetail(error);
  return (
    <div className="form-error" role="alert">
      <strong>{t('form:invalidTitle')}</strong>
      <span>{frontMatterErrorText(error, t)}</span>
      {detail !== null && (
        <span className="form-error-hint" lang="en">
          {t('problems:parserSaid', { message: detail })}
        </span>
      )}
      <span className="form-error-hint">{t('form:invalidHint')}</span>
    </div>
  );
}
