import type { TFunction } from 'i18next';
import type { ApiError } from '../../core/api';
import { specificErrorMessage } from './specific-error';

/**
 * A failure as a translated sentence, filled in from the error's details.
 *
 * An error whose `details.reason` has a sentence in the `error-reasons` namespace (a read-only
 * post, a file that is already UTF-8) says that; any other falls back to its code's sentence.
 */
export function errorMessage(error: ApiError, t: TFunction): string {
  const details = error.details ?? {};
  const facts: Record<string, unknown> = {
    path: '',
    encoding: '?',
    ...details,
    sizeMb: megabytes(details['size']),
    limitMb: megabytes(details['limit']),
    message: error.message,
  };
  const byCode = `errors:${error.code}`;
  const reason = details['reason'];
  const specific = specificErrorMessage(error, t, facts);
  if (specific !== null) {
    // A sentence for the reason (a read-only post) wins over the one said from the details.
    return typeof reason === 'string'
      ? t(`error-reasons:${reason}`, { ...facts, defaultValue: specific })
      : specific;
  }
  const keys = typeof reason === 'string' ? [`error-reasons:${reason}`, byCode] : [byCode];
  return t(keys, facts as Record<string, string>);
}

/** A byte count as whole megabytes for a message ('?' when the error carries none). */
function megabytes(bytes: unknown): string {
  return typeof bytes === 'number' ? String(Math.ceil(bytes / (1024 * 1024))) : '?';
}
