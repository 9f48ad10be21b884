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
      // A string that looks like a date is quoted: YAML 1.1 readers (Jekyll) would make it a Time.
      return typeof value === 'string' && dateKindOf(text) === null;
  }
}

/**
 * Writes a scalar of the given kind as YAML.
 *
 * Strings keep the old value's quote style when it had one and are quoted only when YAML needs it
 * (including when plain text would read back as a number, boolean or null). A value that cannot
 * be its kind (a number field holding 'abc') is written as a string.
 */
export function yamlScalar(
  text: string,
  kind: FieldKind,
  oldStyle: YamlValueStyle | null,
  inFlow = false,
): string {
  if (kind === 'null') {
    const plain = plainValueOf(text, inFlow);
    return plain !== null && plain.value === null ? text : '';
  }
  const keepsQuotes = oldStyle === 'single' || oldStyle === 'double';
  if (keepsQuotes && kind !== 'number' && kind !== 'boolean') {
    return quoted(text, oldStyle);
  }
  const plain = plainValueOf(text, inFlow);
  if (plain !== null && matchesKind(plain.value, text, kind)) {
    return text;
  }
  if (plain !== null && kind !== 'string' && typeof plain.value === 'string') {
    return text; // e.g. a 'number' that is not one: still a string as written
  }
  return quoted(text, oldStyle);
}

/** Writes a list item: plain when it reads back as the same text and is no boolean or null. */
export function yamlItem(text: string, inFlow: boolean): string {
  const plain = plainValueOf(text, inFlow);
  if (plain !== null && plain.value !== null && typeof plain.value !== 'boolean') {
    return text;
  }
  return doubleQuoted(text);
}

/** Writes a mapping key: plain when it reads back as the same key, else double-quoted. */
export function yamlKey(key: string): string {
  if (key !== '' && key === key.trim() && !/[\r\n]/.test(key)) {
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
