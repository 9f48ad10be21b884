import { hasControlCharacter } from '../../../core/post/field-kinds';
import { scanFrontMatter } from '../../../core/post/split';
import { doubleQuoted } from '../../../core/post/yaml-render';
import {
  fill,
  insideDouble,
  markPlaceholders,
  nameOfMark,
  namesIn,
  raw,
  type Marked,
} from './template-marks';
import { fillYaml } from './template-yaml';

/** What a post template's placeholders are filled with. */
export interface TemplateValues {
  title: string;
  date: string;
  draft: boolean;
}

/**
 * Fills `{{title}}`, `{{date}}` and `{{draft}}` in a post template, each written as the syntax
 * around it needs, so the post parses and the title reads back exactly as typed.
 *
 * In front matter (YAML, TOML or JSON), a placeholder inside quotes is escaped for that kind of
 * string: a YAML single-quoted string doubles `'`, and one that cannot hold the value (a TOML
 * literal string and a `'`, any control character) becomes a double-quoted string. A bare
 * `{{title}}` becomes a string of its own: in YAML plain when every common reader reads it back
 * as the same text, quoted otherwise (with the whole plain value it is part of); in TOML and JSON
 * always quoted. Below the front matter, and for `{{date}}`/`{{draft}}` outside quotes, the text
 * goes in as it is. Line breaks in the title become spaces: a title is one line. With `draft` and
 * no `{{draft}}` in the template, `draft: true` is added to YAML front matter.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const { source, marked } = markPlaceholders(template, {
    title: values.title.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' '),
    date: values.date,
    draft: String(values.draft),
  });
  const scan = scanFrontMatter(source);
  let filled: string;
  if (scan.kind !== 'block') {
    filled = fill(source, marked, raw);
  } else {
    const { contentFrom, contentTo, language } = scan.block;
    const content = source.slice(contentFrom, contentTo);
    filled =
      fill(source.slice(0, contentFrom), marked, raw) +
      fillFrontMatter(content, language, marked) +
      fill(source.slice(contentTo), marked, raw);
  }
  if (values.draft && !template.includes('{{draft}}')) {
    filled = filled.replace(/^(---\r?\n[\s\S]*?)(\r?\n)(---)(\r?\n|$)/, `$1$2draft: true$2$3$4`);
  }
  return filled;
}

function fillFrontMatter(content: string, language: string, marked: Marked): string {
  if (language === 'yaml') {
    return fillYaml(content, marked);
  }
  if (language === 'toml' || language === 'json') {
    return fillTokens(content, language, marked);
  }
  return fill(content, marked, raw);
}

/**
 * TOML and JSON have no unquoted strings, so every quote outside a string or comment opens one,
 * and scanning finds each placeholder's string. A bare `{{title}}` becomes a basic string (a bare
 * `{{date}}` too in JSON, which has no dates); a bare TOML date and `{{draft}}` stay as written.
 */
function fillTokens(content: string, language: 'toml' | 'json', marked: Marked): string {
  const isToml = language === 'toml';
  let result = '';
  let index = 0;
  while (index < content.length) {
    const char = content.charAt(index);
    if (isToml && char === '#') {
      const newline = content.indexOf('\n', index);
      const end = newline === -1 ? content.length : newline;
      result += fill(content.slice(index, end), marked, raw);
      index = end;
    } else if (char === '"' || (isToml && char === "'")) {
      const triple = char.repeat(3);
      const delimiter = isToml && content.startsWith(triple, index) ? triple : char;
      const start = index + delimiter.length;
      const close = stringClose(content, start, delimiter);
      const end = Math.min(content.length, close + delimiter.length);
      result += stringWithValues(delimiter, content.slice(start, close), close < end, marked);
      index = end;
    } else {
      const name = nameOfMark(char, marked);
      const value = name === undefined ? char : marked.values[name];
      const isString = name === 'title' || (name === 'date' && !isToml);
      result += isString ? doubleQuoted(value) : value;
      index += 1;
    }
  }
  return result;
}

/** Where the string opened before `start` closes (the content's end when it does not). */
function stringClose(content: string, start: number, delimiter: string): number {
  const hasEscapes = delimiter.startsWith('"');
  for (let index = start; index < content.length; index += 1) {
    if (hasEscapes && content.charAt(index) === '\\') {
      index += 1;
    } else if (content.startsWith(delimiter, index)) {
      return index;
    }
  }
  return content.length;
}

/** A TOML or JSON string (delimiters included) with the placeholders in it filled. */
function stringWithValues(
  delimiter: string,
  inner: string,
  isClosed: boolean,
  marked: Marked,
): string {
  const closing = isClosed ? delimiter : '';
  if (delimiter.startsWith('"')) {
    return delimiter + fill(inner, marked, insideDouble) + closing;
  }
  // A literal string has no escapes: a value with `'` or a control character cannot be in one,
  // so it becomes a basic string with the same text (TOML drops a newline right after `'''`).
  const fits = namesIn(inner, marked).every((name) => {
    const value = marked.values[name];
    return !value.includes("'") && !hasControlCharacter(value, true);
  });
  if (fits) {
    return delimiter + fill(inner, marked, raw) + closing;
  }
  const text = delimiter === "'''" ? inner.replace(/^\r?\n/, '') : inner;
  return doubleQuoted(fill(text, marked, raw));
}
