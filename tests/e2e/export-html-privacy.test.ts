import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

// "Export as HTML" renders the post with the preview's pipeline. With remote images off, it
// must fetch nothing from the post's hosts (the app's own page loaded them while it built the
// file), and the file must not make a reader's browser fetch them or call back to serve mode.

const remote = 'https://remote-canary.example';
const post = `---
title: Tracked
---

A tracking pixel ![pixel](${remote}/markdown.png) and raw HTML
<img src="${remote}/raw.png" alt="raw"> and math $x^2$.
`;

describe('Export as HTML with remote images off', () => {
  let opened: OpenedApp;

  afterEach(async () => {
    await opened.close();
  });

  it('fetches no remote image while exporting, and the file links none', async () => {
    opened = await openApp();
    const { app, page } = opened;
    const fetched: string[] = [];
    await page.context().route(`${remote}/**`, async (route) => {
      fetched.push(route.request().url());
      await route.abort();
    });
    await app.writeFile('_posts/2024-06-01-tracked.md', post);
    await app.useSettings({ allowRemoteImages: false });
    await app.openPost('Tracked');
    await app.previewFrame().getByText('tracking pixel').waitFor({ timeout: uiTimeout });
    await page.getByRole('button', { name: 'Export', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: uiTimeout }),
      dialog.getByRole('button', { name: 'Export as HTML' }).click(),
    ]);
    const html = await readFile(await download.path(), 'utf8');
    expect(html).toContain('tracking pixel');
    expect(fetched).toEqual([]);
    expect(html).not.toContain(`src="${remote}`);
    // Nothing in the file points back at the serve origin (KaTeX's fonts are embedded or dropped).
    expect(html).not.toContain(new URL(page.url()).origin);
  });
});
