import { describe, expect, test } from 'vitest';
import {
  classifyUrl,
  type UrlClassification,
  type UrlContext,
} from '../../../core/markdown/url-policy';

const options = { postPath: '_posts/2024/hello.md', allowRemoteImages: true };

function kindOf(url: string, context: UrlContext, allowRemoteImages = true): UrlClassification {
  return classifyUrl(url, context, { ...options, allowRemoteImages });
}

describe('links that leave the workspace', () => {
  test.each([
    '../../../papermod/papermod-faq/#custom-head--footer',
    '../../../etc/passwd',
    '/../elsewhere/',
  ])('%s is a site link, not an error', (url) => {
    expect(kindOf(url, 'link')).toEqual({ kind: 'site-link', url });
  });
});

describe('images', () => {
  test.each([
    ['cat.png', '_posts/2024/cat.png', '_posts/2024/hello/cat.png'],
    ['./img/猫 猫.png', '_posts/2024/img/猫 猫.png', '_posts/2024/hello/img/猫 猫.png'],
    ['img/%E7%8C%AB.png', '_posts/2024/img/猫.png', '_posts/2024/hello/img/猫.png'],
  ])('%s resolves against the post folder, then its Hexo asset folder', (url, path, asset) => {
    expect(kindOf(url, 'image')).toMatchObject({
      kind: 'workspace-file',
      path,
      candidates: [path, asset],
    });
  });

  test.each([
    ['../assets/x.png?v=2#frag', '_posts/assets/x.png'],
    ['..\\assets\\x.png', '_posts/assets/x.png'],
  ])('%s leaves the post folder: no asset folder to try', (url, path) => {
    expect(kindOf(url, 'image')).toMatchObject({
      kind: 'workspace-file',
      path,
      candidates: [path],
    });
  });

  test('a site-root path is tried at the root, then under static/, public/ and source/', () => {
    expect(kindOf('/images/a.png', 'image')).toEqual({
      kind: 'workspace-file',
      path: 'images/a.png',
      candidates: [
        'images/a.png',
        'static/images/a.png',
        'public/images/a.png',
        'source/images/a.png',
      ],
      fragment: '',
    });
  });

  test('remote https images follow the setting; plain http never loads', () => {
    expect(kindOf('https://example.com/a.png', 'image')).toEqual({
      kind: 'remote-image',
      url: 'https://example.com/a.png',
    });
    expect(kindOf('https://example.com/a.png', 'image', false)).toEqual({
      kind: 'blocked',
      reason: 'remote-images-disabled',
    });
    expect(kindOf('http://example.com/a.png', 'image')).toEqual({
      kind: 'blocked',
      reason: 'insecure-image',
    });
  });

  test('data: images are allowed except SVG and non-images', () => {
    expect(kindOf('data:image/png;base64,iVBORw0KGgo=', 'image').kind).toBe('data-image');
    expect(kindOf('DATA:image/webp;base64,AAAA', 'image').kind).toBe('data-image');
    expect(kindOf('data:image/svg+xml;base64,PHN2Zz4=', 'image')).toEqual({
      kind: 'blocked',
      reason: 'data-url',
    });
    expect(kindOf('data:text/html,<script>alert(1)</script>', 'image')).toEqual({
      kind: 'blocked',
      reason: 'data-url',
    });
  });
});

