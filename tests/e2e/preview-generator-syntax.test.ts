import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openApp, projectRoot, uiTimeout, type OpenedApp } from './support';

const fixture = join(projectRoot, 'tests/fixtures/markdown/generator-workspace');

describe('the preview of a post written for a static-site generator', () => {
  let opened: OpenedApp;

  beforeAll(async () => {
    opened = await openApp({ fixture });
    await opened.app.openPost('Generator syntax');
    await opened.app.previewFrame().getByText('A small note.').waitFor({ timeout: uiTimeout });
  });

  afterAll(async () => {
    await opened.close();
  });

  it('shows code tags as code, and no template tag as text', async () => {
    const frame = opened.app.previewFrame();
    expect(await frame.locator('pre code.language-scss').textContent()).toBe(
      '.notice {\n  color: red;\n}\n',
    );
    expect(await frame.getByText('Liquid kept literal: {{ site.url }}.').count()).toBe(1);
    const body = (await frame.locator('body').textContent()) ?? '';
    expect(body).not.toMatch(/\{%|\{:|\{\{<|endhighlight/);
  });

  it('shows the figure and the Hexo asset image, loaded from the workspace', async () => {
    const frame = opened.app.previewFrame();
    const figure = frame.getByRole('figure');
    expect(await figure.locator('figcaption').textContent()).toBe('The logo');
    for (const name of ['Logo figure', 'Asset picture']) {
      const image = frame.getByRole('img', { name });
      await image.waitFor({ timeout: uiTimeout });
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
    }
  });

  it('names other shortcodes in a chip', async () => {
    const chip = opened.app.previewFrame().getByText('youtube ZJthWmvUzzc', { exact: true });
    expect(await chip.getAttribute('class')).toBe('pw-shortcode');
  });

  it('shows a link out of the workspace as a link, explained, not struck out', async () => {
    const link = opened.app.previewFrame().getByRole('link', { name: 'extend_head.html' });
    expect(await link.getAttribute('title')).toContain('published site');
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).not.toContain(
      'line-through',
    );
    await link.click();
    expect(opened.page.context().pages()).toHaveLength(1);
    expect(opened.dialogs).toEqual([]);
  });

  it('shows form fields as disabled fields; only the task list has a checkbox', async () => {
    const frame = opened.app.previewFrame();
    expect(await frame.getByRole('checkbox').count()).toBe(1);
    expect(await frame.getByRole('textbox').isDisabled()).toBe(true);
    expect(await frame.getByRole('button', { name: 'formbtn' }).isDisabled()).toBe(true);
  });
});
