import { ApiError, type ApiErrorCode } from '../../core/api';
import { errorCode } from './fs/atomic-write';

/** File-system error codes and the contract code each one becomes. */
const fsCodes: Record<string, ApiErrorCode> = {
  ENOENT: 'E_NOT_FOUND',
  ENOTDIR: 'E_NOT_FOUND',
  EEXIST: 'E_EXISTS',
  ENOTEMPTY: 'E_EXISTS',
  EACCES: 'E_PERMISSION',
  EPERM: 'E_PERMISSION',
  EROFS: 'E_PERMISSION',
  EFBIG: 'E_TOO_LARGE',
  ENAMETOOLONG: 'E_INVALID_NAME',
};

/**
 * Turns anything thrown into an `ApiError`: contract errors pass through, Node fs errors get their
 * contract code (ENOENT -> E_NOT_FOUND, EACCES/EPERM -> E_PERMISSION, other fs codes -> E_IO),
 * everything else is E_INTERNAL.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code !== undefined && /^E[A-Z]+$/.test(code)) {
    return new ApiError(fsCodes[code] ?? 'E_IO', message, { fsCode: code });
  }
  return new ApiError('E_INTERNAL', message);
}