describe('links', () => {
  test('http, https and mailto are external links', () => {
    expect(kindOf('https://example.com/a?b#c', 'link')).toEqual({
      kind: 'external-link',
      url: 'https://example.com/a?b#c',
    });
    expect(kindOf('http://example.com', 'link')).toEqual({
      kind: 'external-link',
      url: 'http://example.com',
    });
    expect(kindOf('mailto:me@example.com', 'link')).toEqual({
      kind: 'external-link',
      url: 'mailto:me@example.com',
    });
  });

  test('a mailto link keeps its text fields as written and loses attachments', () => {
    const link = (url: string) => kindOf(url, 'link');
    expect(
      link('mailto:me@example.com?subject=Hi%20there&body=Line+1&attach=%2Fetc%2Fpasswd'),
    ).toEqual({
      kind: 'external-link',
      url: 'mailto:me@example.com?subject=Hi%20there&body=Line+1',
    });
    expect(link('mailto:me@example.com?Attachment=~/.ssh/id_rsa&%61ttach=x#frag')).toEqual({
      kind: 'external-link',
      url: 'mailto:me@example.com',
    });
    expect(link('mailto:?to=a@example.com&CC=b@example.com&in-reply-to=%3Cid%3E')).toEqual({
      kind: 'external-link',
      url: 'mailto:?to=a@example.com&CC=b@example.com&in-reply-to=%3Cid%3E',
    });
    expect(link('mailto:me@example.com?%E0%A4%A=1&subject=ok')).toEqual({
      kind: 'external-link',
      url: 'mailto:me@example.com?subject=ok',
    });
  });

  test('a relative link to another Markdown file opens that post', () => {
    expect(kindOf('other.md#部分', 'link')).toEqual({
      kind: 'post-link',
      path: '_posts/2024/other.md',
      fragment: '部分',
    });
    expect(kindOf('/drafts/x.markdown', 'link')).toEqual({
      kind: 'post-link',
      path: 'drafts/x.markdown',
      fragment: '',
    });
  });

  test('a fragment is an anchor inside the preview', () => {
    expect(kindOf('#%E4%BD%A0%E5%A5%BD', 'link')).toEqual({ kind: 'anchor', fragment: '你好' });
    expect(kindOf('#fn1', 'link')).toEqual({ kind: 'anchor', fragment: 'fn1' });
  });

  test('a link to another workspace file is classified, not opened as a post', () => {
    expect(kindOf('files/paper.pdf', 'link')).toMatchObject({
      kind: 'workspace-file',
      path: '_posts/2024/files/paper.pdf',
    });
  });
});

describe('hostile input', () => {
  test.each<[string, UrlContext, string]>([
    ['javascript:alert(1)', 'link', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'link', 'scheme'],
    ['  javascript:alert(1)', 'link', 'scheme'],
    ['\u0001javascript:alert(1)', 'link', 'scheme'],
    ['java\tscript:alert(1)', 'link', 'scheme'],
    ['java\nscript:alert(1)', 'image', 'scheme'],
    ['&#106;avascript:alert(1)', 'link', 'scheme'],
    ['&#x6A;avascript&colon;alert(1)', 'link', 'scheme'],
    ['javascript&#58;alert(1)', 'link', 'scheme'],
    ['vbscript:msgbox(1)', 'link', 'scheme'],
    ['file:///etc/passwd', 'link', 'scheme'],
    ['file:///etc/passwd', 'image', 'scheme'],
    ['FILE://server/share/x.png', 'image', 'scheme'],
    ['\\\\server\\share\\x.png', 'image', 'network-path'],
    ['//evil.example/x.png', 'image', 'network-path'],
    ['/\\evil.example/x.png', 'image', 'network-path'],
    ['C:\\Windows\\win.ini', 'link', 'absolute-path'],
    ['../../../x.png', 'image', 'outside-workspace'],
    ['/../secret.png', 'image', 'outside-workspace'],
    ['%2e%2e/%2e%2e/%2e%2e/x.png', 'image', 'outside-workspace'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'link', 'data-url'],
    ['data:image/png;base64,AAAA', 'link', 'data-url'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'image', 'data-url'],
    ['mailto:x@example.com', 'image', 'scheme'],
    ['chrome://settings', 'link', 'scheme'],
    ['postwright-file://workspace/x.png', 'image', 'scheme'],
    ['blob:https://example.com/uuid', 'image', 'scheme'],
    ['https:evil.example', 'link', 'invalid'],
    ['', 'link', 'empty'],
    ['   ', 'image', 'empty'],
    ['x%00.png', 'image', 'invalid'],
  ])('%j as %s is blocked (%s)', (url, context, reason) => {
    expect(kindOf(url, context)).toEqual({ kind: 'blocked', reason });
  });
});
