import { type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

// A reported line this close to the one just scrolled to is our own scroll coming back.
const echoTolerance = 0.5;

/**
 * Scroll sync with the preview in fractional 0-based source lines (VS Code's scheme).
 *
 * Reports the line at the top of the viewport at most once per frame (CodeMirror's measure cycle),
 * and scrolls to a line on request without reporting that scroll back.
 */
export class ScrollSync {
  /** The extension that observes scrolling. */
  readonly extension: Extension;
  private expectedLine: number | null = null;
  private lastReported: number | null = null;

  /** `onTopLineChange` receives the fractional 0-based line at the top of the viewport. */
  constructor(private readonly onTopLineChange: (line: number) => void) {
    this.extension = EditorView.domEventObservers({
      scroll: (_event, view) => {
        view.requestMeasure({ key: this, read: topLineOf, write: (line) => this.report(line) });
      },
    });
  }

  /** Scroll so that fractional 0-based `line` is at the top of the viewport. */
  scrollToLine(view: EditorView, line: number): void {
    const { doc } = view.state;
    const whole = Math.min(Math.max(Math.floor(line), 0), doc.lines - 1);
    const fraction = line > whole ? Math.min(line - whole, 1) : 0;
    const pos = doc.line(whole + 1).from;
    const height = view.lineBlockAt(pos).height;
    this.expectedLine = whole + fraction;
    // y "start" puts the line's top at the viewport top, less the margin: a negative margin moves
    // the fraction of the line above the viewport.
    view.dispatch({
      effects: EditorView.scrollIntoView(pos, { y: 'start', yMargin: -fraction * height }),
    });
  }

  private report(line: number): void {
    if (this.expectedLine !== null && Math.abs(line - this.expectedLine) < echoTolerance) {
      return;
    }
    this.expectedLine = null;
    if (line !== this.lastReported) {
      this.lastReported = line;
      this.onTopLineChange(line);
    }
  }
}

/** The fractional 0-based line at the top of the editor's viewport. */
export function topLineOf(view: EditorView): number {
  const viewportTop = view.scrollDOM.getBoundingClientRect().top;
  const height = viewportTop - view.documentTop;
  if (height <= 0) {
    return 0;
  }
  const block = view.lineBlockAtHeight(height);
  const line = view.state.doc.lineAt(block.from).number - 1;
  const fraction = block.height > 0 ? (height - block.top) / block.height : 0;
  return line + Math.min(Math.max(fraction, 0), 0.999);
}
