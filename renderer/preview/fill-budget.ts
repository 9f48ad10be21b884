// Characters of block HTML put into the frame at first paint, then per idle period. The amount
// per step adapts to this machine's speed so that a step takes at most ~10 ms, and ~3 ms while
// the user types (a key that arrives meanwhile waits for the step). The first paint holds more
// than a screen of prose: 60,000 took all of a 15 KB post, ~60 ms of rendering and sanitizing
// before anything showed (profile of a reload, bench/README.md); the rest follows when idle.

/** Characters of block HTML the first paint puts into the frame. */
export const firstPaintBudget = 20_000;
const fillMilliseconds = 10;
const fillMillisecondsWhileTyping = 3;
const minimumFillBudget = 2_000;
const maximumFillBudget = 200_000;

/** How much of a long post's HTML each step of filling the preview puts into the frame. */
export class FillBudget {
  /** Characters of block HTML put into the frame per millisecond (measured). */
  private rate = 5_000;
  /** The milliseconds the next step may take. */
  private milliseconds = fillMilliseconds;

  /** Characters for the next step (the first paint's are fixed). */
  next(firstPaint: boolean): number {
    return firstPaint
      ? firstPaintBudget
      : Math.min(maximumFillBudget, Math.max(minimumFillBudget, this.rate * this.milliseconds));
  }

  /** The next step runs in an idle period of `idle` ms; shorter while the user types. */
  plan(idle: number, typing: boolean): void {
    this.milliseconds = Math.min(idle, typing ? fillMillisecondsWhileTyping : fillMilliseconds);
  }

  /** A step put `characters` into the frame in `elapsed` ms: the rate the next steps use. */
  measured(characters: number, elapsed: number): void {
    if (characters > 2_000 && elapsed > 0.5) {
      this.rate = characters / elapsed;
    }
  }
}
