import { useEffect, useState } from 'react';
import { countWords, readingMinutes } from '../../core/post/word-count';
import type { TextStore } from '../document/text-store';
import type { WordCountReply, WordCountRequest } from './word-count-worker';

/** Words of the open post (front matter and code not counted) and its reading time. */
export interface WordStats {
  cjkCharacters: number;
  words: number;
  minutes: number;
}

// Counting walks the whole post: do it once typing pauses, not per keystroke. Handing a huge post
// to the worker copies it (~1 ms per MB), so a longer post waits for a longer pause.
const countDelayMs = 300;
const countDelayMsPerMb = 200;

function countDelay(length: number): number {
  return countDelayMs + Math.round((length / 1_000_000) * countDelayMsPerMb);
}

const emptyStats: WordStats = { cjkCharacters: 0, words: 0, minutes: 0 };

function measure(text: string): WordStats {
  const counts = countWords(text);
  return {
    cjkCharacters: counts.cjkCharacters,
    words: counts.words,
    minutes: readingMinutes(counts),
  };
}

/** Counts in a worker where the page can start one, else on the main thread. */
class WordCounter {
  private worker: Worker | null = null;
  private lastId = 0;
  private lastText = '';

  constructor(private readonly onStats: (stats: WordStats) => void) {
    try {
      this.worker = new Worker(new URL('./word-count-worker.ts', import.meta.url), {
        type: 'module',
      });
      this.worker.onmessage = (event: MessageEvent<WordCountReply>) => {
        // Only the answer to the latest request: an older one describes text already replaced.
        if (event.data.id === this.lastId) {
          const { cjkCharacters, words, minutes } = event.data;
          this.onStats({ cjkCharacters, words, minutes });
        }
      };
      this.worker.onerror = () => {
        // The worker could not start (or broke): count here from now on, the latest text first.
        this.worker?.terminate();
        this.worker = null;
        this.onStats(measure(this.lastText));
      };
    } catch {
      this.worker = null;
    }
  }

  count(text: string): void {
    this.lastId += 1;
    this.lastText = text;
    if (this.worker === null) {
      this.onStats(measure(text));
      return;
    }
    const request: WordCountRequest = { id: this.lastId, text };
    this.worker.postMessage(request);
  }

  /** The length of the text counted last. */
  lastLength(): number {
    return this.lastText.length;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** Follows the open post's text and counts its words (in a worker) shortly after each pause. */
export function useWordCount(store: TextStore): WordStats {
  const [stats, setStats] = useState(emptyStats);
  useEffect(() => {
    const counter = new WordCounter(setStats);
    let timer: ReturnType<typeof setTimeout> | undefined;
    counter.count(store.get());
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => counter.count(store.get()), countDelay(counter.lastLength()));
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      counter.dispose();
    };
  }, [store]);
  return stats;
}
