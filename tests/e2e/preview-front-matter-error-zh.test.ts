import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

describe('a broken front matter in the Chinese UI', () => {
  let opened: OpenedApp;

  beforeEach(async () => {
    opened = await openApp({ lang: 'zh-CN' });
  });

  afterEach(async () => {
    await opened.close();
  });

  it('is explained in Chinese above the preview', async () => {
    const { app } = opened;
    await app.writeFile(
      '_posts/2024-12-01-broken.md',
      '---\ntitle: 重复键\ntags: a\ntags: b\n---\n正文。\n',
    );
    await app.post('2024-12-01-broken').click({ timeout: uiTimeout });
    const error = app.preview().locator('iframe').contentFrame().locator('.pw-post-error');
    await error.waitFor({ timeout: uiTimeout });
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('键“tags”在同一层级中重复出现。');
    expect(text).not.toMatch(/Map keys|unique/);
  });
});
