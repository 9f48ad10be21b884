import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

// An Astro blog starter post: its content schema names the date `pubDate`.
const postPath = 'src/content/blog/first-post.md';
const post = [
  '---',
  "title: 'First post'",
  "description: 'Lorem ipsum dolor sit amet'",
  "pubDate: 'Jul 08 2022'",
  "heroImage: '/blog-placeholder-3.jpg'",
  '---',
  '',
  'Body.',
  '',
].join('\n');

describe('the form on an Astro post, whose date is `pubDate`', () => {
  let opened: OpenedApp;

  beforeAll(async () => {
    opened = await openApp({ files: { [postPath]: post } });
  });
  afterAll(async () => {
    await opened.close();
  });

  it('shows pubDate as the Date field and writes the edit to that line, adding no date key', async () => {
    const { app } = opened;
    await app.openPost('First post');
    const form = app.frontMatter();
    const date = form.getByLabel('Date');
    await expect.poll(() => date.inputValue(), { timeout: uiTimeout }).toBe('Jul 08 2022');
    // pubDate is the Date field, not an extra field as well.
    expect(await form.getByRole('textbox', { name: 'pubDate' }).count()).toBe(0);
    await date.fill('Jul 09 2022');
    await date.press('Tab');
    await expect
      .poll(() => app.readFile(postPath), { timeout: uiTimeout })
      .toBe(post.replace("pubDate: 'Jul 08 2022'", "pubDate: 'Jul 09 2022'"));
  });
});
