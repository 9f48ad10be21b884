/** A highlighted span inside one front-matter line; offsets are relative to the line start. */
export interface FrontMatterToken {
  type:
    | 'FrontMatterKey'
    | 'FrontMatterString'
    | 'FrontMatterAtom'
    | 'FrontMatterComment'
    | 'FrontMatterPunctuation';
  from: number;
  to: number;
}

/** What a YAML tokenizer carries from line to line: the indentation of an open block scalar. */
export interface YamlLineState {
  blockScalarIndent: number | null;
}

// A key ends on a non-blank: with a lazy key before `\s*`, either could take the blanks, and a
// line of many blanks with no colon cost a quadratic scan (50,000: seconds per keystroke).
const yamlKey =
  /^(\s*)((?:-\s+)*)("[^"]*"|'[^']*'|[^\s#'"\-?:,[\]{}](?:[^#:]*[^\s#:])?|-[^\s#:](?:[^#:]*[^\s#:])?)(\s*)(:)(?=\s|$)/;
const yamlListMarker = /^(\s*)(-)(?=\s|$)/;
const tomlKey = /^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_.-](?:[A-Za-z0-9_. -]*[A-Za-z0-9_.-])?)(\s*)(=)/;
// `|` or `>` with its indicators, then maybe a comment. Anchored, so that a long line of blanks
// is one scan (stripping the comment with a free-standing /\s+#.*$/ was quadratic).
const blockScalarHeader = /^\s*[|>][-+0-9]*(?:\s+#.*)?\s*$/;
const tomlTable = /^\s*\[\[?[^\]]*\]\]?/;
const atom =
  /^(?:true|false|yes|no|on|off|null|~|-?\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?|\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[-+]\d\d:?\d\d)?)?)\s*$/i;

/**
 * Highlighting tokens for one YAML front-matter line: keys, list dashes, quoted strings, scalars
 * (booleans, numbers, dates, null) and comments. Lines inside a block scalar (`|`, `>`) are text.
 *
 * A line tokenizer, not a YAML parser: front matter is flat keys and short lists, and a tokenizer
 * inside the Markdown parse costs nothing per keystroke, where a nested YAML parse did.
 */
export function yamlLineTokens(text: string, state: YamlLineState): FrontMatterToken[] {
  const indent = /^\s*/.exec(text)?.[0].length ?? 0;
  if (state.blockScalarIndent !== null) {
    if (text.trim() === '' || indent > state.blockScalarIndent) {
      return [];
    }
    state.blockScalarIndent = null;
  }
  const tokens: FrontMatterToken[] = [];
  let rest = 0;
  const key = yamlKey.exec(text);
  if (key !== null) {
    const [, lead = '', dashes = '', name = '', gap = ''] = key;
    addDashes(tokens, lead.length, dashes);
    const keyFrom = lead.length + dashes.length;
    tokens.push({ type: 'FrontMatterKey', from: keyFrom, to: keyFrom + name.length });
    const colon = keyFrom + name.length + gap.length;
    tokens.push({ type: 'FrontMatterPunctuation', from: colon, to: colon + 1 });
    rest = colon + 1;
  } else {
    const dash = yamlListMarker.exec(text);
    if (dash !== null) {
      const from = dash[1]?.length ?? 0;
      tokens.push({ type: 'FrontMatterPunctuation', from, to: from + 1 });
      rest = from + 1;
    }
  }
  const value = valueTokens(text, rest, '#');
  if (blockScalarHeader.test(text.slice(rest))) {
    state.blockScalarIndent = indent;
  }
  return tokens.concat(value);
}

/** Highlighting tokens for one TOML front-matter line: tables, keys, strings, scalars, comments. */
export function tomlLineTokens(text: string): FrontMatterToken[] {
  const table = tomlTable.exec(text);
  if (table !== null) {
    const from = table[0].length - table[0].trimStart().length;
    return [
      { type: 'FrontMatterKey', from, to: table[0].length },
      ...valueTokens(text, table[0].length, '#'),
    ];
  }
  const key = tomlKey.exec(text);
  if (key === null) {
    return valueTokens(text, 0, '#');
  }
  const [, lead = '', name = '', gap = ''] = key;
  const equals = lead.length + name.length + gap.length;
  return [
    { type: 'FrontMatterKey', from: lead.length, to: lead.length + name.length },
    { type: 'FrontMatterPunctuation', from: equals, to: equals + 1 },
    ...valueTokens(text, equals + 1, '#'),
  ];
}

function addDashes(tokens: FrontMatterToken[], from: number, dashes: string): void {
  for (let i = 0; i < dashes.length; i++) {
    if (dashes[i] === '-') {
      tokens.push({ type: 'FrontMatterPunctuation', from: from + i, to: from + i + 1 });
    }
  }
}

/** Tokens of a value from `start`: a quoted string or a whole scalar, then a trailing comment. */
function valueTokens(text: string, start: number, comment: string): FrontMatterToken[] {
  const tokens: FrontMatterToken[] = [];
  let pos = start;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) {
    pos++;
  }
  if (text[pos] === comment) {
    return [{ type: 'FrontMatterComment', from: pos, to: text.length }];
  }
  const quote = text[pos];
  let end: number;
  if (quote === '"' || quote === "'") {
    let close = pos + 1;
    while (
      close < text.length &&
      (text[close] !== quote || (quote === '"' && text[close - 1] === '\\'))
    ) {
      close++;
    }
    end = Math.min(close + 1, text.length);
    tokens.push({ type: 'FrontMatterString', from: pos, to: end });
  } else {
    const commentAt = text.indexOf(` ${comment}`, pos);
    end = commentAt < 0 ? text.length : commentAt;
    if (pos < end && atom.test(text.slice(pos, end))) {
      tokens.push({
        type: 'FrontMatterAtom',
        from: pos,
        to: pos + text.slice(pos, end).trimEnd().length,
      });
    }
  }
  const commentAt = text.indexOf(comment, end);
  if (commentAt >= 0 && /\s/.test(text[commentAt - 1] ?? ' ')) {
    tokens.push({ type: 'FrontMatterComment', from: commentAt, to: text.length });
  }
  return tokens;
}
