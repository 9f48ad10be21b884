import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('the preview header', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp();
  });

  afterEach(async () => {
    await opened.close();
  });

  it('shows the categories and tags as pills on one line', async () => {
    const { app } = opened;
    await app.openPost('Hello World');
    const frame = app.preview().locator('iframe').contentFrame();
    const pills = frame.locator('.pw-post-tags li');
    await pills.nth(2).waitFor({ timeout: uiTimeout });
    expect(await pills.allTextContents()).toEqual(['notes', 'intro', 'meta']);
    const tops = await pills.evaluateAll((items) =>
      items.map((item) => Math.round(item.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
  });
});
