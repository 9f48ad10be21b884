// The two privileged protocols decide on real files: workspace images only, inside the root after
// following symlinks, whatever the URL's encoding; the app's own files with its CSP.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  resolveAppRequest,
  resolveWorkspaceFileRequest,
} from '../../../electron/main/protocol-request';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'pw-protocol-'));
  root = join(base, 'blog');
  await mkdir(join(root, 'images', '配图'), { recursive: true });
  await mkdir(join(root, 'posts'), { recursive: true });
  await mkdir(join(base, 'secret'), { recursive: true });
  await writeFile(join(root, 'images', 'cover.png'), 'png');
  await writeFile(join(root, 'images', '配图', '封面 图#1.jpg'), 'jpg');
  await writeFile(join(root, 'images', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'posts', 'hello.md'), '# hello');
  await writeFile(join(base, 'secret', 'key.png'), 'outside');
  await writeFile(join(base, 'secret', 'passwords.txt'), 'outside');
  await mkdir(join(root, 'folder.png'));
  // Symlinks: one out of the workspace, one that disguises a post as an image, one that stays inside.
  await symlink(join(base, 'secret', 'key.png'), join(root, 'images', 'escape.png'));
  await symlink(join(base, 'secret'), join(root, 'images', 'linked-dir'));
  await symlink(join(root, 'posts', 'hello.md'), join(root, 'images', 'post.png'));
  await symlink(join(root, 'images', 'cover.png'), join(root, 'images', 'alias.png'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const request = (path: string, method = 'GET') =>
  resolveWorkspaceFileRequest(`postwright-file://workspace/${path}`, method, root);

describe('workspace file protocol', () => {
  it('serves an image inside the workspace as an image, unsniffable and inert', async () => {
    const decision = await request('images/cover.png');
    expect(decision).toEqual({
      kind: 'file',
      absPath: join(root, 'images', 'cover.png'),
      headers: expect.objectContaining({
        'Content-Type': 'image/png',
        'X-Content-Type-Options': 'nosniff',
      }) as unknown,
    });
    if (decision.kind === 'file') {
      expect(decision.headers['Content-Security-Policy']).toContain('sandbox');
    }
  });

  it('serves Chinese names, spaces and # once percent-encoded', async () => {
    const path = ['images', '配图', '封面 图#1.jpg'].map(encodeURIComponent).join('/');
    expect(await request(path)).toMatchObject({
      kind: 'file',
      absPath: join(root, 'images', '配图', '封面 图#1.jpg'),
      headers: { 'Content-Type': 'image/jpeg' },
    });
  });

  it('ignores the query a preview adds to refresh an image', async () => {
    expect(await request('images/cover.png?v=123')).toMatchObject({ kind: 'file' });
  });

  it('serves SVG with its type, under the sandboxing policy', async () => {
    expect(await request('images/logo.svg')).toMatchObject({
      kind: 'file',
      headers: { 'Content-Type': 'image/svg+xml' },
    });
  });

  it('follows a symlink that stays inside the workspace', async () => {
    expect(await request('images/alias.png')).toMatchObject({
      kind: 'file',
      absPath: join(root, 'images', 'cover.png'),
    });
  });

  it.each([
    ['a symlink out of the workspace', 'images/escape.png'],
    ['a symlinked folder out of the workspace', 'images/linked-dir/key.png'],
    ['encoded ../', 'images/..%2F..%2Fsecret%2Fkey.png'],
    ['encoded backslashes', 'images\\..\\..\\secret\\key.png'],
    ['an encoded backslash', 'images%5C..%5C..%5Csecret%5Ckey.png'],
    ['an encoded NUL', 'images/cover.png%00.png'],
  ])('refuses %s', async (_name, path) => {
    const decision = await request(path);
    expect(decision.kind).toBe('error');
    expect([400, 403]).toContain(decision.kind === 'error' ? decision.status : 200);
  });

  it('cannot be walked out of with dot segments, which the URL parser removes first', async () => {
    // `workspace/../../secret/key.png` normalizes to `workspace/secret/key.png`: not a file here.
    expect(await request('../../secret/key.png')).toEqual({ kind: 'error', status: 404 });
    expect(await request('%2e%2e/%2e%2e/secret/key.png')).toEqual({ kind: 'error', status: 404 });
  });

  it('serves images only, by name and by what a symlink points at', async () => {
    expect(await request('posts/hello.md')).toEqual({ kind: 'error', status: 403 });
    expect(await request('images/post.png')).toEqual({ kind: 'error', status: 403 });
    expect(await request('../secret/passwords.txt')).toEqual({ kind: 'error', status: 403 });
  });

  it('answers 404 for missing files and folders', async () => {
    expect(await request('images/missing.png')).toEqual({ kind: 'error', status: 404 });
    expect(await request('folder.png')).toEqual({ kind: 'error', status: 404 });
  });

  it('refuses other hosts, schemes, the bare root, and methods that write', async () => {
    expect(
      await resolveWorkspaceFileRequest('postwright-file://other/images/cover.png', 'GET', root),
    ).toEqual({ kind: 'error', status: 400 });
    expect(
      await resolveWorkspaceFileRequest('app://postwright/images/cover.png', 'GET', root),
    ).toEqual({ kind: 'error', status: 400 });
    expect(await request('')).toEqual({ kind: 'error', status: 400 });
    expect(await request('images/cover.png', 'POST')).toEqual({ kind: 'error', status: 405 });
    expect(await request('images/cover.png', 'HEAD')).toMatchObject({ kind: 'file' });
  });

  it('refuses a malformed escape', async () => {
    expect(await request('images/%E0%A4%A.png')).toEqual({ kind: 'error', status: 400 });
  });
});

describe('app protocol', () => {
  const csp = "default-src 'none'; script-src 'self'";
  const app = (url: string, method = 'GET') =>
    resolveAppRequest(url, method, '/dist/renderer', csp);

  it('serves the entry page at / with the CSP, nosniff and its type', () => {
    expect(app('app://postwright/')).toEqual({
      kind: 'file',
      absPath: join('/dist/renderer', 'index.html'),
      headers: expect.objectContaining({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      }) as unknown,
    });
  });

  it('serves built assets with their types', () => {
    expect(app('app://postwright/assets/index-abc.js')).toMatchObject({
      absPath: join('/dist/renderer', 'assets', 'index-abc.js'),
      headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    });
    expect(app('app://postwright/assets/KaTeX_Main-Regular.woff2')).toMatchObject({
      headers: { 'Content-Type': 'font/woff2' },
    });
  });

  it('never leaves the renderer folder', () => {
    expect(app('app://postwright/..%2F..%2Fetc%2Fpasswd')).toEqual({ kind: 'error', status: 400 });
    expect(app('app://postwright/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({
      absPath: join('/dist/renderer', 'etc', 'passwd'),
    });
    expect(app('app://postwright/C:/Windows/win.ini')).toEqual({ kind: 'error', status: 403 });
    expect(app('app://elsewhere/index.html')).toEqual({ kind: 'error', status: 400 });
    expect(app('app://postwright/index.html', 'POST')).toEqual({ kind: 'error', status: 405 });
  });
});
