import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { FieldKind } from './front-matter-types';
import { dateKindOf, hasControlCharacter } from './field-kinds';
import { yamlOptions, type YamlValueStyle } from './yaml-content';

/** What a plain (unquoted) text would be read back as, or null if it cannot stay plain. */
function plainValueOf(text: string, inFlow: boolean): { value: unknown } | null {
  if (text === '' || text !== text.trim() || /[\r\n]/.test(text)) {
    return null;
  }
  const doc = parseDocument(inFlow ? `k: [${text}]` : `k: ${text}`, yamlOptions);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return null;
  }
  const pair = doc.contents.items[0];
  let node: unknown = pair?.value;
  if (inFlow) {
    node = isSeq(node) && node.items.length === 1 ? node.items[0] : null;
  }
  if (!isScalar(node) || node.type !== Scalar.PLAIN || node.source !== text) {
    return null;
  }
  return { value: node.value };
}

/** Escapes a text as a YAML double-quoted scalar (JSON escapes are valid YAML escapes). */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function singleQuoted(text: string): string | null {
  if (hasControlCharacter(text)) {
    return null; // only double quotes can escape these
  }
  return `'${text.replace(/'/g, "''")}'`;
}

function quoted(text: string, style: YamlValueStyle | null): string {
  return style === 'single' ? (singleQuoted(text) ?? doubleQuoted(text)) : doubleQuoted(text);
}

/**
 * Plain texts that some common reader takes for something other than that text.
 *
 * YAML 1.2 readers are asked directly (see plainValueOf); these are the YAML 1.1 types (PyYAML,
 * Jekyll's Psych, the `yaml` package in 1.1 mode) and js-yaml's default schema, which are wider.
 * Psych matches booleans and null in any case, reads `1,000` as 1000 and `:name` as a Symbol.
 */
const otherReadings: readonly { reading: string; pattern: RegExp }[] = [
  { reading: 'null', pattern: /^(?:~|null)$/i },
  { reading: 'boolean', pattern: /^(?:y|n|yes|no|true|false|on|off)$/i },
  { reading: 'number', pattern: /^[-+]?(?:0b[0-1_,]+|0o[0-7_,]+|0x[0-9a-fA-F_,]+)$/ },
  {
    reading: 'number',
    pattern: /^[-+]?(?:[0-9][0-9_,]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
  },
  { reading: 'number', pattern: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/ },
  { reading: 'number', pattern: /^[-+]?\.(?:inf|nan)$/i },
  {
    reading: 'date',
    pattern:
      /^-?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]*)?)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/,
  },
  { reading: 'merge', pattern: /^<<$/ },
  { reading: 'value', pattern: /^=$/ },
  { reading: 'symbol', pattern: /^:./ },
];

/** What some common YAML reader takes a plain text for when it is not a string, or null. */
function otherReadingOf(text: string): string | null {
  return otherReadings.find(({ pattern }) => pattern.test(text))?.reading ?? null;
}

/** Whether every common reader (YAML 1.2, YAML 1.1, js-yaml, Psych) reads plain `text` as it is. */
function isPlainString(text: string, inFlow: boolean): boolean {
  const plain = plainValueOf(text, inFlow);
  return (
    plain !== null &&
    typeof plain.value === 'string' &&
    otherReadingOf(text) === null &&
    dateKindOf(text) === null
  );
}

function matchesKind(value: unknown, text: string, kind: FieldKind): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number' || typeof value === 'bigint';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'date':
    case 'datetime':
      return typeof value === 'string' && dateKindOf(text) !== null;
    default:
      return false;
  }
}

/**
 * Writes a scalar of the given kind as YAML.
 *
 * Strings keep the old value's quote style when it had one and are quoted when any common reader
 * would read the plain text as something else (a number, a boolean, a date, null). A plain old
 * value that YAML 1.1 read as a boolean or number (`draft: no`) stays plain when the new text is
 * read the same way, so a Jekyll flag keeps working. A value that cannot be its kind (a number
 * field holding 'abc') is written as a string.
 */
export function yamlScalar(
  text: string,
  kind: FieldKind,
  old: { style: YamlValueStyle; source: string } | null,
  inFlow = false,
): string {
  const oldStyle = old?.style ?? null;
  if (kind === 'null') {
    const plain = plainValueOf(text, inFlow);
    return plain !== null && plain.value === null ? text : '';
  }
  const keepsQuotes = oldStyle === 'single' || oldStyle === 'double';
  if (keepsQuotes && kind !== 'number' && kind !== 'boolean') {
    return quoted(text, oldStyle);
  }
  const plain = plainValueOf(text, inFlow);
  if (plain === null) {
    return quoted(text, oldStyle);
  }
  if (matchesKind(plain.value, text, kind) || isPlainString(text, inFlow)) {
    return text;
  }
  const reading = otherReadingOf(text);
  const sameAsOld =
    oldStyle === 'plain' &&
    (reading === 'boolean' || reading === 'number') &&
    reading === otherReadingOf(old?.source ?? '');
  return typeof plain.value === 'string' && sameAsOld ? text : quoted(text, oldStyle);
}

/** Writes a list item: plain only when every common reader reads it back as the same text. */
export function yamlItem(text: string, inFlow: boolean): string {
  return isPlainString(text, inFlow) ? text : doubleQuoted(text);
}

/**
 * Writes a mapping key: plain when every common reader reads it back as the same text (Psych
 * makes `on:` the key `true`), else double-quoted.
 */
export function yamlKey(key: string): string {
  const plainSafe = otherReadingOf(key) === null && dateKindOf(key) === null;
  if (plainSafe && key !== '' && key === key.trim() && !/[\r\n]/.test(key)) {
    const doc = parseDocument(`${key}: x`, yamlOptions);
    const pair = isMap(doc.contents) ? doc.contents.items[0] : undefined;
    if (
      doc.errors.length === 0 &&
      isScalar(pair?.key) &&
      pair.key.type === Scalar.PLAIN &&
      pair.key.source === key &&
      typeof pair.key.value === 'string'
    ) {
      return key;
    }
  }
  return doubleQuoted(key);
}
