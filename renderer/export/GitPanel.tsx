import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiResults, type ExportResult, type PostwrightHost } from '../../core/api';
import { errorMessage } from '../app/error-message';

/** Props of the git panel shown after an export. */
export interface GitPanelProps {
  host: PostwrightHost;
  targetId: string;
  result: ExportResult;
  /** A short name for the default commit message (the post's file name). */
  name: string;
}

/** Which exported files git sees as new or modified, and a commit of exactly those. Never pushes. */
export function GitPanel({
  host,
  targetId,
  result,
  name,
}: GitPanelProps): React.JSX.Element | null {
  const { t } = useTranslation('export');
  const [status, setStatus] = useState<ApiResults['gitStatus'] | null>(null);
  const [message, setMessage] = useState(() => t('defaultCommitMessage', { name }));
  const [error, setError] = useState<ApiError | null>(null);
  const [commit, setCommit] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messageId = useId();

  useEffect(() => {
    let live = true;
    host.api.gitStatus({ targetId }).then(
      (next) => live && setStatus(next),
      (failure: unknown) =>
        live &&
        setError(failure instanceof ApiError ? failure : new ApiError('E_GIT', String(failure))),
    );
    return () => {
      live = false;
    };
  }, [host, targetId, commit]);

  const unsafeKeys = unsafeSettings(error);
  if (unsafeKeys !== null) {
    // Postwright ran no git here; the user checks the settings and runs git by hand.
    return (
      <section className="export-section" aria-label={t('git')}>
        <h3 className="export-heading">{t('git')}</h3>
        <p className="dialog-error" role="alert">
          {t('gitUnsafeConfig', { keys: unsafeKeys.join(', ') })}
        </p>
      </section>
    );
  }
  if (status === null) {
    return error === null ? null : (
      <p className="dialog-error" role="alert">
        {errorMessage(error, t)}
      </p>
    );
  }
  const exported = new Set([...result.written, ...result.copied, ...result.removed]);
  const entries = status.entries.filter((entry) => exported.has(entry.path));

  const doCommit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const done = await host.api.gitCommit({
        targetId,
        message,
        paths: entries.map((entry) => entry.path),
      });
      setCommit(done.commit);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('E_GIT', String(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-section" aria-label={t('git')}>
      <h3 className="export-heading">{t('git')}</h3>
      {!status.gitAvailable ? (
        <p className="export-muted">{t('gitMissing')}</p>
      ) : !status.isRepository ? (
        <p className="export-muted">{t('notRepository')}</p>
      ) : (
        <>
          {commit !== null && <p role="status">{t('committed', { commit: commit.slice(0, 7) })}</p>}
          {entries.length === 0 ? (
            commit === null && <p className="export-muted">{t('gitClean')}</p>
          ) : (
            <>
              <ul className="export-files">
                {entries.map((entry) => (
                  <li key={entry.path}>
                    <span className={`export-kind ${entry.status}`}>
                      {t(`gitStatus.${entry.status}`)}
                    </span>{' '}
                    <span className="export-path">{entry.path}</span>
                  </li>
                ))}
              </ul>
              <label className="field" htmlFor={messageId}>
                <span className="field-label">{t('commitMessage')}</span>
              </label>
              <textarea
                id={messageId}
                className="input"
                rows={2}
                value={message}
                onChange={(event) => setMessage(event.target.value)}
              />
              <div className="dialog-buttons">
                <button
                  type="button"
                  className="button"
                  disabled={busy || message.trim() === ''}
                  onClick={() => void doCommit()}
                >
                  {t('commit')}
                </button>
              </div>
              <p className="export-muted">{t('gitNoHooks')}</p>
            </>
          )}
        </>
      )}
      {error !== null && (
        <p className="dialog-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}

/** The repository settings that made the backend refuse to run git there, or null. */
function unsafeSettings(error: ApiError | null): string[] | null {
  const details = error?.details;
  if (details?.['reason'] !== 'unsafe-git-config') {
    return null;
  }
  const keys = details['keys'];
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
}
