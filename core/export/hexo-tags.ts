import { proseSegments, type ScannedBody } from './markdown-scan';

/** One `{% asset_img %}`, `{% asset_link %}` or `{% asset_path %}` tag outside code. */
export interface AssetTag {
  kind: 'asset_img' | 'asset_link' | 'asset_path';
  line: number;
  /** Columns `[start, end)` of the whole tag. */
  start: number;
  end: number;
  /** The asset's file name as written (unquoted). */
  name: string;
  /** Columns `[start, end)` of the name token (quotes included). */
  nameStart: number;
  nameEnd: number;
  /** The title the tag gives (asset_img: after width/height; asset_link: the rest), or ''. */
  title: string;
}

const tagPattern = /\{%-?\s*(asset_img|asset_link|asset_path)\s+((?:[^%]|%(?!\}))*?)\s*-?%\}/g;
const tokenPattern = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;

/** Hexo's asset tags in the post's prose (tags inside code are examples, not assets). */
export function findAssetTags(scan: ScannedBody): AssetTag[] {
  const tags: AssetTag[] = [];
  for (const segment of proseSegments(scan)) {
    const text = (scan.lines[segment.line] ?? '').slice(0, segment.end);
    tagPattern.lastIndex = segment.start;
    for (let match = tagPattern.exec(text); match !== null; match = tagPattern.exec(text)) {
      const kind = match[1] as AssetTag['kind'];
      const args = match[2] ?? '';
      const argsStart = match.index + match[0].indexOf(args, (match[1] ?? '').length + 2);
      const tokens = tokenize(args);
      // asset_img may start with class names: the name is the first token that looks like a file.
      const nameIndex =
        kind === 'asset_img'
          ? Math.max(
              0,
              tokens.findIndex((token) => /\.[A-Za-z0-9]{2,5}$/.test(token.value)),
            )
          : 0;
      const name = tokens[nameIndex];
      if (name === undefined) {
        continue;
      }
      const rest = tokens.slice(nameIndex + 1).map((token) => token.value);
      const titleWords =
        kind === 'asset_img' ? rest.filter((word, i) => !(i < 2 && /^\d+%?$/.test(word))) : rest;
      tags.push({
        kind,
        line: segment.line,
        start: match.index,
        end: match.index + match[0].length,
        name: name.value,
        nameStart: argsStart + name.start,
        nameEnd: argsStart + name.end,
        title:
          kind === 'asset_link' && titleWords.at(-1) === 'false'
            ? titleWords.slice(0, -1).join(' ')
            : titleWords.join(' '),
      });
    }
  }
  return tags;
}

function tokenize(args: string): { value: string; start: number; end: number }[] {
  const tokens: { value: string; start: number; end: number }[] = [];
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(args); match !== null; match = tokenPattern.exec(args)) {
    tokens.push({
      value: (match[1] ?? match[2] ?? match[3] ?? '').replace(/\\(["'\\])/g, '$1'),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** A name as a tag argument: quoted when it has spaces or quotes. */
export function tagArgument(value: string): string {
  return /[\s"']/.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value;
}

/** The Markdown a tag becomes for a blog without Hexo's asset folders. */
export function tagAsMarkdown(tag: AssetTag, link: string): string {
  const destination = /[\s()<>]/.test(link) ? `<${link}>` : link;
  const label = (tag.title === '' ? tag.name : tag.title).replace(/[[\]]/g, '\\$&');
  if (tag.kind === 'asset_img') {
    return `![${tag.title.replace(/[[\]]/g, '\\$&')}](${destination})`;
  }
  return tag.kind === 'asset_link' ? `[${label}](${destination})` : link;
}
