import type { TFunction } from 'i18next';
import type { ApiError } from '../../core/api';
import { errorMessage } from '../app/error-message';

/** Export failures that name their cause in `details.reason`, each with its own sentence. */
const reasons = new Set([
  'unsaved',
  'target-is-workspace',
  'target-inside-workspace',
  'writes-into-workspace',
  'not-a-folder',
  'read-only',
  'outside-repository',
  'disk-full',
  'into-forbidden-folder',
]);

/** A translated sentence for an export failure: the specific reason when known, else the code's. */
export function exportErrorMessage(error: ApiError, t: TFunction): string {
  const details = error.details ?? {};
  const reason = details.reason;
  if (typeof reason === 'string' && reasons.has(reason)) {
    return t(`export:errors.${reason}`, {
      path: '',
      workspace: '',
      ...details,
    });
  }
  return errorMessage(error, t);
}
