// A tab whose event stream dropped must not miss what happened meanwhile: EventSource reconnects
// with Last-Event-ID and the server replays; when it no longer can, it says "resync".
import { request, type ClientRequest } from 'node:http';
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
const streams: ClientRequest[] = [];

beforeEach(async () => {
  workspace = await makeWorkspace({ 'posts/a.md': '---\ntitle: A\n---\n' });
  const rendererDir = join(workspace.base, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  backend = await openBackend(workspace);
  server = await startServer({ backend, rendererDir, port: 0, lang: 'en' });
  cookie = `postwright_session_${server.port}=${server.token}`;
});

afterEach(async () => {
  streams.splice(0).forEach((stream) => stream.destroy());
  await server.close();
  await backend.close();
  await workspace.cleanup();
});

const headers = (extra: Record<string, string> = {}) => ({
  Host: `127.0.0.1:${server.port}`,
  Cookie: cookie,
  'X-Postwright-Key': server.apiKey,
  ...extra,
});

/** Opens an event stream and collects what it receives. */
function openStream(extra: Record<string, string> = {}): string[] {
  const received: string[] = [];
  const stream = request({
    host: '127.0.0.1',
    port: server.port,
    path: '/api/events',
    headers: headers(extra),
  });
  stream.on('response', (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => received.push(chunk));
  });
  stream.end();
  streams.push(stream);
  return received;
}

async function createPost(title: string): Promise<void> {
  const answer = await httpRequest(server.port, '/api/createPost', {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json' }),
    body: JSON.stringify({ title, date: '2024-03-04' }),
  });
  expect(answer.status).toBe(200);
}

describe('serve mode event replay', () => {
  it('numbers events and replays the ones after Last-Event-ID to a reconnecting tab', async () => {
    const first = openStream();
    await waitFor(() => (first.join('').includes(': connected') ? true : undefined), 'a stream');
    await createPost('One');
    await createPost('Two');
    const seen = await waitFor(() => {
      const text = first.join('');
      return text.includes('two.md') ? text : undefined;
    }, 'both events');
    const ids = [...seen.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
    expect(ids.length).toBeGreaterThanOrEqual(2);

    // The tab saw only the events up to the one for "One"; the replay must bring "Two".
    const idOfOne = [...seen.matchAll(/id: (\d+)\nevent: postsChanged\ndata: (.*)\n/g)].find(
      (match) => match[2]?.includes('one.md'),
    )?.[1];
    expect(idOfOne).toBeDefined();
    const again = openStream({ 'Last-Event-ID': String(idOfOne) });
    const replayed = await waitFor(() => {
      const text = again.join('');
      return text.includes('two.md') ? text : undefined;
    }, 'the replay');
    expect(replayed).not.toContain('one.md');
    expect(replayed).not.toContain('event: resync');
  });

  it('asks the tab to re-read when the missed events are not known', async () => {
    const stream = openStream({ 'Last-Event-ID': '987654' });
    const text = await waitFor(() => {
      const all = stream.join('');
      return all.includes('event: resync') ? all : undefined;
    }, 'resync');
    expect(text).toContain('event: resync');
  });

  it('sends nothing extra to a tab connecting for the first time', async () => {
    const stream = openStream();
    await waitFor(() => (stream.join('').includes(': connected') ? true : undefined), 'a stream');
    await createPost('Three');
    const text = await waitFor(() => {
      const all = stream.join('');
      return all.includes('three.md') ? all : undefined;
    }, 'the event');
    expect(text).not.toContain('event: resync');
  });
});
