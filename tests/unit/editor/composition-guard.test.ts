// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EditorController } from '../../../renderer/editor/editor-controller';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeAll(() => {
  // jsdom has no layout; CodeMirror's measuring asks ranges for rectangles.
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null });
  Range.prototype.getBoundingClientRect = () =>
    ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0 }) as DOMRect;
});

afterEach(() => {
  document.body.replaceChildren();
});

const line = fc.string({
  unit: fc.constantFrom('中', '文', 'a', ' ', '*', '-', '#', '字'),
  maxLength: 12,
});
const title = fc.string({
  unit: fc.constantFrom('新', '旧', 'x', ' ', ':'),
  minLength: 1,
  maxLength: 6,
});

describe('text pushed during a composition', () => {
  it('ends with the app change and the committed word, whether the app read the text before or during it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 5 }),
        title,
        title,
        fc.nat(),
        fc.boolean(),
        async (lines, before, after, at, echo) => {
          const body = lines.join('\n');
          const head = (value: string) => `---\ntitle: ${value}\n---\n`;
          const host = document.createElement('div');
          document.body.append(host);
          const editor = new EditorController(
            host,
            head(before) + body,
            {
              theme: 'light',
              fontSize: 16,
              lineWrapping: true,
              readOnly: false,
              translate: (key) => key,
            },
            () => ({ onChange: () => undefined }),
          );
          try {
            const { view } = editor;
            const cursor = head(before).length + (at % (body.length + 1));
            view.dispatch({ selection: { anchor: cursor } });
            view.contentDOM.dispatchEvent(
              new CompositionEvent('compositionstart', { bubbles: true }),
            );
            view.dispatch({
              changes: { from: cursor, insert: 'pin' },
              userEvent: 'input.type.compose',
            });
            // Text from disk (read before the composition) or the form's echo of getText().
            const pushed = echo
              ? editor.getText().replace(head(before), head(after))
              : head(after) + body;
            editor.applyText(pushed);
            view.dispatch({
              changes: { from: cursor, to: cursor + 3, insert: '拼' },
              userEvent: 'input.type.compose',
            });
            view.contentDOM.dispatchEvent(
              new CompositionEvent('compositionend', { bubbles: true }),
            );
            await tick();
            const offset = cursor - head(before).length;
            expect(editor.getText()).toBe(
              head(after) + body.slice(0, offset) + '拼' + body.slice(offset),
            );
          } finally {
            editor.destroy();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
