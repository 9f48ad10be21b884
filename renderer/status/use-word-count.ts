import { useEffect, useState } from 'react';
import { countWords, readingMinutes } from '../../core/post/word-count';
import type { TextStore } from '../document/text-store';

/** Words of the open post (front matter and code not counted) and its reading time. */
export interface WordStats {
  cjkCharacters: number;
  words: number;
  minutes: number;
}

// Counting walks the whole post: do it once typing pauses, not per keystroke.
const countDelayMs = 300;

function measure(text: string): WordStats {
  const counts = countWords(text);
  return {
    cjkCharacters: counts.cjkCharacters,
    words: counts.words,
    minutes: readingMinutes(counts),
  };
}

/** Follows the open post's text and counts its words shortly after each pause. */
export function useWordCount(store: TextStore): WordStats {
  const [stats, setStats] = useState(() => measure(store.get()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    setStats(measure(store.get()));
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setStats(measure(store.get())), countDelayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  return stats;
}
