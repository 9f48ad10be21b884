import { defaultKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

// The floor of T1/T2: CodeMirror with its default keymap and nothing else, on the same document the app edits.
// `?language=markdown` adds the Markdown language (T1's floor); without it, plain text (T2's).
const params = new URLSearchParams(location.search);
const doc = params.get('doc') ?? '15kb-zh';

async function start(): Promise<void> {
  const response = await fetch(`/${doc}.md`);
  const text = await response.text();
  const extensions = params.get('language') === 'markdown' ? [markdown()] : [];
  const view = new EditorView({
    state: EditorState.create({
      doc: text,
      extensions: [...extensions, keymap.of(defaultKeymap), EditorView.lineWrapping],
    }),
    parent: document.body,
  });
  view.contentDOM.setAttribute('aria-label', 'Markdown editor');
  document.title = 'ready';
}

void start();
