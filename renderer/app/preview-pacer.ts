/** Above this many characters the preview is paced: one update of a huge post costs 100+ ms. */
export const pacedLength = 2_000_000;

/**
 * Up to this many characters the preview updates before the keystroke is painted (a few ms),
 * so the editor and the preview show it in the same frame; longer posts update right after.
 */
export const sameFrameLength = 100_000;

/**
 * Paces preview updates of very large posts so that typing keeps at least half the main thread.
 *
 * After an update that took `cost` ms, the next one starts no sooner than `cost` ms after it
 * ended; changes meanwhile are coalesced into that one update, so the last keystroke is always
 * shown. Posts under {@link pacedLength} update at once, on every change.
 */
export class PreviewPacer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started: number | null = null;
  private readyAt = 0;

  constructor(
    /** Shows the latest text: `sameFrame` asks for it before the next paint. */
    private readonly push: (sameFrame: boolean) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The text changed; `length` is the size of the last text shown. */
  changed(length: number): void {
    if (this.timer !== undefined) {
      return;
    }
    if (length <= sameFrameLength) {
      this.push(true);
      return;
    }
    const wait = length > pacedLength ? this.readyAt - this.now() : 0;
    if (wait <= 0) {
      this.start();
    } else {
      this.timer = setTimeout(() => this.start(), wait);
    }
  }

  /** The update was committed (the preview has the text). */
  committed(): void {
    if (this.started === null) {
      return;
    }
    const end = this.now();
    this.readyAt = end + (end - this.started);
    this.started = null;
  }

  /** Stops a pending update. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private start(): void {
    this.timer = undefined;
    this.started ??= this.now();
    this.push(false);
  }
}
