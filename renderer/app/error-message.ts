import type { TFunction } from 'i18next';
import type { ApiError } from '../../core/api';

/** A failure as a translated sentence, filled in from the error's details. */
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
  return t(`errors:${error.code}`, facts as Record<string, string>);
}

/** A byte count as whole megabytes for a message ('?' when the error carries none). */
function megabytes(bytes: unknown): string {
  return typeof bytes === 'number' ? String(Math.ceil(bytes / (1024 * 1024))) : '?';
}
