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

/**
 * The open post's current text, for views that follow it (preview, form, word count).
 *
 * A keystroke only marks the text stale ({@link changed}): the text is read from the editor when a
 * view asks for it, so typing copies a 1 MB document at most once, and not before it is painted.
 */
export class TextStore extends ValueStore<string> {
  private read: (() => string) | null = null;
  private from = 0;

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
    if (stale) {
      this.value = value;
      this.notify();
    } else {
      super.set(value);
    }
  }

  /** The text changed from offset `from` on (0 when unknown); `read` returns it when asked. */
  changed(read: () => string, from: number): void {
    this.read = read;
    this.from = from;
    this.notify();
  }

  /**
   * Where the latest change starts: the first offset of the editor's document that may differ
   * (an offset of the editor's LF text, at most the same offset in the file's CRLF text).
   */
  changedFrom(): number {
    return this.from;
  }
}
