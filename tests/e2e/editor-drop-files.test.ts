import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const post = '_posts/2024-11-03-hello-world.md';

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('dropping files into the editor', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('refuses a file that is not an image, and an image whose bytes are not one, with a notice', async () => {
    const { app, page, server } = opened;
    await app.openPost('Hello World');
    await app.typeAtEnd('\n');
    await app.waitSaved();
    const before = await app.readFile(post);
    await app.editor().evaluate((editor) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.4\n%âãÏÓ'], 'doc.pdf', { type: 'application/pdf' }));
      transfer.items.add(new File(['private notes'], 'notes.txt', { type: 'text/plain' }));
      transfer.items.add(new File(['%PDF-1.4'], 'fake.png', { type: 'image/png' }));
      const box = editor.getBoundingClientRect();
      editor.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: transfer,
          clientX: box.left + 20,
          clientY: box.top + 20,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    const notice = page.getByRole('alert').filter({ hasText: 'Not added' });
    await notice.waitFor({ timeout: uiTimeout });
    await expect(notice.textContent()).resolves.toContain('doc.pdf, notes.txt');
    await expect(notice.textContent()).resolves.toContain('fake.png');
    const text = await app.editor().textContent();
    expect(text).not.toContain('%PDF');
    expect(text).not.toContain('private notes');
    expect(await app.readFile(post)).toBe(before);
    expect((await allFiles(server.root)).filter((name) => name.includes('fake'))).toEqual([]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached', timeout: uiTimeout });
  });
});
