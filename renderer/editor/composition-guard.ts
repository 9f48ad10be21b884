import { ChangeSet, type Extension, type Text } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import { externalChange, replaceTextSpec, textReplacement } from './document-text';
import type { TextReplacement } from './text-diff';

// Chrome on macOS places the native Chinese IME's candidate window wrongly when CodeMirror uses the
// EditContext API (https://github.com/codemirror/dev/issues/1409, Chromium issue 351029417). The
// known mitigation is to keep CodeMirror on contenteditable, which is what this static flag does.
// (@codemirror/view 6.43 only turns EditContext on for Android; the flag keeps it off should that
// change in an update.)
(EditorView as unknown as { EDIT_CONTEXT: boolean }).EDIT_CONTEXT = false;

/** The document as it was when the composition started, and the edits made since. */
interface CompositionBase {
  doc: Text;
  since: ChangeSet;
}

/** A replacement waiting for the composition to end, and the edits it must be mapped over. */
interface QueuedChange {
  changes: ChangeSet;
  since: ChangeSet;
}

/**
 * Keeps everything that does not come from the keyboard away from an IME composition in progress.
 *
 * Dispatching into the document while the user composes (pinyin shown, not yet committed) can split,
 * duplicate or drop the composed text in Chromium. So external work — text from the app, settings,
 * cursor moves, commands — is queued while `view.compositionStarted` holds, and run a tick after
 * `compositionend`, once CodeMirror has read the committed text. Text that arrives meanwhile is
 * diffed against the current document when it leaves the composed text alone (the app built it
 * from `getText()`), else against the document from before the composition (text from disk); either
 * way it is mapped over the edits that follow, so the app's change and the user's words both survive.
 */
export class CompositionGuard {
  /** The guard's editor extension: composition events and change tracking. */
  readonly extension: Extension;
  private view: EditorView | null = null;
  private base: CompositionBase | null = null;
  private queuedChange: QueuedChange | null = null;
  private readonly queuedTasks = new Map<string, (view: EditorView) => void>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private changedWhileComposing = false;

  /** `onCompositionEnd` runs after each composition, once the work queued during it is done. */
  constructor(private readonly onCompositionEnd: () => void) {
    this.extension = [
      EditorView.domEventObservers({
        compositionstart: (_event, view) => {
          this.startBase(view);
        },
        compositionend: (_event, view) => this.scheduleFlush(view),
      }),
      EditorView.updateListener.of((update) => this.track(update)),
    ];
  }

  /** Attach the view the guard protects (after the view is constructed). */
  attach(view: EditorView): void {
    this.view = view;
  }

  /** Whether an IME composition is in progress. */
  isComposing(): boolean {
    return this.view !== null && (this.view.compositionStarted || this.view.composing);
  }

  /** Run `task` now, or after the composition; a later task with the same key replaces a queued one. */
  run(key: string, task: (view: EditorView) => void): void {
    const view = this.view;
    if (view === null) {
      return;
    }
    if (this.isComposing()) {
      this.queuedTasks.set(key, task);
    } else {
      task(view);
    }
  }

  /** Make the document equal `text` by a minimal change, now or after the composition (latest wins). */
  applyText(text: string): void {
    const view = this.view;
    if (view === null) {
      return;
    }
    if (this.isComposing()) {
      this.queuedChange = this.queueText(view, text);
      return;
    }
    const spec = replaceTextSpec(view.state, text);
    if (spec !== null) {
      view.dispatch(spec);
    }
  }

  /** Drop queued work and timers (the view is being destroyed). */
  destroy(): void {
    if (this.flushTimer !== null) {
      clearTimeout(this.flushTimer);
    }
    this.base = null;
    this.queuedChange = null;
    this.queuedTasks.clear();
    this.view = null;
  }

  private startBase(view: EditorView): CompositionBase {
    this.base ??= { doc: view.state.doc, since: ChangeSet.empty(view.state.doc.length) };
    return this.base;
  }

  private queueText(view: EditorView, text: string): QueuedChange | null {
    const base = this.startBase(view);
    const current = view.state.doc;
    const fromCurrent = textReplacement(current, text);
    if (fromCurrent === null) {
      // The app already has the current text (composed part included): nothing left to apply.
      return null;
    }
    if (!touches(fromCurrent, base.since)) {
      return {
        changes: ChangeSet.of(fromCurrent, current.length),
        since: ChangeSet.empty(current.length),
      };
    }
    const fromBase = textReplacement(base.doc, text);
    return fromBase === null
      ? null
      : { changes: ChangeSet.of(fromBase, base.doc.length), since: base.since };
  }

  private track(update: ViewUpdate): void {
    if (update.docChanged) {
      if (this.base !== null) {
        this.base.since = this.base.since.compose(update.changes);
      }
      if (this.queuedChange !== null) {
        this.queuedChange.since = this.queuedChange.since.compose(update.changes);
      }
      if (this.isComposing()) {
        this.changedWhileComposing = true;
      }
    }
    // compositionend can go missing (CodeMirror works around the same): any later update that
    // finds no composition still ends ours.
    if (
      !this.isComposing() &&
      (this.base !== null || this.queuedTasks.size > 0 || this.changedWhileComposing)
    ) {
      this.scheduleFlush(update.view);
    }
  }

  private scheduleFlush(view: EditorView): void {
    this.view ??= view;
    if (this.flushTimer !== null) {
      return;
    }
    // A macrotask: CodeMirror reads the committed text in a microtask after compositionend.
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush();
    }, 0);
  }

  private flush(): void {
    const view = this.view;
    if (view === null || this.isComposing()) {
      return;
    }
    const queued = this.queuedChange;
    this.base = null;
    this.queuedChange = null;
    this.changedWhileComposing = false;
    if (queued !== null) {
      view.dispatch(externalChange(queued.changes.map(queued.since)));
    }
    const tasks = [...this.queuedTasks.values()];
    this.queuedTasks.clear();
    for (const task of tasks) {
      task(view);
    }
    this.onCompositionEnd();
  }
}

/** Whether a replacement in the current document touches text that `composed` inserted or changed. */
function touches(replacement: TextReplacement, composed: ChangeSet): boolean {
  let touched = false;
  composed.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    touched ||= replacement.from <= toB && replacement.to >= fromB;
  });
  return touched;
}
