import type { TFunction } from 'i18next';
import type { FrontMatterErrorInfo, FrontMatterErrorReason } from '../../core/api';

/** The catalog key (in `problems:frontMatter`) of each reason's sentence. */
const reasonKeys: Record<FrontMatterErrorReason, string> = {
  unclosed: 'unclosed',
  'code-language': 'codeLanguage',
  'unsupported-language': 'unsupportedLanguage',
  'duplicate-key': 'duplicateKey',
  'complex-key': 'complexKey',
  'unresolved-alias': 'unresolvedAlias',
  'too-many-aliases': 'tooManyAliases',
  'too-deep': 'tooDeep',
  'yaml-syntax': 'yamlSyntax',
  'toml-syntax': 'tomlSyntax',
  'json-syntax': 'jsonSyntax',
};

/** The `yaml` package's error codes that have a sentence of their own (others: a generic one). */
const yamlCodes = new Set([
  'BAD_INDENT',
  'TAB_AS_INDENT',
  'MISSING_CHAR',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'UNEXPECTED_TOKEN',
  'BAD_DQ_ESCAPE',
  'BAD_SCALAR_START',
  'BLOCK_IN_FLOW',
  'MULTIPLE_DOCS',
  'BAD_ALIAS',
  'KEY_OVER_1024_CHARS',
  'TAG_RESOLVE_FAILED',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_TAGS',
]);

const syntaxReasons: ReadonlySet<FrontMatterErrorReason> = new Set([
  'yaml-syntax',
  'toml-syntax',
  'json-syntax',
]);

/**
 * A front matter error in the UI's language, with its line and column: the sentence for its
 * reason (and the YAML parser's code), never the parser's English text alone. An error without a
 * reason (from an older index cache) keeps its message inside a translated sentence.
 */
export function frontMatterErrorText(error: FrontMatterErrorInfo, t: TFunction): string {
  const sentence = reasonSentence(error, t);
  if (error.line === null) {
    return sentence;
  }
  return error.column === null
    ? t('problems:atLine', { line: error.line, message: sentence })
    : t('problems:at', { line: error.line, column: error.column, message: sentence });
}

/** The parser's own words, worth showing beside a syntax error's sentence; null otherwise. */
export function frontMatterErrorDetail(error: FrontMatterErrorInfo): string | null {
  return error.reason !== undefined && syntaxReasons.has(error.reason) && error.message !== ''
    ? error.message
    : null;
}

function reasonSentence(error: FrontMatterErrorInfo, t: TFunction): string {
  const { reason } = error;
  if (reason === undefined) {
    return t('problems:unknown', { message: error.message });
  }
  const subject = error.subject ?? '';
  if (reason === 'duplicate-key' && subject !== '') {
    return t('problems:frontMatter.duplicateKeyNamed', { subject });
  }
  if (
    reason === 'yaml-syntax' &&
    error.parserCode !== undefined &&
    yamlCodes.has(error.parserCode)
  ) {
    const detail = t(`problems:yaml.${error.parserCode}`);
    return t('problems:frontMatter.yamlSyntaxCode', { detail });
  }
  return t(`problems:frontMatter.${reasonKeys[reason]}`, { subject });
}
