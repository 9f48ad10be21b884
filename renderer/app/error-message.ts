import type { TFunction } from 'i18next';
import type { ApiError } from '../../core/api';

/** A failure as a translated sentence, filled in from the error's details. */
export function errorMessage(error: ApiError, t: TFunction): string {
  const details = error.details ?? {};
  const facts: Record<string, unknown> = {
    path: '',
    encoding: '?',
    ...details,
    message: error.message,
  };
  return t(`errors:${error.code}`, facts as Record<string, string>);
}
