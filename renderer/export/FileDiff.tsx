import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fileDiff } from './file-diff';

/** Props of one planned file's diff. */
export interface FileDiffProps {
  current: string;
  next: string;
}

/** The changes export makes to one file, as a unified line diff. */
export function FileDiff({ current, next }: FileDiffProps): React.JSX.Element {
  const { t } = useTranslation('export');
  const lines = useMemo(() => fileDiff(current, next), [current, next]);
  if (lines === null) {
    return <pre className="export-diff">{next}</pre>;
  }
  if (lines.length === 0) {
    return <p className="export-muted">{t('noChanges')}</p>;
  }
  return (
    <pre className="export-diff">
      {lines.map((line, index) => (
        <span key={index} className={`export-diff-line ${line.kind}`}>
          {line.kind === 'added'
            ? '+ '
            : line.kind === 'removed'
              ? '- '
              : line.kind === 'gap'
                ? ''
                : '  '}
          {line.text}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
