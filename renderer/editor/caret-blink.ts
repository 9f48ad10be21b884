import { type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, type ViewUpdate, drawSelection } from '@codemirror/view';

/** A full blink (shown, then hidden), as CodeMirror's default. */
const blinkPeriodMs = 1200;

/**
 * Draws the selection and cursors (`drawSelection`) with a caret that blinks by a timer instead
 * of CodeMirror's CSS animation.
 *
 * An infinite CSS animation keeps Chromium producing frames at the display's rate, so a keystroke
 * always waits for the next vsync (measured: typing p50 10–12 ms against 5–6 ms for the same
 * editor without the animation, bench/README.md). Toggling the caret's opacity twice a period
 * costs a frame each time, like the browser's own caret, and leaves the compositor idle between,
 * so a key's frame starts as soon as the key is handled. Any selection or text change shows the
 * caret and restarts the period, as a caret does.
 */
export function drawSelectionWithTimedCaret(): Extension {
  return [
    drawSelection({ cursorBlinkRate: 0 }),
    // `!important`: the cursor layer still switches its inline animation name on every
    // selection change, which would start a (zero-length) animation per keystroke.
    EditorView.theme({
      '&.cm-focused > .cm-scroller > .cm-cursorLayer': { animation: 'none !important' },
    }),
    caretBlink,
  ];
}

const caretBlink = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setInterval> | null = null;
    private hidden = false;

    constructor(private readonly view: EditorView) {
      this.restart();
    }

    update(update: ViewUpdate): void {
      if (update.focusChanged || update.selectionSet || update.docChanged) {
        this.restart();
      }
    }

    destroy(): void {
      this.stop();
    }

    private restart(): void {
      this.stop();
      if (this.view.hasFocus) {
        this.timer = setInterval(() => this.show(this.hidden), blinkPeriodMs / 2);
      }
    }

    private stop(): void {
      if (this.timer !== null) {
        clearInterval(this.timer);
        this.timer = null;
      }
      this.show(true);
    }

    private show(visible: boolean): void {
      if (this.hidden === !visible) {
        return;
      }
      this.hidden = !visible;
      const layer = this.view.scrollDOM.querySelector<HTMLElement>(':scope > .cm-cursorLayer');
      // Inline opacity: no selector invalidation, only the cursor layer is repainted.
      layer?.style.setProperty('opacity', visible ? '' : '0');
    }
  },
);
