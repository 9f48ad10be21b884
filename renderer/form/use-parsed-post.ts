import { startTransition, useEffect, useState } from 'react';
import { parseFrontMatter } from '../../core/post/front-matter';
import type { ParsedPost } from '../../core/post/front-matter-types';
import type { TextStore } from '../document/text-store';

/**
 * The open post's front matter, parsed again only when an edit touched it.
 *
 * Typing in the body starts after the end of the block: the editor's change offset tells, without
 * reading the text, so a keystroke neither copies the post nor re-renders the form.
 */
export function useParsedPost(store: TextStore): ParsedPost {
  const [parsed, setParsed] = useState(() => parseFrontMatter(store.get()));

  useEffect(() => {
    let text = store.get();
    let last = parseFrontMatter(text);
    let lastFirstLineEnd = firstLineEnd(text);
    setParsed(last);
    return store.subscribe(() => {
      if (!touchesFrontMatter(last, lastFirstLineEnd, store.changedFrom())) {
        return;
      }
      text = store.get();
      last = parseFrontMatter(text);
      lastFirstLineEnd = firstLineEnd(text);
      const next = last;
      startTransition(() => setParsed(next));
    });
  }, [store]);

  return parsed;
}

/** Whether a change starting at `from` may alter what `last` was parsed from. */
function touchesFrontMatter(last: ParsedPost, lastFirstLineEnd: number, from: number): boolean {
  if (last.error !== null || last.notFrontMatterReason !== null) {
    return true;
  }
  if (last.block !== null) {
    // `from` is an offset of the editor's LF text, never past the same place in a CRLF file, so
    // comparing it with the block's end in the file's text errs towards parsing again. The
    // character after the block counts: a change right at the closing delimiter matters.
    return from <= last.block.to + 1;
  }
  // No front matter yet: only a change of the first line can start one.
  return from <= lastFirstLineEnd;
}

function firstLineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end === -1 ? text.length : end;
}
