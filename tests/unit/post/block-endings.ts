import type { ParsedPost } from '../../../core/post/front-matter';

/** The line endings a front matter block uses: 'crlf', 'lf', 'mixed' or 'none'. */
export function blockEndings(text: string, post: ParsedPost): string {
  const block = post.block === null ? '' : text.slice(post.block.from, post.block.to);
  const crlf = block.split('\r\n').length - 1;
  const lf = block.split('\n').length - 1 - crlf;
  return crlf > 0 && lf > 0 ? 'mixed' : crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'none';
}
