import { hasControlCharacter } from '../../../core/post/field-kinds';
import { doubleQuoted, yamlItem, yamlKey } from '../../../core/post/yaml-render';
import { fill, insideDouble, namesIn, raw, type Marked } from './template-marks';

/**
 * Fills the placeholders of YAML front matter, line by line, by where each one stands: in a
 * double- or single-quoted scalar, in a plain scalar (which is then written as one safe scalar),
 * in a flow collection item, a key, a block scalar's text or a comment.
 *
 * A quote opens a quoted scalar only where a scalar starts (`title: it's "{{title}}"` is one plain
 * scalar), so the line is read as YAML reads it: indentation and `- `, a key, then the value.
 */
export function fillYaml(content: string, marked: Marked): string {
  // The indentation of the line whose value opened a block scalar (`|`, `>`), while inside it.
  let blockIndent: number | null = null;
  return content
    .split(/(?<=\n)/)
    .map((lineWithEnd) => {
      const ending = /\r?\n$/.exec(lineWithEnd)?.[0] ?? '';
      const line = lineWithEnd.slice(0, lineWithEnd.length - ending.length);
      const indent = (/^[ \t]*/.exec(line)?.[0] ?? '').length;
      if (blockIndent !== null && (line.trim() === '' || indent > blockIndent)) {
        // A block scalar's text is taken literally.
        return fill(line, marked, raw) + ending;
      }
      blockIndent = null;
      const lead = /^[ \t]*(?:-(?:[ \t]+|$))*/.exec(line)?.[0] ?? '';
      const rest = line.slice(lead.length);
      const key = rest.slice(0, keyLength(rest));
      const value = rest.slice(key.length);
      if (/^[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(value)) {
        blockIndent = indent;
      }
      return lead + fillKey(key, marked) + fillValue(value, marked) + ending;
    })
    .join('');
}

/** The length of a `key:` and the spaces after it at the start of `rest` (0 when there is none). */
function keyLength(rest: string): number {
  const first = rest.charAt(0);
  let end: number;
  if (first === '"' || first === "'") {
    end = quotedEnd(rest, 0);
  } else if (rest === '' || '[{#|>!&*%@`'.includes(first)) {
    return 0;
  } else {
    const found = /:(?=[ \t]|$)|[ \t]#/.exec(rest);
    if (found?.[0] !== ':') {
      return 0;
    }
    end = found.index;
  }
  const separator = /^[ \t]*:(?:[ \t]+|$)/.exec(rest.slice(end));
  return separator === null ? 0 : end + separator[0].length;
}

function fillKey(key: string, marked: Marked): string {
  const first = key.charAt(0);
  if (first === '"' || first === "'") {
    const end = quotedEnd(key, 0);
    return quotedScalar(key.slice(0, end), marked) + key.slice(end);
  }
  const name = key.replace(/[ \t]*:[ \t]*$/, '');
  const separator = key.slice(name.length);
  return (
    (name === marked.marks.title ? yamlKey(marked.values.title) : fill(name, marked, raw)) +
    separator
  );
}

function fillValue(value: string, marked: Marked): string {
  const first = value.charAt(0);
  if (first === '"' || first === "'") {
    const end = quotedEnd(value, 0);
    return quotedScalar(value.slice(0, end), marked) + fill(value.slice(end), marked, raw);
  }
  if (first === '[' || first === '{') {
    return fillFlow(value, marked);
  }
  if (first === '|' || first === '>' || first === '#') {
    return fill(value, marked, raw);
  }
  const comment = /[ \t]#/.exec(value);
  const scalar = (comment === null ? value : value.slice(0, comment.index)).trimEnd();
  return plainScalar(scalar, false, marked) + fill(value.slice(scalar.length), marked, raw);
}

/**
 * A plain scalar holding `{{title}}` is written whole as one scalar: plain if every common reader
 * reads the filled text back as it is, else quoted. Without the title it stays as written.
 */
function plainScalar(scalar: string, inFlow: boolean, marked: Marked): string {
  const text = fill(scalar, marked, raw);
  if (!scalar.includes(marked.marks.title)) {
    return text;
  }
  // Plain scalars cannot hold control characters (js-yaml refuses them), whatever yaml 1.2 allows.
  return hasControlCharacter(text, true) ? doubleQuoted(text) : yamlItem(text, inFlow);
}

/** A quoted scalar (quotes included) with its placeholders escaped for it. */
function quotedScalar(token: string, marked: Marked): string {
  const quote = token.charAt(0);
  const isClosed = token.length > 1 && token.endsWith(quote);
  const inner = token.slice(1, isClosed ? -1 : undefined);
  const closing = isClosed ? quote : '';
  if (quote === '"') {
    return quote + fill(inner, marked, insideDouble) + closing;
  }
  // Only a double-quoted scalar can escape a control character.
  const fits = namesIn(inner, marked).every(
    (name) => !hasControlCharacter(marked.values[name], true),
  );
  if (fits) {
    return quote + fill(inner, marked, (value) => value.replaceAll("'", "''")) + closing;
  }
  return doubleQuoted(fill(inner.replaceAll("''", "'"), marked, raw));
}

/** Where the quoted scalar starting at `start` ends (after its closing quote, or the text's end). */
function quotedEnd(text: string, start: number): number {
  const quote = text.charAt(start);
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quote === '"' && char === '\\') {
      index += 1;
    } else if (char === quote) {
      if (quote === "'" && text.charAt(index + 1) === "'") {
        index += 1;
      } else {
        return index + 1;
      }
    }
  }
  return text.length;
}

/** A flow collection (`[a, {{title}}]`, `{k: "{{title}}"}`): each item filled as a scalar of its own. */
function fillFlow(value: string, marked: Marked): string {
  let result = '';
  let index = 0;
  let isItemStart = true;
  while (index < value.length) {
    const char = value.charAt(index);
    if ('[]{},'.includes(char)) {
      result += char;
      index += 1;
      isItemStart = char !== ']' && char !== '}';
    } else if (char === ' ' || char === '\t') {
      result += char;
      index += 1;
    } else if (char === '#' && /[ \t]$/.test(value.slice(0, index))) {
      return result + fill(value.slice(index), marked, raw);
    } else if ((char === '"' || char === "'") && isItemStart) {
      const end = quotedEnd(value, index);
      result += quotedScalar(value.slice(index, end), marked);
      index = end;
      isItemStart = false;
    } else {
      const end = plainEnd(value, index);
      const item = value.slice(index, end);
      const scalar = item.trimEnd();
      result += plainScalar(scalar, true, marked) + item.slice(scalar.length);
      index = end;
      // After `key:` in a flow mapping a value starts, which may be quoted.
      isItemStart = value.charAt(index) === ':';
      if (isItemStart) {
        result += ':';
        index += 1;
      }
    }
  }
  return result;
}

/** Where a plain scalar inside a flow collection ends. */
function plainEnd(value: string, start: number): number {
  for (let index = start; index < value.length; index += 1) {
    const char = value.charAt(index);
    const next = value.charAt(index + 1);
    if ('[]{},'.includes(char) || (char === ':' && (next === '' || ' \t,[]{}'.includes(next)))) {
      return index;
    }
    if (char === '#' && index > start && ' \t'.includes(value.charAt(index - 1))) {
      return index;
    }
  }
  return value.length;
}
