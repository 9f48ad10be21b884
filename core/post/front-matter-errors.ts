import { parseDocument } from 'yaml';
import type { FrontMatterErrorInfo, FrontMatterErrorReason } from '../api';
import { yamlOptions } from './yaml-content';
import { findDuplicateKey } from './yaml-unique-keys';

/**
 * Machine-readable causes for the errors the block readers report, so the UI can say them in its
 * own language. The readers keep their English `message`; this only adds `reason`, the parser's
 * code and what the message names.
 */
export function withReason(
  language: string,
  content: string,
  error: FrontMatterErrorInfo | null,
): FrontMatterErrorInfo | null {
  if (error === null || error.reason !== undefined) {
    return error;
  }
  const known = ownReason(error.message);
  if (known !== null) {
    return { ...error, reason: known };
  }
  if (language === 'toml') {
    return {
      ...error,
      reason: /already defined/i.test(error.message) ? 'duplicate-key' : 'toml-syntax',
    };
  }
  if (language === 'json') {
    return { ...error, reason: 'json-syntax' };
  }
  return { ...error, ...cachedYamlReason(content) };
}

type YamlReason = Pick<FrontMatterErrorInfo, 'reason' | 'parserCode' | 'subject'>;

/** The last block classified: the form re-reads a broken block on every keystroke in the body. */
let lastYaml: { content: string; reason: YamlReason } | null = null;

function cachedYamlReason(content: string): YamlReason {
  if (lastYaml?.content !== content) {
    lastYaml = { content, reason: yamlReason(content) };
  }
  return lastYaml.reason;
}

/** Causes the readers word themselves (the same words in the codec and the list's reader). */
function ownReason(message: string): FrontMatterErrorReason | null {
  if (/nested too deeply/i.test(message)) {
    return 'too-deep';
  }
  if (/more than \d+ aliases/i.test(message)) {
    return 'too-many-aliases';
  }
  if (/keys must be plain values/i.test(message)) {
    return 'complex-key';
  }
  return /unresolved alias|unidentified alias/i.test(message) ? 'unresolved-alias' : null;
}

/** The `yaml` package's verdict on the content: its first error's code, or the duplicate key. */
function yamlReason(
  content: string,
): Pick<FrontMatterErrorInfo, 'reason' | 'parserCode' | 'subject'> {
  const doc = parseDocument(content, { ...yamlOptions, uniqueKeys: false });
  const first = doc.errors[0];
  if (first !== undefined) {
    return first.code === 'DUPLICATE_KEY'
      ? { reason: 'duplicate-key' }
      : { reason: 'yaml-syntax', parserCode: first.code };
  }
  const duplicate = findDuplicateKey(doc);
  if (duplicate !== null) {
    const key = /^[^\n:]*/.exec(content.slice(duplicate.offset))?.[0].trim() ?? '';
    return key === '' ? { reason: 'duplicate-key' } : { reason: 'duplicate-key', subject: key };
  }
  return { reason: 'yaml-syntax' };
}
