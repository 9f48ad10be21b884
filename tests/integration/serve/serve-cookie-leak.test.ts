import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { startServer, type RunningServer } from '../../../electron/node/serve/server';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';
import { httpRequest } from './http-client';

// Browsers send 127.0.0.1's cookies to every port of it: any other service on 127.0.0.1 that the
// user's browser visits (another local user's, a dev server) receives the session cookie, and
// with it alone it read and wrote the workspace (openWorkspace on the home folder, savePost of
// ~/.bashrc: a program run as the user). The cookie must open nothing without the page's key,
// which only the printed URL's fragment and the page's own storage hold.

let workspace: TempWorkspace;
let backend: Backend;
let server: RunningServer;

beforeEach(async () => {
  workspace = await makeWorkspace({
    'posts/a.md': '---\ntitle: A\n---\n',
    'images/pic.png': 'not really a png',
  });
  const rendererDir = join(workspace.base, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  backend = await openBackend(workspace);
  server = await startServer({ backend, rendererDir, port: 0, lang: null });
});

afterEach(async () => {
  await server.close();
  await backend.close();
  await workspace.cleanup();
});

/** What another service on 127.0.0.1 received: the cookie the browser sent it. */
const stolen = () => ({
  Host: `127.0.0.1:${server.port}`,
  Cookie: `postwright_session_${server.port}=${server.token}`,
  Connection: 'close',
});

describe('the session cookie without the page key', () => {
  it('calls no method, opens no event stream, reads no image', async () => {
    const call = (method: string, body: unknown) =>
      httpRequest(server.port, `/api/${method}`, {
        method: 'POST',
        headers: { ...stolen(), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await call('listPosts', {})).status).toBe(401);
    expect((await call('readPost', { path: 'posts/a.md' })).status).toBe(401);
    expect((await call('openWorkspace', { root: workspace.base })).status).toBe(401);
    expect((await httpRequest(server.port, '/api/events', { headers: stolen() })).status).toBe(401);
    expect(
      (await httpRequest(server.port, '/files/images/pic.png', { headers: stolen() })).status,
    ).toBe(401);
    expect(
      (await httpRequest(server.port, '/files/images/pic.png?key=wrong', { headers: stolen() }))
        .status,
    ).toBe(401);
  });

  it('gets no key from the landing URL either: the key is only in the printed fragment', async () => {
    const url = new URL(server.url);
    expect(url.hash).toBe(`#key=${server.apiKey}`);
    const landing = await httpRequest(server.port, `/?token=${server.token}`, {
      headers: { Host: `127.0.0.1:${server.port}`, Connection: 'close' },
    });
    expect(landing.status).toBe(303);
    expect(JSON.stringify(landing.headers)).not.toContain(server.apiKey);
    expect(landing.body).not.toContain(server.apiKey);
  });

  it('works with the key, as a header or (events, images) in the query', async () => {
    const withKey = { ...stolen(), 'X-Postwright-Key': server.apiKey };
    const list = await httpRequest(server.port, '/api/listPosts', {
      method: 'POST',
      headers: { ...withKey, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(list.status).toBe(200);
    const image = await httpRequest(server.port, `/files/images/pic.png?key=${server.apiKey}`, {
      headers: stolen(),
    });
    expect(image.status).toBe(200);
  });
});
