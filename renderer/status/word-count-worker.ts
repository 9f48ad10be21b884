import { countWords, readingMinutes } from '../../core/post/word-count';

/** A request to the word-count worker: count `text`, answer with the same `id`. */
export interface WordCountRequest {
  id: number;
  text: string;
}

/** The worker's answer to a {@link WordCountRequest}. */
export interface WordCountReply {
  id: number;
  cjkCharacters: number;
  words: number;
  minutes: number;
}

// Counting a 10 MB post takes seconds: off the main thread, typing never waits for it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WordCountRequest>) => void) | null;
  postMessage: (reply: WordCountReply) => void;
};
scope.onmessage = (event: MessageEvent<WordCountRequest>) => {
  const counts = countWords(event.data.text);
  const reply: WordCountReply = {
    id: event.data.id,
    cjkCharacters: counts.cjkCharacters,
    words: counts.words,
    minutes: readingMinutes(counts),
  };
  scope.postMessage(reply);
};
