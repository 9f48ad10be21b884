import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PostwrightHost, WorkspacePath } from '../../core/api';
import { applyErrorMessage } from './apply-error';
import { Dialog } from '../dialogs/Dialog';
import { GitPanel } from './GitPanel';
import { HtmlExportButton } from './HtmlExportButton';
import { PlanFiles } from './PlanFiles';
import { planOutcome, type PlanOutcome } from './plan-outcome';
import { PlanRemovals } from './PlanRemovals';
import { PlanWarnings } from './PlanWarnings';
import { TargetPicker } from './TargetPicker';
import { useExportPlan } from './use-export-plan';
import './export-dialog.css';

/** Props of the Export dialog. */
export interface ExportDialogProps {
  host: PostwrightHost;
  open: boolean;
  onClose: () => void;
  /** The posts to export (usually the open one). */
  paths: WorkspacePath[];
  /** Export every post changed since its last export instead of `paths`. */
  changedOnly?: boolean;
  /** The open post's text as the editor has it, for "Export as HTML". */
  currentText?: () => string;
  /** Saves the open post before each plan is made; resolves false when it could not be saved. */
  beforePlan?: () => Promise<boolean>;
}

/** Why Export is off while a plan is shown (two posts in one file, nothing to write), or null. */
function blockedReason(outcome: PlanOutcome, t: TFunction): string | null {
  const shared = outcome.shared[0];
  if (shared !== undefined) {
    return t('export:blocked.pathCollision', {
      path: shared.path,
      posts: shared.postPaths.join(', '),
    });
  }
  if (outcome.writes === 0 && outcome.leftAlone.length > 0) {
    return t('export:blocked.nothingToWrite', { paths: outcome.leftAlone.join(', ') });
  }
  return null;
}

/**
 * The Export dialog: choose the blog repository, review the plan (each file's diff, the images,
 * the warnings and their fixes), export, then see git's view and commit.
 */
export function ExportDialog(props: ExportDialogProps): React.JSX.Element | null {
  const { t } = useTranslation('export');
  const changedOnly = props.changedOnly === true;
  const state = useExportPlan(props.host, props.open, props.paths, changedOnly, props.beforePlan);
  const blockedId = useId();
  if (!props.open) {
    return null;
  }
  const { plan, result, error } = state;
  const firstPath = props.paths[0];
  const outcome = plan === null ? null : planOutcome(plan, state.replace);
  const blocked = outcome === null || state.planning ? null : blockedReason(outcome, t);
  const canExport =
    outcome !== null &&
    !state.planning &&
    !state.applying &&
    blocked === null &&
    outcome.writes > 0;
  const wroteNothing =
    result !== null &&
    result.written.length === 0 &&
    result.copied.length === 0 &&
    result.removed.length === 0;
  const name =
    firstPath?.slice(firstPath.lastIndexOf('/') + 1).replace(/\.(?:md|markdown)$/i, '') ?? '';

  return (
    <Dialog
      title={changedOnly ? t('titleChanged') : t('title')}
      onCancel={props.onClose}
      className="dialog-wide export-dialog"
    >
      <TargetPicker host={props.host} state={state} />
      {!changedOnly && props.paths.length === 0 && <p className="export-muted">{t('noPost')}</p>}
      {state.planning && <p role="status">{t('planning')}</p>}
      {state.applying && <p role="status">{t('applying')}</p>}
      {error !== null && (
        <div className="dialog-error" role="alert">
          <p>{applyErrorMessage(error, t)}</p>
          <button type="button" className="button" onClick={state.replan}>
            {t('retry')}
          </button>
        </div>
      )}
      {plan !== null && !state.planning && (
        <div className="export-plan">
          {changedOnly && plan.files.length === 0 && plan.warnings.length === 0 ? (
            <p className="export-muted">{t('noChangedPosts')}</p>
          ) : (
            <PlanFiles plan={plan} replace={state.replace} onToggleReplace={state.toggleReplace} />
          )}
          <PlanRemovals plan={plan} />
          <PlanWarnings
            warnings={plan.warnings}
            fixes={state.fixes}
            onToggleFix={state.toggleFix}
          />
          {blocked !== null && (
            <p id={blockedId} className="dialog-error export-blocked">
              {blocked}
            </p>
          )}
        </div>
      )}
      {result !== null && state.target !== null && (
        <div className="export-result">
          <p role="status">{wroteNothing ? t('nothingWritten') : t('done')}</p>
          <ul className="export-files">
            <li>{t('written', { count: result.written.length })}</li>
            <li>{t('copied', { count: result.copied.length })}</li>
            {result.removed.length > 0 && <li>{t('removed', { count: result.removed.length })}</li>}
            {(result.skipped?.length ?? 0) > 0 && (
              <li>{t('skipped', { paths: (result.skipped ?? []).join(', ') })}</li>
            )}
          </ul>
          <GitPanel host={props.host} targetId={state.target.id} result={result} name={name} />
        </div>
      )}
      <div className="dialog-buttons">
        {!changedOnly && firstPath !== undefined && (
          <HtmlExportButton
            host={props.host}
            postPath={firstPath}
            currentText={props.currentText}
          />
        )}
        <button type="button" className="button" onClick={props.onClose}>
          {t('close')}
        </button>
        {result === null && (
          <button
            type="button"
            className="button primary"
            disabled={!canExport}
            aria-describedby={blocked === null ? undefined : blockedId}
            onClick={() => void state.apply()}
          >
            {t('export')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
