// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createBlockSanitizer } from '../../../renderer/preview/sanitize-block';
import { createMarkdownRenderer } from '../../../core/markdown/markdown-renderer';
import { registerKatex } from '../../../core/markdown/katex-math';

const sanitize = createBlockSanitizer(window, {
  postPath: 'posts/hello.md',
  allowRemoteImages: true,
  workspaceFileUrl: (path) =>
    `postwright-file://workspace/${path.split('/').map(encodeURIComponent).join('/')}`,
});

function clean(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.append(sanitize(html));
  return holder;
}

function renderPost(markdown: string): HTMLElement {
  const holder = document.createElement('div');
  for (const block of createMarkdownRenderer().render(markdown).blocks) {
    holder.append(sanitize(block.html));
  }
  return holder;
}

const eventHandler = /^on/i;

function assertInert(root: HTMLElement): void {
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      expect(name, element.outerHTML).not.toMatch(eventHandler);
      const value = element.getAttribute(name) ?? '';
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name)) {
        expect(value, element.outerHTML).not.toMatch(/^\s*(?:javascript|vbscript|data:text|file)/i);
      }
      if (name === 'style') {
        expect(value, element.outerHTML).not.toMatch(/url\(|image-set/i);
      }
      if (name.startsWith('data-pw-')) {
        expect(value, element.outerHTML).not.toMatch(/javascript|\.\.\//i);
      }
    }
  }
  expect(
    root.querySelector(
      'script, style, iframe, object, embed, form, base, meta, link, button, textarea, select, frame, use, animate, set, foreignObject, template',
    ),
  ).toBeNull();
}

describe('XSS payloads', () => {
  test.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<svg><script>alert(1)</script></svg>',
    '<svg onload=alert(1)><circle r=5 /></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><animate attributeName="href" values="javascript:alert(1)" /></svg>',
    '<svg><use href="data:image/svg+xml,<svg id=x><script>alert(1)</script></svg>#x"/></svg>',
    '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<style>body{background:red}</style>',
    '<style>@import "https://evil.example/x.css";</style>',
    '<form action="https://evil.example"><input name=p><button>go</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<img srcset="https://evil.example/a.png 1x" src="ok.png">',
    '<div style="background:url(https://evil.example/track.png)">x</div>',
    '<div style="position:fixed;inset:0;background-image:image-set(\'x.png\' 1x)">x</div>',
    '<details open ontoggle=alert(1)>x</details>',
    '<video><source onerror=alert(1)></video>',
    '<a href="x" data-pw-external="javascript:alert(1)" data-pw-post="../../etc/passwd">x</a>',
    '<input type="text" value="secret" onfocus="alert(1)" autofocus>',
    '<template><img src=x onerror=alert(1)></template>',
    '<p id="x" onclick="alert(1)" onmouseover="alert(1)">x</p>',
  ])('%s', (payload) => {
    assertInert(clean(payload));
  });

  test('the same payloads written in a post are inert after rendering', () => {
    const root = renderPost(
      [
        '# Title <img src=x onerror=alert(1)>',
        '',
        '<script>alert(1)</script>',
        '',
        '[click](javascript:alert(1)) and [also](<javascript:alert(1)>)',
        '',
        '```js" onmouseover="alert(1)',
        'code',
        '```',
        '',
        '$\\href{javascript:alert(1)}{x}$ and $\\url{javascript:alert(1)}$',
        '',
        '![x](x" onerror="alert(1))',
      ].join('\n'),
    );
    assertInert(root);
    expect(root.querySelector('pre code')?.getAttribute('class')).toBe('language-js"');
  });
});

