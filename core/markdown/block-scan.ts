import { slug } from 'github-slugger';
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
  return headingLine.test(text);
}

const fenceInfo = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*([^\s`{]+)/gm;

/** The languages fences of a block name, lowercased (a superset: no parsing). */
export function fenceLanguages(text: string): string[] {
  return [...text.matchAll(fenceInfo)].map((match) => (match[1] as string).toLowerCase());
}
