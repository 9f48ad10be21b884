import { useTranslation } from 'react-i18next';
import type { SessionSnapshot } from '../document/session-types';
import type { TextStore } from '../document/text-store';
import { errorMessage } from '../app/error-message';
import { useWordCount } from './use-word-count';

/** Props of the status bar. */
export interface StatusBarProps {
  session: SessionSnapshot;
  text: TextStore;
}

/** Save state (role status), word count and reading time, line endings and encoding. */
export function StatusBar(props: StatusBarProps): React.JSX.Element {
  const { t } = useTranslation();
  const { session } = props;
  const doc = session.doc;
  return (
    <footer className="status-bar" aria-label={t('status:statusBar')}>
      <span role="status" className={`save-state save-${session.saveState}`}>
        {saveText(session, t)}
      </span>
      {doc !== null && <WordCount text={props.text} />}
      {doc !== null && (
        <span className="status-item status-right">
          {t(`status:lineEnding_${doc.lineEnding}`)} ·{' '}
          {doc.hasBom ? t('status:encodingBom') : t('status:encoding')}
        </span>
      )}
    </footer>
  );
}

function WordCount(props: { text: TextStore }): React.JSX.Element {
  const { t } = useTranslation();
  const stats = useWordCount(props.text);
  const words =
    stats.cjkCharacters > 0
      ? t('status:cjkAndWords', { cjk: stats.cjkCharacters, words: stats.words })
      : t('status:words', { count: stats.words });
  return (
    <span className="status-item">
      {words} · {t('status:readingTime', { count: stats.minutes })}
    </span>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function saveText(session: SessionSnapshot, t: Translate): string {
  if (session.doc === null) {
    return t('status:noPost');
  }
  if (session.saveState === 'error' && session.error !== null) {
    return t('status:error', { message: errorMessage(session.error, t) });
  }
  const { openError } = session;
  if (openError !== null && openError.path === session.doc.path) {
    const reason = errorMessage(openError.error, t);
    return t('document:reloadFailed', { path: openError.path, reason });
  }
  if (
    session.saveState === 'saved' &&
    session.notice === 'converted' &&
    session.conversion !== null
  ) {
    const { from, backupFolder } = session.conversion;
    return t('encoding:converted', { from, folder: backupFolder });
  }
  if (session.saveState === 'saved' && session.notice !== null && session.notice !== 'converted') {
    return t(`status:${session.notice}`);
  }
  return t(`status:${session.saveState}`);
}
