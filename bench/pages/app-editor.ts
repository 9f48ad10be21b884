import { EditorController } from '../../renderer/editor/editor-controller';

// A diagnostic between the floor and the app: the app's own editor (EditorController with the
// writing setup, settings, composition guard, scroll sync...) alone on a page, without React,
// the preview or the rest of the app. Its distance to the bare page is the editor's own cost;
// its distance to the app is what the rest of the app adds to a keystroke.
const params = new URLSearchParams(location.search);
const doc = params.get('doc') ?? '15kb-zh';

async function start(): Promise<void> {
  const response = await fetch(`/${doc}.md`);
  const text = await response.text();
  const controller = new EditorController(
    document.body,
    text,
    {
      theme: 'light',
      fontSize: 15,
      lineWrapping: true,
      readOnly: false,
      translate: (key) => key,
    },
    () => ({ onChange: () => undefined }),
  );
  controller.view.contentDOM.setAttribute('aria-label', 'Markdown editor');
  document.title = 'ready';
}

void start();
