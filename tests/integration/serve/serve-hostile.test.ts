import { execFileSync } from 'node:child_process';
import { request, type ClientRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import {
  maxEventStreams,
  startServer,
  type RunningServer,
} from '../../../electron/node/serve/server';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';
import { httpRequest } from './http-client';

let workspace: TempWorkspace;
let backend: Backend;
let server: RunningServer;
let rendererDir: string;
const bodyLimit = 4096;

beforeEach(async () => {
  workspace = await makeWorkspace({
    'posts/a.md': '---\ntitle: A\n---\n',
    'images/pic.png': 'workspace image',
  });
  // Secrets beside the workspace and beside the renderer: nothing may reach them.
  await writeFile(join(workspace.base, 'secret.png'), 'SECRET-IMAGE');
  await writeFile(join(workspace.base, 'secret.txt'), 'SECRET-TEXT');
  await symlink(join(workspace.base, 'secret.png'), join(workspace.root, 'images', 'out.png'));
  rendererDir = join(workspace.base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head></head></html>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  backend = await openBackend(workspace);
  server = await startServer({
    backend,
    rendererDir,
    port: 0,
    lang: null,
    maxBodyBytes: bodyLimit,
  });
});

afterEach(async () => {
  await server.close();
  await backend.close();
  await workspace.cleanup();
});

// Connection: close, so no pooled socket outlives the server restarted below.
const authed = (extra: Record<string, string> = {}) => ({
  Connection: 'close',
  Host: `127.0.0.1:${server.port}`,
  Cookie: `postwright_session_${server.port}=${server.token}`,
  'X-Postwright-Key': server.apiKey,
  ...extra,
});
const get = (path: string) => httpRequest(server.port, path, { headers: authed() });
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  httpRequest(server.port, path, {
    method: 'POST',
    headers: authed({ 'Content-Type': 'application/json', ...headers }),
    body,
  });

describe('serve mode against hostile requests', () => {
  it('never serves a file outside the workspace through /files/', async () => {
    expect((await get('/files/images/pic.png')).body).toBe('workspace image');
    for (const path of [
      '/files/..%2fsecret.png',
      '/files/images/..%2f..%2fsecret.png',
      '/files/%2e%2e/secret.png',
      '/files/images/%2e%2e/%2e%2e/secret.png',
      '/files/..%5csecret.png',
      '/files/images\\..\\..\\secret.png',
      '/files/%252e%252e%252fsecret.png',
      '/files/..%252fsecret.png',
      '/files/images/pic.png%00.png',
      `/files/${encodeURIComponent(join(workspace.base, 'secret.png'))}`,
      '/files//etc/passwd.png',
      '/files/images/out.png',
      '/files/%E0%A4%A.png',
    ]) {
      const answer = await get(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body, path).not.toContain('SECRET');
    }
  });

  it.skipIf(process.platform === 'win32')(
    'answers a FIFO named like an image with 404 instead of waiting for a writer',
    async () => {
      execFileSync('mkfifo', [join(workspace.root, 'images', 'pipe.png')]);
      expect((await get('/files/images/pipe.png')).status).toBe(404);
      expect((await get('/files/images/pic.png')).status).toBe(200);
    },
  );

  it('never serves a file outside the renderer through the page route', async () => {
    expect((await get('/assets/app.js')).status).toBe(200);
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/index.html%00.js',
      `/${encodeURIComponent(join(workspace.base, 'secret.txt'))}`,
      '/%E0%A4%A',
    ]) {
      const answer = await get(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body, path).not.toContain('SECRET');
    }
  });

  it('refuses API paths that leave the workspace and names that are not methods', async () => {
    for (const path of [
      '../secret.txt',
      '/etc/passwd',
      'posts/../../secret.txt',
      'C:\\x.md',
      'a\0.md',
    ]) {
      const answer: unknown = JSON.parse(
        (await post('/api/readPost', JSON.stringify({ path }))).body,
      );
      expect(answer, path).toMatchObject({ ok: false, error: { code: 'E_OUTSIDE_WORKSPACE' } });
    }
    for (const method of ['constructor', '__proto__', 'toString', 'close', 'on']) {
      const answer: unknown = JSON.parse((await post(`/api/${method}`, '{}')).body);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT' } });
    }
    const wrongShape: unknown = JSON.parse((await post('/api/readPost', '{"path": 42}')).body);
    expect(wrongShape).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT' } });
  });

  it('answers a body that is not JSON with 400 and an oversized one with 413', async () => {
    const notJson = await post('/api/listPosts', '{not json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ error: { code: 'E_INVALID_ARGUMENT' } });
    const huge = JSON.stringify({ path: 'posts/a.md', text: 'x'.repeat(bodyLimit * 4) });
    const declared = await post('/api/savePost', huge);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
    expect((await get('/files/images/pic.png')).status).toBe(200);
  });

  it('answers a streamed (chunked) oversized body with 413 too', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const call = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/listPosts',
          method: 'POST',
          headers: authed({ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }),
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      call.on('error', reject);
      call.write(`{"pad":"${'x'.repeat(bodyLimit * 2)}`);
    });
    expect(status).toBe(413);
  });

  it('limits open event streams and frees a slot when one closes', async () => {
    const streams: ClientRequest[] = [];
    const open = () =>
      new Promise<number>((resolve, reject) => {
        const call = request({
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: authed(),
        });
        call.on('response', (response) => resolve(response.statusCode ?? 0));
        call.on('error', reject);
        call.end();
        streams.push(call);
      });
    for (let index = 0; index < maxEventStreams; index += 1) {
      expect(await open()).toBe(200);
    }
    expect(await open()).toBe(429);
    streams[0]?.destroy();
    // The slot frees when the server sees the close; poll until a new stream is accepted.
    const deadline = Date.now() + 5000;
    let status = 429;
    while (status === 429 && Date.now() < deadline) {
      status = await open();
    }
    expect(status).toBe(200);
    streams.forEach((stream) => stream.destroy());
  });

  it('refuses cross-site fetches, a missing or wrong token, and an old token after a restart', async () => {
    expect((await post('/api/listPosts', '{}', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await post('/api/listPosts', '{}', { Origin: 'http://localhost.evil:1' })).status).toBe(
      403,
    );
    const noCookie = await httpRequest(server.port, '/api/listPosts', {
      method: 'POST',
      headers: {
        Connection: 'close',
        Host: `127.0.0.1:${server.port}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(noCookie.status).toBe(401);
    const { port, token } = server;
    await server.close();
    server = await startServer({ backend, rendererDir, port, lang: null });
    expect(server.token).not.toBe(token);
    const oldCookie = await httpRequest(port, '/api/listPosts', {
      method: 'POST',
      headers: {
        Connection: 'close',
        Host: `127.0.0.1:${port}`,
        Cookie: `postwright_session_${port}=${token}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(oldCookie.status).toBe(401);
    const oldLink = await httpRequest(port, `/?token=${token}`, {
      headers: { Connection: 'close', Host: `127.0.0.1:${port}` },
    });
    expect(oldLink.status).toBe(401);
  });

  it('listens on 127.0.0.1 only', async () => {
    const reachable = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && address.address !== '127.0.0.1')
      .map((address) => address?.address ?? '');
    for (const address of [...others, '::1']) {
      expect(await reachable(address), address).toBe(false);
    }
  });
});
