import type { TextChange, TextEdit } from '../../core/markdown/live-post';

/** A value that views follow without re-rendering the app (the open post's text, the top line). */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(protected value: T) {}

  /** The latest value. */
  get(): T {
    return this.value;
  }

  /** Replaces the value and tells every listener (nothing happens when it is the same). */
  set(value: T): void {
    if (Object.is(value, this.value)) {
      return;
    }
    this.value = value;
    this.notify();
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  protected notify(): void {
    for (const listener of this.listeners) {
      listener();
    }
  }
}

// Changes kept for views that follow the text by its edits; one further behind reads the text.
const keptChanges = 64;

/**
 * The open post's current text, for views that follow it (preview, form, word count).
 *
 * A keystroke only marks the text stale ({@link changed}): the text is read from the editor when a
 * view asks for it, so typing copies a 1 MB document at most once, and not before it is painted.
 */
export class TextStore extends ValueStore<string> {
  private read: (() => string) | null = null;
  private from = 0;
  /** Counts replacements and changes: a view remembers the revision it has seen. */
  private revision = 0;
  /** Counts replacements of the whole text (a post opened or closed). */
  private replacements = 0;
  /** The latest changes, each with the revision it made (null: its edits are unknown). */
  private changes: { revision: number; change: TextChange | null }[] = [];

  constructor() {
    super('');
  }

  /** The latest text (read from the editor once per change, when first asked). */
  override get(): string {
    if (this.read !== null) {
      this.value = this.read();
      this.read = null;
    }
    return this.value;
  }

  /** Replaces the whole text (a post opened or reloaded): every view treats it as all new. */
  override set(value: string): void {
    const stale = this.read !== null;
    this.read = null;
    this.from = 0;
    this.revision++;
    this.replacements++;
    this.changes = [];
    if (stale) {
      this.value = value;
      this.notify();
    } else {
      super.set(value);
    }
  }

  /**
   * The text changed from offset `from` on (0 when unknown); `read` returns it when asked;
   * `change` is the editor's edits, for views that follow them instead of reading the text.
   */
  changed(read: () => string, from: number, change: TextChange | null = null): void {
    this.read = read;
    this.from = from;
    this.revision++;
    this.changes.push({ revision: this.revision, change });
    if (this.changes.length > keptChanges) {
      this.changes.splice(0, this.changes.length - keptChanges);
    }
    this.notify();
  }

  /**
   * How many times the whole text was replaced: a view of one post stops following the store
   * when this changes (the app mounts a new view for the next post).
   */
  replacementCount(): number {
    return this.replacements;
  }

  /** The current revision (see {@link changesSince}). */
  currentRevision(): number {
    return this.revision;
  }

  /**
   * The edits from `revision` to the current one, with the resulting length, or null when they
   * are not known (the text was replaced, a change came without edits, or too many ago):
   * then read the text.
   */
  changesSince(revision: number): TextChange | null {
    if (revision === this.revision) {
      return { edits: [], length: -1 };
    }
    const first = this.changes.findIndex((entry) => entry.revision === revision + 1);
    if (first < 0) {
      return null;
    }
    const edits: TextEdit[] = [];
    let length = -1;
    for (let i = first; i < this.changes.length; i++) {
      const change = (this.changes[i] as { change: TextChange | null }).change;
      if (change === null) {
        return null;
      }
      for (const edit of change.edits) {
        edits.push(edit);
      }
      length = change.length;
    }
    return { edits, length };
  }

  /**
   * Where the latest change starts: the first offset of the editor's document that may differ
   * (an offset of the editor's LF text, at most the same offset in the file's CRLF text).
   */
  changedFrom(): number {
    return this.from;
  }
}
