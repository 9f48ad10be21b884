// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { UrlBlockReason } from '../../../core/markdown/url-policy';
import en from '../../../renderer/i18n/locales/en/preview.json';
import zh from '../../../renderer/i18n/locales/zh-CN/preview.json';
import { createMarkdownRenderer } from '../../../core/markdown/markdown-renderer';
import { createBlockSanitizer } from '../../../renderer/preview/sanitize-block';

const sanitize = createBlockSanitizer(window, {
  postPath: 'source/_posts/hello.md',
  allowRemoteImages: true,
  workspaceFileUrl: (path) => `postwright-file://workspace/${path}`,
  labels: {
    siteLink: (url) => `site: ${url}`,
    blocked: (reason) => `blocked: ${reason}`,
  },
});

function renderPost(markdown: string): HTMLElement {
  const holder = document.createElement('div');
  for (const block of createMarkdownRenderer().render(markdown).blocks) {
    holder.append(sanitize(block.html));
  }
  return holder;
}

function assertInert(root: HTMLElement): void {
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      expect(name, element.outerHTML).not.toMatch(/^on|^(?:formaction|action|autofocus|srcset)$/i);
      if (name === 'href' || name === 'src') {
        expect(element.getAttribute(name), element.outerHTML).not.toMatch(/^\s*javascript/i);
      }
    }
  }
  expect(root.querySelector('script, form, button, iframe, style')).toBeNull();
}

describe('form inputs', () => {
  test('fields show as what they are, disabled; only task lists make checkboxes', () => {
    const root = renderPost(
      [
        '<form action="https://evil.example">',
        'Name: <input type="text" size="30" name="n" onfocus="alert(1)" autofocus><br>',
        '<input type="submit" value="formbtn" formaction="javascript:alert(1)">',
        '<input type="image" src="https://evil.example/x.png"><input type="file"><input>',
        '</form>',
        '',
        '- [x] done',
      ].join('\n'),
    );
    assertInert(root);
    const inputs = [...root.querySelectorAll('input')];
    expect(inputs.map((input) => [input.type, input.disabled])).toEqual([
      ['text', true],
      ['submit', true],
      ['hidden', true],
      ['hidden', true],
      ['text', true],
      ['checkbox', true],
    ]);
    expect(inputs[0]?.getAttribute('size')).toBe('30');
    expect(inputs[1]?.value).toBe('formbtn');
    expect(inputs[2]?.hasAttribute('src')).toBe(false);
    expect(root.querySelectorAll('input[type=checkbox]')).toHaveLength(1);
  });
});

describe('links', () => {
  test('a link out of the workspace is a site link, explained, not struck out', () => {
    const root = renderPost(
      '[faq](../../../papermod/papermod-faq/#custom-head--footer) [pdf](files/a.pdf) [bad](tel:123)',
    );
    const [faq, pdf, bad] = [...root.querySelectorAll('a')];
    expect(faq?.hasAttribute('data-pw-blocked')).toBe(false);
    expect(faq?.hasAttribute('data-pw-site')).toBe(true);
    expect(faq?.getAttribute('href')).toBe('#');
    expect(faq?.title).toBe('site: ../../../papermod/papermod-faq/#custom-head--footer');
    expect(pdf?.title).toBe('site: files/a.pdf');
    expect(bad?.getAttribute('data-pw-blocked')).toBe('scheme');
    expect(bad?.title).toBe('blocked: scheme');
  });
});

describe('generator syntax through the sanitizer', () => {
  test('Hexo asset_img tries the post folder, then the asset folder', () => {
    const image = renderPost('{% asset_img "spaced asset.jpg" A title %}').querySelector('img');
    expect(image?.getAttribute('src')).toBe(
      'postwright-file://workspace/source/_posts/spaced asset.jpg',
    );
    expect(JSON.parse(image?.getAttribute('data-pw-candidates') ?? '[]')).toEqual([
      'postwright-file://workspace/source/_posts/hello/spaced asset.jpg',
    ]);
    expect(image?.title).toBe('A title');
  });

  test('a Hugo figure goes through the URL policy', () => {
    const root = renderPost(
      '{{< figure src="/images/a.png" caption="A **park**" link="https://x.example" >}}',
    );
    expect(root.querySelector('figure a')?.getAttribute('data-pw-external')).toBe(
      'https://x.example',
    );
    expect(root.querySelector('figure img')?.getAttribute('data-pw-workspace')).toBe(
      'images/a.png',
    );
    expect(root.querySelector('figcaption strong')?.textContent).toBe('park');
  });

  test('hostile tag arguments stay inert', () => {
    const root = renderPost(
      [
        '{{< figure src="javascript:alert(1)" link="javascript:alert(1)" caption="<img src=x onerror=alert(1)>" title="<script>alert(1)</script>" >}}',
        '',
        '{% asset_img "x\\" onerror=\\"alert(1)" title %} {% asset_link "javascript:alert(1)" go %}',
        '',
        '{{< x "\\"><script>alert(1)</script>" >}} and {{% y onclick="alert(1)" %}}',
        '',
        '{% highlight html" onmouseover="alert(1) %}',
        '<script>alert(1)</script>',
        '{% endhighlight %}',
      ].join('\n'),
    );
    assertInert(root);
    expect(root.querySelectorAll('.pw-shortcode')).toHaveLength(2);
    expect(root.querySelector('pre code')?.textContent).toBe('<script>alert(1)</script>\n');
  });
});

describe('link tooltips', () => {
  // A Record, so that a new reason without a label fails to compile.
  const reasons: Record<UrlBlockReason, true> = {
    empty: true,
    scheme: true,
    'insecure-image': true,
    'remote-images-disabled': true,
    'data-url': true,
    'network-path': true,
    'absolute-path': true,
    'outside-workspace': true,
    invalid: true,
  };
  test.each([
    ['en', en],
    ['zh-CN', zh],
  ])('every reason is explained in %s', (_language, catalog) => {
    const blocked: Record<string, string> = catalog.link.blocked;
    expect(catalog.link.site).toContain('{{url}}');
    for (const reason of Object.keys(reasons)) {
      expect(blocked[reason], reason).toMatch(/\S/);
    }
  });
});
