// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { createBlockSanitizer } from '../../../renderer/preview/sanitize-block';

// SVG paint, filter, mask, clip and marker attributes take CSS `url()` values, and Chromium
// fetches a referenced document that is not in the post (seen in the preview: requests to the
// referenced host, stopped only by the frame's CSP; with remote images on, they went out).

const sanitize = createBlockSanitizer(window, {
  postPath: 'posts/hello.md',
  allowRemoteImages: true,
  workspaceFileUrl: (path) => `/files/${path}`,
});

function attributesOf(html: string, selector: string): Record<string, string> {
  const holder = document.createElement('div');
  holder.append(sanitize(html));
  const element = holder.querySelector(selector);
  expect(element, holder.innerHTML).not.toBeNull();
  return Object.fromEntries(
    (element?.getAttributeNames() ?? []).map((name) => [name, element?.getAttribute(name) ?? '']),
  );
}

describe('SVG attributes that take url()', () => {
  test.each([
    'fill="url(https://tracker.example/paint.svg#g)"',
    'stroke="URL( \'https://tracker.example/s.svg#g\' )"',
    'filter="url(https://tracker.example/f.svg#f)"',
    'mask="url(//tracker.example/m.svg#m)"',
    'clip-path="url(http://127.0.0.1:9/c.svg#c)"',
    'marker-start="url(other.svg#m)"',
    'cursor="url(https://tracker.example/c.png), auto"',
    'fill="u\\72l(https://tracker.example/escaped.svg#g)"',
    'fill="url(#local) url(https://tracker.example/second.svg#g)"',
  ])('a reference outside the post is dropped: %s', (attribute) => {
    const attributes = attributesOf(`<svg><rect width="5" ${attribute}></rect></svg>`, 'rect');
    expect(Object.values(attributes).join(' ')).not.toMatch(/tracker|127\.0\.0\.1|other\.svg/);
    expect(attributes.width).toBe('5');
  });

  test('a reference to an element of the post itself stays', () => {
    const attributes = attributesOf(
      '<svg><linearGradient id="g"></linearGradient><rect fill="url(#g)" stroke="url(\'#g\')" clip-path="url(#c)" fill-opacity="0.5"></rect></svg>',
      'rect',
    );
    expect(attributes).toMatchObject({
      fill: 'url(#g)',
      stroke: "url('#g')",
      'clip-path': 'url(#c)',
      'fill-opacity': '0.5',
    });
  });

  test('plain colours stay', () => {
    expect(attributesOf('<svg><rect fill="red" stroke="#00f"></rect></svg>', 'rect')).toMatchObject(
      { fill: 'red', stroke: '#00f' },
    );
  });
});
