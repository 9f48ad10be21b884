import { ApiError, isApiErrorData } from '../../core/api';

/** The encoding an E_ENCODING error names ('?' when it names none). */
export function encodingOf(error: ApiError): string {
  const encoding = error.details?.['encoding'];
  return typeof encoding === 'string' ? encoding : '?';
}

/** Turns anything thrown by the host into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (isApiErrorData(error)) {
    return ApiError.fromData(error);
  }
  return new ApiError('E_INTERNAL', error instanceof Error ? error.message : String(error));
}
