import { useTranslation } from 'react-i18next';
import type { EncodingFacts } from '../document/api-errors';

/** Why a post cannot be opened as text, in the words that fit what the backend found. */
export function EncodingProblemText(props: {
  problem: EncodingFacts & { path: string };
}): React.JSX.Element {
  const { t } = useTranslation('app');
  const { path, encoding, kind, line } = props.problem;
  if (kind === 'binary') {
    return (
      <>
        <h2>{t('app:binaryTitle')}</h2>
        <p>{t('app:binaryBody', { path })}</p>
      </>
    );
  }
  if (kind === 'damaged') {
    return (
      <>
        <h2>{t('app:damagedTitle')}</h2>
        <p>{t('app:damagedBody', { path, line: line ?? '?' })}</p>
      </>
    );
  }
  return (
    <>
      <h2>{t('app:encodingTitle')}</h2>
      <p>{t('app:encodingBody', { path, encoding })}</p>
    </>
  );
}
