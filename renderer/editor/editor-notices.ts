import { type EditorState, type Extension } from '@codemirror/state';
import { type Panel, showPanel } from '@codemirror/view';
import { editedLineSeparator, isEdited, loadedLineSeparator } from './document-text';
import type { EditorTranslate } from './editor-phrases';
import { largeFileReason } from './large-file-mode';

/**
 * Notices above the text that the user must see before they matter: a post with mixed line
 * endings (shown until the first edit normalises them) and large-file mode (highlighting off).
 */
export function editorNotices(t: EditorTranslate): Extension {
  // One constructor per message: the facet sees the same value on every keystroke and keeps the
  // panel, instead of rebuilding it (and re-measuring the editor) on each one.
  const panels = new Map<string, () => Panel>();
  return showPanel.compute(['doc'], (state) => {
    const message = noticeFor(state, t);
    if (message === null) {
      return null;
    }
    let panel = panels.get(message);
    if (panel === undefined) {
      panel = () => noticePanel(message);
      panels.set(message, panel);
    }
    return panel;
  });
}

function noticeFor(state: EditorState, t: EditorTranslate): string | null {
  const messages: string[] = [];
  if (loadedLineSeparator(state) === 'mixed' && !isEdited(state)) {
    const separator = editedLineSeparator(state) === '\r\n' ? 'CRLF' : 'LF';
    messages.push(t('notice.mixedLineEndings', { separator }));
  }
  const large = largeFileReason(state);
  if (large !== null) {
    messages.push(t(large === 'size' ? 'notice.largeFile' : 'notice.longLine'));
  }
  return messages.length === 0 ? null : messages.join(' ');
}

function noticePanel(message: string): Panel {
  const dom = document.createElement('div');
  dom.className = 'cm-notice';
  // A note, not a status: the app's save state is the page's one status line.
  dom.setAttribute('role', 'note');
  dom.textContent = message;
  return { dom, top: true };
}
