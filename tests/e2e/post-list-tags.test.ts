import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('the tags of a post list row', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('are shown whole or not at all when the row is too narrow for all of them', async () => {
    const { app } = opened;
    const row = app.post('A Hugo post with TOML');
    await row.waitFor({ timeout: uiTimeout });
    const shown = await row.locator('.post-row-meta').evaluate((meta) => {
      const edge = meta.getBoundingClientRect();
      return [...meta.querySelectorAll('.tag')].flatMap((tag) => {
        const box = tag.getBoundingClientRect();
        const visible = box.top < edge.bottom && box.left < edge.right;
        return visible ? [{ text: tag.textContent, cut: box.right > edge.right + 0.5 }] : [];
      });
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((tag) => tag.cut)).toEqual([]);
  });
});
