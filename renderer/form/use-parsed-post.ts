import { startTransition, useEffect, useState } from 'react';
import { parseFrontMatter } from '../../core/post/front-matter';
import type { ParsedPost } from '../../core/post/front-matter-types';
import type { TextStore } from '../document/text-store';

/**
 * The open post's front matter, parsed again only when an edit touched it.
 *
 * Typing in the body leaves everything up to the end of the block unchanged: a prefix compare
 * costs far less than a parse and keeps the form from re-rendering on every keystroke.
 */
export function useParsedPost(store: TextStore): ParsedPost {
  const [parsed, setParsed] = useState(() => parseFrontMatter(store.get()));

  useEffect(() => {
    let lastText = store.get();
    let last = parseFrontMatter(lastText);
    setParsed(last);
    return store.subscribe(() => {
      const text = store.get();
      if (!touchesFrontMatter(last, lastText, text)) {
        lastText = text;
        return;
      }
      lastText = text;
      last = parseFrontMatter(text);
      const next = last;
      startTransition(() => setParsed(next));
    });
  }, [store]);

  return parsed;
}

function touchesFrontMatter(last: ParsedPost, lastText: string, text: string): boolean {
  if (last.error !== null || last.notFrontMatterReason !== null) {
    return true;
  }
  if (last.block !== null) {
    // The block plus the character after it: a change right at the closing delimiter counts.
    const end = Math.min(last.block.to + 1, Math.max(lastText.length, text.length));
    return text.slice(0, end) !== lastText.slice(0, end);
  }
  // No front matter yet: only a change of the first line can start one.
  return firstLine(text) !== firstLine(lastText);
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}