describe('URL rewriting', () => {
  test('workspace images go through the workspace route; site-root ones carry fallbacks', () => {
    const root = clean('<img src="img/猫.png" alt="cat"><img src="/images/a.png">');
    const [relative, siteRoot] = root.querySelectorAll('img');
    expect(relative?.getAttribute('src')).toBe(
      'postwright-file://workspace/posts/img/%E7%8C%AB.png',
    );
    expect(siteRoot?.getAttribute('src')).toBe('postwright-file://workspace/images/a.png');
    expect(JSON.parse(siteRoot?.getAttribute('data-pw-candidates') ?? '[]')).toEqual([
      'postwright-file://workspace/static/images/a.png',
      'postwright-file://workspace/public/images/a.png',
      'postwright-file://workspace/source/images/a.png',
    ]);
  });

  test('blocked images lose their source; allowed remote and data images keep it', () => {
    const root = clean(
      '<img src="http://example.com/a.png"><img src="https://example.com/b.png"><img src="data:image/png;base64,AAAA"><img src="data:image/svg+xml;base64,PHN2Zz4=">',
    );
    const images = [...root.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      null,
      'https://example.com/b.png',
      'data:image/png;base64,AAAA',
      null,
    ]);
    expect(images[0]?.getAttribute('data-pw-blocked')).toBe('insecure-image');
  });

  test('links are tagged for the click handler; other schemes lose their href', () => {
    const root = clean(
      '<a href="https://example.com">a</a><a href="other.md#x">b</a><a href="#fn1">c</a><a href="file:///etc/passwd">d</a><a href="\\\\server\\share">e</a>',
    );
    const links = [...root.querySelectorAll('a')];
    expect(links[0]?.getAttribute('data-pw-external')).toBe('https://example.com');
    expect(links[1]?.getAttribute('data-pw-post')).toBe('posts/other.md');
    expect(links[1]?.getAttribute('href')).toBe('#');
    expect(links[2]?.getAttribute('href')).toBe('#fn1');
    expect(links[3]?.hasAttribute('href')).toBe(false);
    expect(links[4]?.hasAttribute('href')).toBe(false);
  });

  test('task-list checkboxes survive as disabled checkboxes only', () => {
    const root = renderPost('- [x] done\n- [ ] todo');
    const boxes = [...root.querySelectorAll('input')];
    expect(boxes.map((b) => [b.type, b.disabled, b.checked])).toEqual([
      ['checkbox', true, true],
      ['checkbox', true, false],
    ]);
  });

  test('KaTeX output keeps its MathML and layout spans', () => {
    registerKatex();
    const root = renderPost('$$\n\\sqrt{x^2}\n$$');
    expect(root.querySelector('.katex-display .katex-html')).not.toBeNull();
    expect(root.querySelector('math semantics annotation')?.textContent).toBe('\\sqrt{x^2}\n');
    expect(root.querySelector('.katex-html svg path')).not.toBeNull();
    expect(root.querySelector('[data-line]')?.getAttribute('data-line')).toBe('0');
  });
});

describe('several blocks sanitized in one pass', () => {
  const pieces = [
    '<p>plain 中文</p>\n',
    '<p><img src="images/cat.png" onerror="alert(1)"></p>\n',
    '<div>an unclosed div swallowing what follows\n',
    '</div></div><p>stray closing tags</p>\n',
    '<p>forged</p></div><div data-batch-0="1"><p>boundary</p>\n',
    '<table><tr><td>cell</td></tr></table>\n',
    '<td>orphan cell</td>\n',
    '<script>alert(1)</script><p>after a script</p>\n',
    '<p><a href="javascript:alert(1)">x</a> <a href="other.md#h">post</a></p>\n',
    '<pre><code>  indented\n</code></pre>\n',
    '',
    '<!-- a comment --><p data-pw-post="x">own data-pw attribute</p>\n',
  ];

  function shown(fragments: DocumentFragment[]): HTMLElement[] {
    return fragments.map((fragment) => {
      const holder = document.createElement('div');
      holder.append(fragment);
      holder.normalize();
      return holder;
    });
  }

  test('gives each block the same nodes as sanitizing it alone, whatever the blocks hold', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (htmls) => {
        const together = shown(sanitize.many(htmls));
        const alone = shown(htmls.map((html) => sanitize(html)));
        expect(together).toHaveLength(htmls.length);
        together.forEach((holder, index) => {
          expect(holder.isEqualNode(alone[index] ?? null), holder.innerHTML).toBe(true);
          assertInert(holder);
        });
      }),
      { numRuns: 200 },
    );
  });

  test('keeps well-formed blocks apart and each block in its place', () => {
    const htmls = ['<p>one</p>\n', '<h2 id="two">two</h2>\n', '<ul><li>three</li></ul>\n'];
    const texts = shown(sanitize.many(htmls)).map((holder) => holder.textContent?.trim());
    expect(texts).toEqual(['one', 'two', 'three']);
  });
});
