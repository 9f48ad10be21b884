import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../core/api';
import type { DocumentSession, EncodingProblem } from '../document/document-session';
import '../styles/encoding-panel.css';
import { encodingChoices, firstChoice, type EncodingChoice } from './encoding-choices';
import { EncodingProblemText } from './EncodingProblemText';
import { errorMessage } from './error-message';
import { Icon } from './Icon';
import { useEncodingPreview, type EncodingPreviewState } from './use-encoding-preview';

/** Props of the encoding panel. */
export interface EncodingPanelProps {
  session: DocumentSession;
  problem: EncodingProblem;
  /** The last conversion's failure. */
  error: ApiError | null;
}

/**
 * Shown instead of the editor for a post that is not UTF-8: why, and for text in another
 * encoding, a choice of encoding with a preview of the text it gives, then the conversion.
 */
export function EncodingPanel(props: EncodingPanelProps): React.JSX.Element {
  const { t } = useTranslation();
  const { problem, error } = props;
  return (
    <main className="writing-area empty">
      <div className="empty-card encoding-card" role="alert">
        <Icon name="warning" />
        <EncodingProblemText problem={problem} />
        {problem.kind === 'text' && <EncodingChooser session={props.session} problem={problem} />}
        {error !== null && <p className="dialog-error">{errorMessage(error, t)}</p>}
      </div>
    </main>
  );
}

function EncodingChooser(props: {
  session: DocumentSession;
  problem: EncodingProblem;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { session, problem } = props;
  const [encoding, setEncoding] = useState(() => firstChoice(problem.encoding));
  const state = useEncodingPreview(session, problem, encoding);
  const selectId = useId();
  const preview = state.status === 'ready' ? state.preview : null;
  const canConvert = preview?.text !== null && preview?.text !== undefined;
  return (
    <>
      <p>{t('encoding:chooseHint')}</p>
      <div className="encoding-choice">
        <label htmlFor={selectId}>{t('encoding:encoding')}</label>
        <select
          id={selectId}
          className="select"
          value={encoding}
          onChange={(event) => setEncoding(event.target.value)}
        >
          {encodingChoices(problem.encoding).map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choiceLabel(choice, t)}
            </option>
          ))}
        </select>
      </div>
      <section
        className="encoding-preview"
        aria-label={t('encoding:previewLabel', { encoding })}
        aria-live="polite"
        aria-busy={state.status === 'loading'}
      >
        <PreviewBody state={state} encoding={encoding} />
      </section>
      {preview !== null && (
        <p className="encoding-backup">
          {t('encoding:backupNote', { folder: preview.backupFolder })}
        </p>
      )}
      <button
        type="button"
        className="button primary"
        disabled={!canConvert}
        onClick={() => {
          if (preview !== null) {
            void session.convertEncoding(preview);
          }
        }}
      >
        {t('app:convertToUtf8')}
      </button>
    </>
  );
}

function PreviewBody(props: { state: EncodingPreviewState; encoding: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { state } = props;
  if (state.status === 'failed') {
    return <p className="dialog-error">{errorMessage(state.error, t)}</p>;
  }
  const preview = state.status === 'ready' ? state.preview : state.previous;
  if (preview === null) {
    return <p>{t('encoding:decoding')}</p>;
  }
  if (preview.text === null) {
    return <p className="dialog-error">{t('encoding:notValid', { encoding: preview.encoding })}</p>;
  }
  return (
    <>
      {/* Focusable, so that the keyboard can scroll a long preview. */}
      <pre className={state.status === 'loading' ? 'is-stale' : undefined} tabIndex={0}>
        {preview.text}
      </pre>
      {preview.isTruncated && <p className="encoding-more">{t('encoding:firstLinesOnly')}</p>}
    </>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function choiceLabel(choice: EncodingChoice, t: Translate): string {
  const described =
    choice.script === null
      ? choice.name
      : t('encoding:option', { name: choice.name, script: t(`encoding:script_${choice.script}`) });
  return choice.isDetected ? t('encoding:detected', { option: described }) : described;
}
