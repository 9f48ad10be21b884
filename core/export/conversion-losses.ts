import { Lexer, parseDocument, visit } from 'yaml';
import { parseFrontMatter } from '../post/front-matter';

/** What rewriting a post's front matter in another syntax cannot carry over. */
export interface ConversionLosses {
  /** Comments, which the new syntax is written without. */
  comments: number;
  /** Keys (dotted for nested ones, `[n]` for list items) whose null value is left out: TOML has no null. */
  nulls: string[];
  /** Numbers as written that TOML cannot hold as numbers (`0755`, beyond 64 bits): kept as text. */
  numbersAsText: string[];
}

/**
 * What `convertFrontMatter(text, to)` loses, so it is said rather than done silently; null when
 * nothing is converted (no front matter, already in that syntax, or unreadable).
 */
export function conversionLosses(text: string, to: 'yaml' | 'toml'): ConversionLosses | null {
  const parsed = parseFrontMatter(text);
  if (parsed.format === null || parsed.format === to || parsed.error !== null) {
    return null;
  }
  const inner = blockInner(text, parsed.block);
  const losses: ConversionLosses = { comments: 0, nulls: [], numbersAsText: [] };
  if (parsed.format === 'yaml') {
    losses.comments = [...new Lexer().lex(inner)].filter((token) => token.startsWith('#')).length;
  } else if (parsed.format === 'toml') {
    losses.comments = inner.split('\n').filter((line) => hasTomlComment(line)).length;
  }
  if (to === 'toml') {
    collectNulls(parsed.data, '', losses.nulls);
    if (parsed.format === 'yaml') {
      losses.numbersAsText = numbersTomlCannotHold(inner);
    }
  }
  return losses;
}

/** Whether anything is lost. */
export function hasLosses(losses: ConversionLosses | null): losses is ConversionLosses {
  return (
    losses !== null &&
    (losses.comments > 0 || losses.nulls.length > 0 || losses.numbersAsText.length > 0)
  );
}

/** The losses in one English sentence (the UI words them from the same facts). */
export function describeLosses(losses: ConversionLosses, to: 'yaml' | 'toml'): string {
  const parts: string[] = [];
  if (losses.comments > 0) {
    parts.push(`drops ${losses.comments} comment(s)`);
  }
  if (losses.nulls.length > 0) {
    parts.push(`leaves out the empty (null) value(s) of ${losses.nulls.join(', ')}`);
  }
  if (losses.numbersAsText.length > 0) {
    parts.push(`writes ${losses.numbersAsText.join(', ')} as text, not as number(s)`);
  }
  return `Rewriting the front matter as ${to.toUpperCase()} ${parts.join('; ')}.`;
}

/** The lines between the block's delimiters. */
function blockInner(text: string, block: { from: number; to: number } | null): string {
  if (block === null) {
    return '';
  }
  const lines = text.slice(block.from, block.to).split('\n');
  // Hexo's blocks may lack the opening `---`: then the first line is content.
  const first = /^(?:---|\+\+\+)\s*$/.test((lines[0] ?? '').replace(/\r$/, '')) ? 1 : 0;
  const last = /^(?:---|\+\+\+)\s*$/.test((lines.at(-1) ?? '').replace(/\r$/, ''))
    ? lines.length - 1
    : lines.length;
  return lines.slice(first, last).join('\n');
}

/** A `#` outside TOML strings. */
function hasTomlComment(line: string): boolean {
  return line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '').includes('#');
}

function collectNulls(value: unknown, path: string, found: string[]): void {
  if (value === null) {
    found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectNulls(item, `${path}[${index}]`, found));
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      collectNulls(inner, path === '' ? key : `${path}.${key}`, found);
    }
  }
}

const int64Max = 2n ** 63n - 1n;

/** Plain YAML integers TOML has no number for: a leading zero (octal or not?) or beyond 64 bits. */
function numbersTomlCannotHold(yamlText: string): string[] {
  const found: string[] = [];
  visit(parseDocument(yamlText, { uniqueKeys: false }), {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || node.range === undefined || node.range === null) {
        return;
      }
      const source = yamlText.slice(node.range[0], node.range[1]).trim();
      if (!/^[-+]?\d+$/.test(source)) {
        return;
      }
      const digits = source.replace(/^[-+]/, '');
      if ((digits.length > 1 && digits.startsWith('0')) || BigInt(digits) > int64Max) {
        found.push(source);
      }
    },
  });
  return found;
}
