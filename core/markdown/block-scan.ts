import { slug } from 'github-slugger';
import { preprocessGeneratorSource } from './generator-source';
import { MemoCache } from './memo-cache';

const slugs = new MemoCache<string>(20000);

/** github-slugger's slug of a heading's text, memoized. */
export function slugOf(text: string): string {
  return slugs.get(text, () => slug(text));
}

/**
 * github-slugger's unique ids (`x`, `x-1`, ...) with the base slug memoized by heading text: its
 * Unicode regex costs ~10 µs a heading, too much for a 10,000-heading post on every keystroke.
 */
export class HeadingSlugger {
  private readonly occurrences = new Map<string, number>();

  unique(base: string): string {
    let result = base;
    while (this.occurrences.has(result)) {
      const count = (this.occurrences.get(base) ?? 0) + 1;
      this.occurrences.set(base, count);
      result = `${base}-${count}`;
    }
    this.occurrences.set(result, 0);
    return result;
  }
}

// Container markers (quotes, list items) before an ATX heading or a setext underline. Each marker
// owns the blanks after it, and a list marker must be followed by a blank or the line's end (as in
// CommonMark): with blanks that could go to either of two markers, or `-` that could be a marker
// or part of `---`, the line `- - - … x` had 2^n ways to fail (24 markers: seconds per key).
const headingLine =
  /^[ \t]*(?:(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)*(?:#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$)/m;

/** Whether a block may contain a heading (ATX or setext, at any depth): a superset test. */
export function mayHoldHeading(text: string): boolean {
  // Removing `{% raw %}` may bring a `#` to the start of a line: test what the parser sees.
  return (
    headingLine.test(text) ||
    (text.includes('{%') && headingLine.test(preprocessGeneratorSource(text)))
  );
}

const fenceInfo = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*([^\s`{]+)/gm;

// `{% highlight x %}`, `{{< highlight x >}}`, `{% codeblock … lang:x %}` (tag-code-blocks.ts).
const tagLanguage = /^[ \t>*+\-\d.)]*\{(?:%-?|\{[<%])[ \t]*highlight[ \t]+["']?([^\s%>"'}]+)/gm;
const hexoLanguage = /^[ \t>*+\-\d.)]*\{%-?[ \t]*code(?:block)?[ \t][^\n%]*?\blang:([^\s%]+)/gm;

/** The languages fences of a block name, lowercased (a superset: no parsing). */
export function fenceLanguages(text: string): string[] {
  const found = [...text.matchAll(fenceInfo)].map((match) => (match[1] as string).toLowerCase());
  if (text.includes('{')) {
    for (const pattern of [tagLanguage, hexoLanguage]) {
      for (const match of text.matchAll(pattern)) {
        found.push((match[1] as string).toLowerCase());
      }
    }
  }
  return found;
}
