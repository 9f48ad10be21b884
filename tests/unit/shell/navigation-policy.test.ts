// Where the app's frames may navigate, and what happens to links: a table of URLs through the
// pure policy, then the same policy installed on a fake web contents.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  decideWindowOpen,
  isAppUrl,
} from '../../../electron/main/navigation-policy';
import {
  hardenWebContents,
  type PolicyWebContents,
} from '../../../electron/main/web-contents-policy';

const external = (url: string) => ({ action: 'open-external', url });
const deny = { action: 'deny' };
const allow = { action: 'allow' };

describe('navigation policy', () => {
  it.each([
    // The app itself
    ['app://postwright/index.html', true, allow],
    ['app://postwright/assets/index.js', false, allow],
    // Links in posts leave the app
    ['https://example.com/post', true, external('https://example.com/post')],
    ['http://example.com/', true, external('http://example.com/')],
    [
      'https://例子.测试/路径',
      true,
      external('https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84'),
    ],
    ['mailto:someone@example.com', true, external('mailto:someone@example.com')],
    ['https://example.com/', false, external('https://example.com/')],
    // Everything else is dropped
    ['file:///etc/passwd', true, deny],
    ['file:///C:/Windows/System32/calc.exe', false, deny],
    ['javascript:alert(1)', true, deny],
    ['data:text/html,<script>alert(1)</script>', true, deny],
    ['data:text/html,hi', false, deny],
    ['ftp://example.com/file', true, deny],
    ['smb://server/share', true, deny],
    ['vscode://file/etc/passwd', true, deny],
    ['postwright-file://workspace/a.png', true, deny],
    ['app://evil/index.html', true, deny],
    ['app://postwright:8080/index.html', true, deny],
    ['app://user@postwright/index.html', true, deny],
    ['https://bank.example@evil.example/', true, deny],
    ['https://user:pass@example.com/', true, deny],
    ['not a url', true, deny],
    ['', true, deny],
    // The preview frame may become the documents the renderer builds for it, the app may not
    ['about:srcdoc', false, allow],
    ['about:blank', false, allow],
    ['blob:app://postwright/0b9d2f5e-1c1e-4a7e-9d0c-3f1d1f8f0a11', false, allow],
    ['about:blank', true, deny],
    ['about:srcdoc', true, deny],
    ['blob:app://postwright/0b9d2f5e', true, deny],
    ['blob:https://evil.example/0b9d2f5e', false, deny],
  ])('%s (main frame: %s)', (url, isMainFrame, expected) => {
    expect(decideNavigation(url, isMainFrame)).toEqual(expected);
  });

  it('never opens a window of the app: window.open goes to the browser or nowhere', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual(external('https://example.com/'));
    expect(decideWindowOpen('mailto:a@b.example')).toEqual(external('mailto:a@b.example'));
    expect(decideWindowOpen('mailto:a@b.example?subject=x&attach=/etc/passwd')).toEqual(
      external('mailto:a@b.example?subject=x'),
    );
    expect(decideWindowOpen('app://postwright/index.html')).toEqual(deny);
    expect(decideWindowOpen('about:blank')).toEqual(deny);
    expect(decideWindowOpen('file:///tmp/x.html')).toEqual(deny);
  });

  it('refuses absurdly long external URLs', () => {
    expect(decideWindowOpen(`https://example.com/${'a'.repeat(9000)}`)).toEqual(deny);
  });

  it('recognizes the app origin case-insensitively and nothing like it', () => {
    expect(isAppUrl('APP://POSTWRIGHT/index.html')).toBe(true);
    expect(isAppUrl('app://postwright.evil/index.html')).toBe(false);
    expect(isAppUrl('apps://postwright/index.html')).toBe(false);
  });
});

/** A web contents that records what the policy does. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(url: string, isMainFrame = true) {
  return {
    url,
    isMainFrame,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('hardenWebContents', () => {
  function setup() {
    const contents = new FakeContents();
    const opened: string[] = [];
    hardenWebContents(contents as unknown as PolicyWebContents, (url) => opened.push(url));
    return { contents, opened };
  }

  it('cancels main-frame navigation away from the app and opens web links externally', () => {
    const { contents, opened } = setup();
    const toWeb = navigationEvent('https://example.com/');
    contents.emit('will-navigate', toWeb);
    const toFile = navigationEvent('file:///home/user/notes.md');
    contents.emit('will-navigate', toFile);
    const inApp = navigationEvent('app://postwright/index.html');
    contents.emit('will-navigate', inApp);
    expect([toWeb.prevented, toFile.prevented, inApp.prevented]).toEqual([true, true, false]);
    expect(opened).toEqual(['https://example.com/']);
  });

  it('keeps the preview frame on its own documents', () => {
    const { contents, opened } = setup();
    const link = navigationEvent('https://example.com/x', false);
    contents.emit('will-frame-navigate', link);
    const srcdoc = navigationEvent('about:srcdoc', false);
    contents.emit('will-frame-navigate', srcdoc);
    expect([link.prevented, srcdoc.prevented]).toEqual([true, false]);
    expect(opened).toEqual(['https://example.com/x']);
  });

  it('leaves main-frame navigation to will-navigate, so a link opens once', () => {
    const { contents, opened } = setup();
    contents.emit('will-frame-navigate', navigationEvent('https://example.com/', true));
    expect(opened).toEqual([]);
  });

  it('cancels redirects out of the app', () => {
    const { contents } = setup();
    const redirect = navigationEvent('https://evil.example/', true);
    contents.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);
  });

  it('denies every new window, handing web links to the browser', () => {
    const { contents, opened } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual(deny);
    expect(contents.windowOpenHandler?.({ url: 'app://postwright/index.html' })).toEqual(deny);
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual(deny);
    expect(opened).toEqual(['https://example.com/']);
  });

  it('refuses to attach a webview', () => {
    const { contents } = setup();
    const attach = navigationEvent('');
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.prevented).toBe(true);
  });
});
