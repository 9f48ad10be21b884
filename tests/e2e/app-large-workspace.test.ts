import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const postCount = 10_000;

function day(index: number): string {
  const date = new Date(Date.UTC(2000, 0, 1) + index * 86_400_000);
  return date.toISOString().slice(0, 10);
}

describe('a workspace with 10,000 posts', () => {
  let opened: OpenedApp;

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < postCount; index += 1) {
      const number = String(index).padStart(5, '0');
      files[`_posts/${day(index)}-post-${number}.md`] =
        `---\ntitle: Post ${number}\ndate: ${day(index)}\ntags: [t${index % 50}]\n---\nBody ${number}.\n`;
    }
    opened = await openApp({ files });
  }, 120_000);

  afterAll(async () => {
    await opened.close();
  });

  it('lists them all but renders only the rows in view', async () => {
    const { app } = opened;
    const first = app.postList().getByRole('option').first();
    await expect
      .poll(() => first.getAttribute('aria-setsize'), { timeout: 60_000 })
      .toBe(String(postCount));
    expect(
      await first
        .getAttribute('aria-labelledby')
        .then((id) => app.page.locator(`#${id ?? ''}`).textContent()),
    ).toBe('Post 09999');
    expect(await app.postList().getByRole('option').count()).toBeLessThan(80);
  });

  it('reaches the last post with the End key', async () => {
    const { app, page } = opened;
    await app.postList().focus();
    await page.keyboard.press('End');
    await app.post('Post 00000').waitFor({ timeout: uiTimeout });
    await page.keyboard.press('Enter');
    await app.waitForOpenPost('Post 00000');
  });

  it('filters the 10,000 posts', async () => {
    const { app, page } = opened;
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('post 04321');
    await expect
      .poll(() => app.postList().getByRole('option').count(), { timeout: uiTimeout })
      .toBe(1);
    await app.post('Post 04321').waitFor();
  });
});
