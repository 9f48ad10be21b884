import { ApiError, isApiErrorData } from '../../core/api';

/** What an E_ENCODING refusal says about the file, for the message and the actions it offers. */
export interface EncodingFacts {
  /** The encoding found ('?' when the backend names none). */
  encoding: string;
  /**
   * 'text': another text encoding, which "Convert to UTF-8" can fix; 'binary': not text at all;
   * 'damaged': UTF-8 with broken bytes, where converting would mangle the good text.
   */
  kind: 'text' | 'binary' | 'damaged';
  /** 1-based line of the first bad byte, when known. */
  line: number | null;
}

/** Reads the facts an E_ENCODING error carries. */
export function encodingFactsOf(error: ApiError): EncodingFacts {
  const details = error.details ?? {};
  const encoding = typeof details['encoding'] === 'string' ? details['encoding'] : '?';
  const line = typeof details['line'] === 'number' ? details['line'] : null;
  if (encoding === 'binary') {
    return { encoding, kind: 'binary', line };
  }
  return { encoding, kind: details['damaged'] === true ? 'damaged' : 'text', line };
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
