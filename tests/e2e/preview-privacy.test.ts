import { afterEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

// With remote images off, opening a post must not make the browser reach any other host: not
// through its images, nor raw HTML, CSS, SVG references, embeds, links or math. Every request
// the page and its frames make is recorded; only the app's own origin may appear.

const remote = 'https://remote-canary.example';
const vectors = [
  `![md](${remote}/md.png) [link](${remote}/link) <${remote}/autolink>`,
  `<img src="${remote}/img.png" srcset="${remote}/srcset.png 2x">`,
  `<img src="//remote-canary.example/protocol-relative.png"> <img src="/\\remote-canary.example/slash.png">`,
  `<picture><source srcset="${remote}/source.png"><img src="x.png"></picture>`,
  `<video poster="${remote}/poster.png" src="${remote}/v.mp4"></video><audio src="${remote}/a.mp3"></audio>`,
  `<iframe src="${remote}/frame"></iframe><object data="${remote}/o"></object><embed src="${remote}/e">`,
  `<link rel="stylesheet" href="${remote}/s.css"><link rel="prefetch" href="${remote}/p">`,
  `<style>@import "${remote}/i.css"; body { background: url(${remote}/b.png) }</style>`,
  `<div style="background:url(${remote}/style.png)">styled</div>`,
  `<div style="background-image:image-set('${remote}/set.png' 1x)">set</div>`,
  `<table background="${remote}/table.png"><tr><td>cell</td></tr></table>`,
  `<input type="image" src="${remote}/input.png">`,
  `<svg width="20" height="20"><image href="${remote}/svg-image.png"/><use href="${remote}/u.svg#x"/>` +
    `<rect width="9" height="9" fill="url(${remote}/fill.svg#g)" filter="url(${remote}/f.svg#f)"` +
    ` mask="url(${remote}/m.svg#m)" clip-path="url(${remote}/c.svg#c)"/></svg>`,
  `<meta http-equiv="refresh" content="0;url=${remote}/refresh"><base href="${remote}/base/">`,
  `<a href="${remote}/ping" ping="${remote}/pinged">ping</a>`,
  `$\\href{${remote}/katex}{k}$ $\\includegraphics{${remote}/gfx.png}$`,
];
const post = `---\ntitle: Private\n---\n\nStart of the post.\n\n${vectors.join('\n\n')}\n\nEnd of the post.\n`;

describe('the preview with remote images off', () => {
  let opened: OpenedApp;

  afterEach(async () => {
    await opened.close();
  });

  it('reaches no other host for anything in a post', async () => {
    opened = await openApp();
    const { app, page } = opened;
    const origin = new URL(page.url()).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !/^(?:data|blob|about):/.test(url)) {
        elsewhere.push(url);
      }
    });
    await page.context().route(`${remote}/**`, (route) => route.abort());
    await app.writeFile('_posts/2024-06-02-private.md', post);
    await app.useSettings({ allowRemoteImages: false });
    await app.openPost('Private');
    const frame = app.previewFrame();
    await frame.getByText('End of the post.').waitFor({ timeout: uiTimeout });
    // Scrolled through, so that lazy blocks and lazy images are built and would load.
    await frame
      .locator('body')
      .evaluate((body) => body.ownerDocument.scrollingElement?.scrollBy(0, 1e6));
    await frame.getByText('styled').waitFor({ timeout: uiTimeout });
    // A round trip to the server after the frame was built: anything queued has been sent.
    await app.callApi('listPosts', {});
    expect(elsewhere).toEqual([]);
  });
});
