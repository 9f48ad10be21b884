/** One argument of a template tag: `key=value` (named) or a bare value (positional). */
export interface TagArgument {
  key: string | null;
  value: string;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Splits a tag's inside into arguments, one pass: `a "b c" key="v" key2='v' key3=\`v\` k=v`.
 * Quotes may hold spaces; a backslash escapes the quote inside `"…"`.
 */
export function readTagArguments(text: string): TagArgument[] {
  const args: TagArgument[] = [];
  let pos = 0;
  const readValue = (): string => {
    const quote = text.charAt(pos);
    if (quote === '"' || quote === "'" || quote === '`') {
      let value = '';
      pos++;
      while (pos < text.length && text.charAt(pos) !== quote) {
        if (quote === '"' && text.charAt(pos) === '\\' && pos + 1 < text.length) {
          pos++;
        }
        value += text.charAt(pos);
        pos++;
      }
      pos++;
      return value;
    }
    const start = pos;
    while (pos < text.length && !isSpace(text.charCodeAt(pos))) {
      pos++;
    }
    return text.slice(start, pos);
  };
  while (pos < text.length) {
    if (isSpace(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    const start = pos;
    while (pos < text.length && /[\w.-]/.test(text.charAt(pos))) {
      pos++;
    }
    if (pos > start && text.charAt(pos) === '=') {
      const key = text.slice(start, pos);
      pos++;
      args.push({ key, value: readValue() });
    } else {
      pos = start;
      args.push({ key: null, value: readValue() });
    }
  }
  return args;
}

/** The value of a named argument, or the positional one at `index`, or ''. */
export function argumentOf(args: readonly TagArgument[], key: string, index = -1): string {
  const named = args.find((arg) => arg.key === key);
  if (named !== undefined) {
    return named.value;
  }
  return index < 0 ? '' : (args.filter((arg) => arg.key === null)[index]?.value ?? '');
}
