import { useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  generatorIds,
  type ApiError,
  type ExportDraftStyle,
  type GeneratorId,
  type PostwrightHost,
} from '../../core/api';
import { parseEvidence } from '../../core/export/detect';
import { exportErrorMessage } from './export-error';
import type { ExportPlanState } from './use-export-plan';

/** Generators with a drafts folder, where a draft can instead be marked `published: false`. */
function hasDraftsFolder(preset: GeneratorId): boolean {
  return preset.startsWith('jekyll') || preset === 'hexo';
}

/** One piece of detection evidence in the UI's language; text from an older app is shown as is. */
function evidenceText(evidence: string, t: TFunction<'export'>): string {
  const { code, value } = parseEvidence(evidence);
  return code === null ? value : t(`evidence.${code}`, { value });
}

/** Props of the target chooser. */
export interface TargetPickerProps {
  host: PostwrightHost;
  state: ExportPlanState;
}

/** Chooses or adds the blog repository, and shows (and lets the user override) its generator. */
export function TargetPicker({ host, state }: TargetPickerProps): React.JSX.Element {
  const { t } = useTranslation('export');
  const [typedPath, setTypedPath] = useState('');
  const [addError, setAddError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const errorId = useId();
  const chooseFolder = host.chooseFolder;

  const add = async (path: string | null): Promise<void> => {
    if (path === null || path.trim() === '') {
      return;
    }
    setAdding(true);
    const failure = await state.addTarget(path.trim());
    setAdding(false);
    setAddError(failure);
    if (failure === null) {
      setTypedPath('');
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void add(typedPath);
  };

  return (
    <div className="export-target">
      {state.targets.length === 0 ? (
        <p className="export-muted">{t('noTargets')}</p>
      ) : (
        <div className="export-row">
          <label className="field">
            <span className="field-label">{t('target')}</span>
            <select
              className="input"
              value={state.target?.id ?? ''}
              onChange={(event) => state.selectTarget(event.target.value)}
            >
              {state.targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.name} — {target.path}
                </option>
              ))}
            </select>
          </label>
          {state.target !== null && (
            <label className="field">
              <span className="field-label">{t('generator')}</span>
              <select
                className="input"
                value={state.target.preset}
                onChange={(event) => void state.setPreset(event.target.value as GeneratorId)}
              >
                {generatorIds.map((id) => (
                  <option key={id} value={id}>
                    {t(`presets.${id}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {state.target !== null && hasDraftsFolder(state.target.preset) && (
            <label className="field">
              <span className="field-label">{t('draftStyle')}</span>
              <select
                className="input"
                value={state.target.draftStyle ?? 'drafts-folder'}
                onChange={(event) =>
                  void state.setDraftStyle(event.target.value as ExportDraftStyle)
                }
              >
                <option value="drafts-folder">{t('draftStyles.drafts-folder')}</option>
                <option value="published-false">{t('draftStyles.published-false')}</option>
              </select>
            </label>
          )}
          {state.target !== null && (
            <button type="button" className="button" onClick={() => void state.removeTarget()}>
              {t('removeTarget')}
            </button>
          )}
        </div>
      )}
      {state.detection !== null && (
        <p className="export-muted">
          {t('detected', {
            preset: t(`presets.${state.detection.preset}`),
            evidence: state.detection.evidence
              .map((item) => evidenceText(item, t))
              .join(t('evidence.separator')),
          })}
        </p>
      )}
      {chooseFolder !== null ? (
        <button
          type="button"
          className="button"
          disabled={adding}
          onClick={() => void chooseFolder().then(add)}
        >
          {t('addTarget')}
        </button>
      ) : (
        <form className="export-row" onSubmit={submit}>
          <label className="field export-grow">
            <span className="field-label">{t('targetPath')}</span>
            <input
              className="input"
              value={typedPath}
              placeholder={t('targetPathHint')}
              aria-invalid={addError !== null}
              aria-describedby={addError !== null ? errorId : undefined}
              onChange={(event) => {
                setTypedPath(event.target.value);
                setAddError(null);
              }}
            />
          </label>
          <button type="submit" className="button" disabled={adding || typedPath.trim() === ''}>
            {t('add')}
          </button>
        </form>
      )}
      {addError !== null && (
        <p id={errorId} className="dialog-error" role="alert">
          {exportErrorMessage(addError, t)}
        </p>
      )}
    </div>
  );
}
