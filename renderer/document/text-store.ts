/** A value that views follow without re-rendering the app (the open post's text, the top line). */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

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
    for (const listener of this.listeners) {
      listener();
    }
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** The open post's current text, for views that follow it (preview, form, word count). */
export class TextStore extends ValueStore<string> {
  constructor() {
    super('');
  }
}
