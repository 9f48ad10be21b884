// Two tabs on one server: a save by one tab is a change on disk for the other (which reloads or
// asks), while the tab that saved is not told about its own write.
import { request, type ClientRequest } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostDocument, PostVersion } from '../../../core/api';
import type { Backend } from '../../../electron/node/backend';
import { startServer, type RunningServer } from '../../../electron/node/serve/server';
import { makeWorkspace, openBackend, waitFor, type TempWorkspace } from '../support/temp-workspace';
import { httpRequest } from './http-client';

let workspace: TempWorkspace;
let backend: Backend;
let server: RunningServer;
let cookie: string;
const streams: ClientRequest[] = [];
const tabA = 'tab-aaaaaaaaaaaa';
const tabB = 'tab-bbbbbbbbbbbb';

beforeEach(async () => {
  workspace = await makeWorkspace({
    'posts/x.md': '---\ntitle: X\n---\nfirst\n',
    'posts/y.md': '---\ntitle: Y\n---\nother\n',
  });
  const rendererDir = join(workspace.base, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  backend = await openBackend(workspace, { watch: true });
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

/** Opens a tab's event stream and collects what it receives. */
function openStream(client: string | null): string[] {
  const received: string[] = [];
  const stream = request({
    host: '127.0.0.1',
    port: server.port,
    path: client === null ? '/api/events' : `/api/events?client=${client}`,
    headers: headers(),
  });
  stream.on('response', (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => received.push(chunk));
  });
  stream.end();
  streams.push(stream);
  return received;
}

async function call<T>(client: string | null, method: string, args: unknown): Promise<T> {
  const extra: Record<string, string> = { 'Content-Type': 'application/json' };
  if (client !== null) {
    extra['X-Postwright-Client'] = client;
  }
  const answer = await httpRequest(server.port, `/api/${method}`, {
    method: 'POST',
    headers: headers(extra),
    body: JSON.stringify(args),
  });
  const envelope = JSON.parse(answer.body) as { ok: boolean; value: T };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

async function save(client: string | null, path: string, text: string): Promise<PostVersion> {
  const post = await call<PostDocument>(client, 'readPost', { path });
  const saved = await call<{ version: PostVersion }>(client, 'savePost', {
    path,
    text,
    baseVersion: post.version,
  });
  return saved.version;
}

function diskEvents(received: string[]): { path: string; hash: string | null }[] {
  return [...received.join('').matchAll(/event: postChangedOnDisk\ndata: (.+)\n/g)].map((match) => {
    const data = JSON.parse(match[1] ?? '{}') as {
      path: string;
      version: PostVersion | null;
    };
    return { path: data.path, hash: data.version?.hash ?? null };
  });
}

const connected = (received: string[]) =>
  received.join('').includes(': connected') ? true : undefined;

describe('serve mode: saves of one tab reach the other tabs', () => {
  it("reports tab A's save to tab B as a change on disk, and not to tab A", async () => {
    const a = openStream(tabA);
    const b = openStream(tabB);
    await waitFor(() => connected(a) && connected(b), 'both streams');
    const version = await save(tabA, 'posts/x.md', '---\ntitle: X\n---\nfirst\nfrom tab A\n');
    // Then a save by B of another post: once A hears of it, A has had every event before it.
    await save(tabB, 'posts/y.md', '---\ntitle: Y\n---\nother\nfrom tab B\n');
    const seenByB = await waitFor(
      () =>
        diskEvents(b).some((event) => event.path === 'posts/x.md') ? diskEvents(b) : undefined,
      "tab B hears of tab A's save",
    );
    expect(seenByB).toEqual([{ path: 'posts/x.md', hash: version.hash }]);
    const seenByA = await waitFor(
      () =>
        diskEvents(a).some((event) => event.path === 'posts/y.md') ? diskEvents(a) : undefined,
      "tab A hears of tab B's save",
    );
    expect(seenByA.map((event) => event.path)).toEqual(['posts/y.md']);
  });

  it('keeps the desktop behaviour: a write by no named tab is reported to nobody', async () => {
    const a = openStream(tabA);
    await waitFor(() => connected(a), 'the stream');
    await save(null, 'posts/x.md', '---\ntitle: X\n---\nfirst\nunnamed\n');
    await writeFile(join(workspace.root, 'posts/y.md'), 'outside\n');
    await waitFor(
      () => (diskEvents(a).some((event) => event.path === 'posts/y.md') ? true : undefined),
      'the outside edit',
    );
    expect(diskEvents(a).map((event) => event.path)).toEqual(['posts/y.md']);
  });

  it("replays tab A's save to tab B after B's stream reconnects, but not to A", async () => {
    const first = openStream(tabB);
    await waitFor(() => connected(first), 'the stream');
    await save(tabA, 'posts/x.md', '---\ntitle: X\n---\nfirst\nreplayed\n');
    await save(null, 'posts/y.md', '---\ntitle: Y\n---\nlast\n');
    await waitFor(
      () => (first.join('').includes('posts/y.md') ? true : undefined),
      'the later event',
    );
    const replayB = openStreamAfter(tabB, 0);
    const replayA = openStreamAfter(tabA, 0);
    await waitFor(
      () =>
        replayA.join('').includes('posts/y.md') && replayB.join('').includes('posts/y.md')
          ? true
          : undefined,
      'both replays',
    );
    expect(diskEvents(replayB).map((event) => event.path)).toEqual(['posts/x.md']);
    expect(diskEvents(replayA)).toEqual([]);
  });
});

function openStreamAfter(client: string, lastId: number): string[] {
  const received: string[] = [];
  const stream = request({
    host: '127.0.0.1',
    port: server.port,
    path: `/api/events?client=${client}`,
    headers: headers({ 'Last-Event-ID': String(lastId) }),
  });
  stream.on('response', (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => received.push(chunk));
  });
  stream.end();
  streams.push(stream);
  return received;
}
