import { ApiError, type ApiErrorCode } from '../../../core/api';
import { translator, type Translate } from './cli-i18n';

/**
 * A failure the CLI itself reports as an ApiError (for `--json` and the exit code) whose sentence
 * is in its catalogs; the message is the English sentence, so the JSON is the same in every language.
 */
export class PhrasedApiError extends ApiError {
  constructor(
    code: ApiErrorCode,
    readonly key: string,
    readonly values: Record<string, unknown>,
  ) {
    super(code, translator('en')(key, values));
  }
}

/**
 * A failure as one sentence in the terminal's language.
 *
 * The backend's message is English written for logs and this CLI, so in English it is printed as
 * is. In another language the sentence comes from the error's `details.reason`, else from its code
 * (naming `details.path` when there is one), and keeps the English message where the details
 * alone cannot say what went wrong (a parser's or git's words).
 */
export function errorText(error: ApiError, t: Translate): string {
  if (error instanceof PhrasedApiError) {
    return t(error.key, error.values);
  }
  const details = error.details ?? {};
  const facts: Record<string, unknown> = { message: error.message };
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string') {
      facts[name] = visible(value);
    } else if (typeof value === 'number') {
      facts[name] = value;
    } else if (Array.isArray(value)) {
      facts[name] = visible(value.join(', '));
    }
  }
  const keys: string[] = [];
  if (typeof details['reason'] === 'string') {
    keys.push(`errors:reasons.${details['reason']}`);
  }
  if (typeof details['path'] === 'string') {
    keys.push(`errors:codes.${error.code}_path`);
  }
  keys.push(`errors:codes.${error.code}`);
  return t(keys, facts);
}

/** A name as the terminal may print it: control characters (a newline, ESC) as `\u` escapes. */
function visible(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }).join('');
}
