// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listenToPreview } from '../../../renderer/preview/preview-events';
import { createBlockSanitizer } from '../../../renderer/preview/sanitize-block';

// An image map's <area> is a link too: a click on it navigated the preview frame (serve mode:
// the frame became an error page; desktop: the URL went to the browser without the app asking).

const sanitize = createBlockSanitizer(window, {
  postPath: 'posts/hello.md',
  allowRemoteImages: false,
  workspaceFileUrl: (path) => `/files/${path}`,
});

let stop = (): void => undefined;

afterEach(() => {
  stop();
  document.body.replaceChildren();
});

function mount(html: string): {
  onOpenExternal: ReturnType<typeof vi.fn>;
  onOpenPost: ReturnType<typeof vi.fn>;
} {
  document.body.append(sanitize(html));
  const onOpenExternal = vi.fn();
  const onOpenPost = vi.fn();
  stop = listenToPreview(document, () => ({ onOpenExternal, onOpenPost }));
  return { onOpenExternal, onOpenPost };
}

function click(element: Element, button = 0): MouseEvent {
  const event = new MouseEvent(button === 0 ? 'click' : 'auxclick', {
    bubbles: true,
    cancelable: true,
    button,
  });
  element.dispatchEvent(event);
  return event;
}

const map =
  '<img src="a.png" usemap="#m" alt="map"><map name="m">' +
  '<area shape="rect" coords="0,0,10,10" href="https://example.com/area" alt="outside">' +
  '<area shape="rect" coords="10,0,20,10" href="other.md" alt="post">' +
  '<area shape="rect" coords="20,0,30,10" href="/about/" alt="site"></map>';

describe('a click on an image map area', () => {
  test('an external area asks the app instead of navigating', () => {
    const { onOpenExternal } = mount(map);
    const event = click(document.querySelector('area[alt=outside]') as Element);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenExternal).toHaveBeenCalledWith('https://example.com/area');
  });

  test('an area to a post opens it in the app; a site area does nothing', () => {
    const { onOpenExternal, onOpenPost } = mount(map);
    expect(click(document.querySelector('area[alt=post]') as Element).defaultPrevented).toBe(true);
    expect(onOpenPost).toHaveBeenCalledWith('posts/other.md');
    expect(click(document.querySelector('area[alt=site]') as Element).defaultPrevented).toBe(true);
    expect(onOpenExternal).not.toHaveBeenCalled();
  });

  test('a middle click on an area is stopped too', () => {
    mount(map);
    expect(click(document.querySelector('area[alt=outside]') as Element, 1).defaultPrevented).toBe(
      true,
    );
  });
});
