import type { TFunction } from 'i18next';
import type { ApiError, FrontMatterErrorInfo, FrontMatterErrorReason } from '../../core/api';
import { frontMatterErrorText } from '../form/front-matter-error-text';
import { nameProblem } from './invalid-name';

/**
 * A sentence for failures whose backend message is English prose (a parser's words, a file name
 * check): said from the error's details in the UI's language instead. Null for other codes.
 */
export function specificErrorMessage(
  error: ApiError,
  t: TFunction,
  facts: Record<string, unknown>,
): string | null {
  const details = error.details ?? {};
  const message = error.message;
  // The code's own sentence stays the fallback of every key (a catalog without `problems`).
  const say: TFunction = ((key: string, more: Record<string, unknown> = {}) =>
    t([key, `errors:${error.code}`], { ...facts, ...more })) as TFunction;
  switch (error.code) {
    case 'E_FRONT_MATTER':
      return 'line' in details
        ? t('errors:E_FRONT_MATTER', {
            message: frontMatterErrorText(editError(details, message), t),
          })
        : say('problems:noFrontMatter');
    case 'E_INVALID_NAME':
      return invalidName(details, message, say);
    case 'E_PERMISSION':
      return say('problems:permission.other', { message });
    case 'E_IO':
      return inputOutput(details, message, say);
    case 'E_INVALID_ARGUMENT':
      if (typeof details['key'] !== 'string') {
        return say('problems:invalidArgument', { message });
      }
      return details['reason'] === 'bad-key'
        ? say('problems:badKey', { key: details['key'] })
        : say('problems:badValue', { key: details['key'], message });
    default:
      return null;
  }
}

/** The front matter error an edit was refused for, from `E_FRONT_MATTER`'s details. */
function editError(details: Record<string, unknown>, message: string): FrontMatterErrorInfo {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : undefined;
  const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  return {
    message: text(details['parserMessage']) ?? message,
    line: number(details['line']),
    column: number(details['column']),
    reason: text(details['reason']) as FrontMatterErrorReason | undefined,
    parserCode: text(details['parserCode']),
    subject: text(details['subject']),
  };
}

function invalidName(details: Record<string, unknown>, message: string, t: TFunction): string {
  const bytes = details['bytes'];
  if (typeof bytes === 'number') {
    return t('problems:invalidName.tooLong', { bytes });
  }
  const name = details['name'];
  const problem = nameProblem(details);
  if (problem === null) {
    return t('problems:invalidName.other', { message });
  }
  return t(`problems:invalidName.${problem.kind}`, { ...problem, name });
}

function inputOutput(details: Record<string, unknown>, message: string, t: TFunction): string {
  if (details['reason'] === 'disk-full') {
    return t('problems:io.diskFull', { path: details['path'] ?? '', message });
  }
  if (typeof details['port'] === 'number') {
    return t('problems:io.portInUse', { port: details['port'] });
  }
  if (typeof details['fsCode'] === 'string') {
    return t('problems:io.fsCode', { fsCode: details['fsCode'], message });
  }
  return t('problems:io.other', { message });
}
