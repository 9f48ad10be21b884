import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { startServer, type RunningServer } from '../../../electron/node/serve/server';
import { makeWorkspace, openBackend, waitFor, type TempWorkspace } from '../support/temp-workspace';
import { httpRequest } from './http-client';

let workspace: TempWorkspace;
let backend: Backend;
let server: RunningServer;
let cookie: string;

beforeEach(async () => {
  workspace = await makeWorkspace({
    'posts/a.md': '---\ntitle: A\n---\n',
    'images/pic.png': 'not really a png',
    'page.html': '<script>alert(1)</script>',
  });
  const rendererDir = join(workspace.base, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head></html>',
  );
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
  backend = await openBackend(workspace);
  server = await startServer({ backend, rendererDir, port: 0, lang: 'zh-CN' });
  cookie = `postwright_session_${server.port}=${server.token}`;
});

afterEach(async () => {
  await server.close();
  await backend.close();
  await workspace.cleanup();
});

const host = () => ({ Host: `127.0.0.1:${server.port}` });
const authed = (extra: Record<string, string> = {}) => ({
  ...host(),
  Cookie: cookie,
  'X-Postwright-Key': server.apiKey,
  ...extra,
});
const callApi = (method: string, args: unknown, headers: Record<string, string> = authed()) =>
  httpRequest(server.port, `/api/${method}`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });

describe('serve mode security', () => {
  it('refuses every request without the token or the cookie', async () => {
    expect((await httpRequest(server.port, '/', { headers: host() })).status).toBe(401);
    expect((await callApi('listPosts', {}, host())).status).toBe(401);
    expect(
      (await httpRequest(server.port, '/files/images/pic.png', { headers: host() })).status,
    ).toBe(401);
    expect((await httpRequest(server.port, '/?token=wrong', { headers: host() })).status).toBe(401);
    const wrongCookie = { ...host(), Cookie: `postwright_session_${server.port}=nope` };
    expect((await callApi('listPosts', {}, wrongCookie)).status).toBe(401);
  });

  it('turns the token into an HttpOnly SameSite=Strict cookie and strips it from the URL', async () => {
    const answer = await httpRequest(server.port, `/?token=${server.token}`, { headers: host() });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    const setCookie = String(answer.headers['set-cookie']);
    expect(setCookie).toContain(`postwright_session_${server.port}=${server.token}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
  });

  it('serves the page with a strict CSP and the language meta tag', async () => {
    const page = await httpRequest(server.port, '/', { headers: authed() });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<meta name="postwright-lang" content="zh-CN" />');
  });

  it('lets the browser cache only the content-hashed build files, never the page, the API or posts', async () => {
    const asset = await httpRequest(server.port, '/assets/index-Ab12Cd34.js', {
      headers: authed(),
    });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    for (const answer of [
      await httpRequest(server.port, '/', { headers: authed() }),
      await httpRequest(server.port, '/files/images/pic.png', { headers: authed() }),
      await callApi('listPosts', {}),
      await httpRequest(server.port, '/assets/index-Ab12Cd34.js', { headers: host() }),
    ]) {
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the cookie', async () => {
    const rebound = await httpRequest(server.port, '/', {
      headers: { ...authed(), Host: `evil.example:${server.port}` },
    });
    expect(rebound.status).toBe(403);
    const otherPort = await httpRequest(server.port, '/', {
      headers: { ...authed(), Host: '127.0.0.1:1' },
    });
    expect(otherPort.status).toBe(403);
    const crossSite = await callApi('listPosts', {}, authed({ Origin: 'https://evil.example' }));
    expect(crossSite.status).toBe(403);
    const nullOrigin = await callApi('listPosts', {}, authed({ Origin: 'null' }));
    expect(nullOrigin.status).toBe(403);
    const sameSite = await callApi('listPosts', {}, authed({ 'Sec-Fetch-Site': 'same-site' }));
    expect(sameSite.status).toBe(403);
    const sameOrigin = await callApi(
      'listPosts',
      {},
      authed({ Origin: `http://127.0.0.1:${server.port}` }),
    );
    expect(sameOrigin.status).toBe(200);
  });

  it('answers the contract with ApiResponse envelopes, JSON only', async () => {
    const list = await callApi('listPosts', {});
    expect(JSON.parse(list.body)).toMatchObject({
      ok: true,
      value: [{ path: 'posts/a.md', title: 'A' }],
    });
    const missing = await callApi('readPost', { path: 'nope.md' });
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    const outside = await callApi('readPost', { path: '../x.md' });
    expect(JSON.parse(outside.body)).toMatchObject({
      ok: false,
      error: { code: 'E_OUTSIDE_WORKSPACE' },
    });
    const form = await httpRequest(server.port, '/api/listPosts', {
      method: 'POST',
      headers: { ...authed(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('serves workspace images only, confined to the workspace, never as HTML', async () => {
    const image = await httpRequest(server.port, '/files/images/pic.png', { headers: authed() });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['content-security-policy']).toContain('sandbox');
    for (const path of [
      '/files/posts/a.md',
      '/files/page.html',
      '/files/..%2F..%2Fetc%2Fpasswd.png',
      '/files/%2Fetc%2Fx.png',
    ]) {
      expect((await httpRequest(server.port, path, { headers: authed() })).status).toBe(404);
    }
  });

  it('delivers events as Server-Sent Events', async () => {
    const received: string[] = [];
    const stream = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/events',
      headers: authed(),
    });
    stream.on('response', (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => received.push(chunk));
    });
    stream.end();
    await waitFor(
      () => (received.join('').includes(': connected') ? true : undefined),
      'the stream',
    );
    await callApi('createPost', { title: 'Over HTTP', date: '2024-01-02' });
    const text = await waitFor(() => {
      const all = received.join('');
      return all.includes('event: postsChanged') ? all : undefined;
    }, 'the postsChanged event');
    expect(text).toContain('2024-01-02-over-http.md');
    stream.destroy();
  });
});
