import type { TFunction } from 'i18next';
import type { ApiError } from '../../core/api';
import { exportErrorMessage } from './export-error';

/** A translated sentence for a failed plan or apply, naming what applying refused and why. */
export function applyErrorMessage(error: ApiError, t: TFunction): string {
  const details = error.details ?? {};
  const text = (key: string): string => {
    const value = details[key];
    return typeof value === 'string' ? value : '';
  };
  if (details.reason === 'source-changed') {
    return t('export:errors.source-changed', { path: text('path') });
  }
  if (details.reason === 'path-collision') {
    return t('export:errors.path-collision', { path: text('path'), posts: text('posts') });
  }
  if (error.code === 'E_CONFLICT') {
    return t('export:conflict');
  }
  return exportErrorMessage(error, t);
}
