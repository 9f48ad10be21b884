import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../document/session-types';
import { Dialog } from './Dialog';
import { diffLines } from './line-diff';

/** Props of the conflict dialog. */
export interface ConflictDialogProps {
  conflict: Conflict;
  onKeepMine: () => void;
  onTakeDisk: () => void;
}

/** The file changed on disk while the post had unsaved changes: keep mine, take disk, or compare. */
export function ConflictDialog(props: ConflictDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const disk = props.conflict.disk;
  return (
    <Dialog
      title={t('app:conflictTitle')}
      // Escape leaves the comparison; the choice itself cannot be skipped (saving waits for it).
      onCancel={() => setComparing(false)}
      className={comparing ? 'dialog-wide' : undefined}
      describedBy="conflict-body"
    >
      <p id="conflict-body" className="dialog-body">
        {disk === null
          ? t('app:conflictBodyDeleted', { path: props.conflict.path })
          : t('app:conflictBody', { path: props.conflict.path })}
      </p>
      {comparing && <Comparison mine={props.conflict.mine} disk={disk?.text ?? ''} />}
      <div className="dialog-buttons">
        {!comparing && (
          <button type="button" className="button" onClick={() => setComparing(true)}>
            {t('app:conflictCompare')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={disk === null}
          onClick={props.onTakeDisk}
        >
          {t('app:conflictTakeDisk')}
        </button>
        <button type="button" className="button primary" autoFocus onClick={props.onKeepMine}>
          {t('app:conflictKeepMine')}
        </button>
      </div>
    </Dialog>
  );
}

function Comparison(props: { mine: string; disk: string }): React.JSX.Element {
  const { t } = useTranslation();
  const diff = useMemo(() => diffLines(props.mine, props.disk), [props.mine, props.disk]);
  return (
    <div className="compare">
      <section className="compare-side" aria-label={t('app:conflictMine')}>
        <h3>{t('app:conflictMine')}</h3>
        <pre>
          {diff.left.map((line, index) => (
            <span
              key={index}
              className={diff.leftChanged.has(index) ? 'line changed-mine' : 'line'}
            >
              {line}
              {'\n'}
            </span>
          ))}
        </pre>
      </section>
      <section className="compare-side" aria-label={t('app:conflictDisk')}>
        <h3>{t('app:conflictDisk')}</h3>
        <pre>
          {diff.right.map((line, index) => (
            <span
              key={index}
              className={diff.rightChanged.has(index) ? 'line changed-disk' : 'line'}
            >
              {line}
              {'\n'}
            </span>
          ))}
        </pre>
      </section>
    </div>
  );
}
