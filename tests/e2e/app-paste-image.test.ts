import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

// A 1×1 PNG.
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('pasting an image', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('stores the image beside the post and inserts its Markdown link', async () => {
    const { app, page, server } = opened;
    await app.openPost('Hello World');
    await app.typeAtEnd('\n');
    await app.editor().evaluate((editor, data) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'pasted-photo.png', { type: 'image/png' }));
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, png);
    const post = '_posts/2024-11-03-hello-world.md';
    await expect
      .poll(() => app.readFile(post), { timeout: uiTimeout })
      .toMatch(/!\[[^\]]*\]\([^)]*pasted-photo[^)]*\.png\)/);
    const link =
      /!\[[^\]]*\]\(([^)]*pasted-photo[^)]*\.png)\)/.exec(await app.readFile(post))?.[1] ?? '';
    const target = link.startsWith('/')
      ? join(server.root, link)
      : join(server.root, dirname(post), decodeURI(link));
    await expect(access(target)).resolves.toBeUndefined();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  });
});
