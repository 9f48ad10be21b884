import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { EventLog, formatEvent, isFor } from './event-log';
import {
  isServeClientId,
  resyncEventName,
  serveClientHeader,
  serveKeyHeader,
  serveKeyParameter,
} from '../../../core/serve-protocol';
import { asClient } from '../workspace/write-client';
import { invokeApi, type Backend } from '../backend';
import {
  hasSessionCookie,
  isOwnHostAndOrigin,
  isRightToken,
  newToken,
  sessionCookie,
  setCommonHeaders,
} from './security';
import { sendText, serveRenderer } from './static-files';
import { filesPrefix, serveWorkspaceFile } from './workspace-files';

/** How serve mode runs. */
export interface ServeOptions {
  backend: Backend;
  /** The built renderer (`dist/renderer`); null serves the API only (the page answers 503). */
  rendererDir: string | null;
  /** 0 picks a free port. */
  port: number;
  lang: Language | null;
  /** A fixed token (tests); default a fresh random one. */
  token?: string;
  /** A fixed page key (tests restarting a server for the same page); default a fresh random one. */
  apiKey?: string;
  /** The largest API request body in bytes (tests); default `maxBodyBytes`. */
  maxBodyBytes?: number;
}

/** A running server. */
export interface RunningServer {
  port: number;
  token: string;
  /** The page's key (`serveKeyHeader`), which the URL's fragment hands to the page. */
  apiKey: string;
  /** The URL to open, token and key included. */
  url: string;
  /** Stops accepting, ends open event streams, and resolves when the server is closed. */
  close: () => Promise<void>;
}

/** The largest API request body: a post at its size limit, or an image as base64, with room to spare. */
export const maxBodyBytes = 64 * 1024 * 1024;
/** Open event streams allowed at once (a tab needs one; browsers allow 6 connections per host). */
export const maxEventStreams = 16;
const heartbeatMs = 15_000;

/**
 * Serves the renderer and the contract on 127.0.0.1 only.
 *
 * Every request must name this server in Host (and Origin, when sent) — against DNS rebinding —
 * and carry the session cookie, which the printed URL's `?token=` sets once (HttpOnly,
 * SameSite=Strict) before redirecting to a URL without the token.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const apiKey = options.apiKey ?? newToken();
  const closers = new Set<() => void>();
  const events = new EventLog(options.backend.on.bind(options.backend));
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendText(response, 500, `Internal error: ${String(error)}`);
      } else {
        response.destroy();
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setCommonHeaders(response);
    if (!isOwnHostAndOrigin(request, port)) {
      sendText(response, 403, 'Forbidden: this server answers only its own address.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const offered = url.searchParams.get('token');
    if (offered !== null && request.method === 'GET') {
      if (!isRightToken(offered, token)) {
        sendText(response, 401, 'Wrong token: open the URL postwright serve printed.');
        return;
      }
      url.searchParams.delete('token');
      response.statusCode = 303;
      response.setHeader('Set-Cookie', sessionCookie(port, token));
      response.setHeader('Location', url.pathname + url.search);
      response.end();
      return;
    }
    if (!hasSessionCookie(request, port, token)) {
      sendText(
        response,
        401,
        'Unauthorized: open the URL postwright serve printed (it has the token).',
      );
      return;
    }
    // The cookie also reaches every other service on 127.0.0.1 the browser visits (cookies
    // ignore ports): what reads or writes the workspace needs the page's key as well.
    const offeredKey =
      request.headers[serveKeyHeader.toLowerCase()] ?? url.searchParams.get(serveKeyParameter);
    const guarded = url.pathname.startsWith('/api/') || url.pathname.startsWith(filesPrefix);
    if (guarded && !(typeof offeredKey === 'string' && isRightToken(offeredKey, apiKey))) {
      sendText(
        response,
        401,
        'Unauthorized: open the URL postwright serve printed (it has the key).',
      );
      return;
    }
    if (url.pathname === '/api/events') {
      if (closers.size >= maxEventStreams) {
        response.setHeader('Retry-After', '5');
        sendText(response, 429, 'Too many open event streams: close some Postwright tabs.');
        return;
      }
      const client = url.searchParams.get('client');
      openEventStream(request, response, isServeClientId(client) ? client : null);
    } else if (url.pathname.startsWith('/api/')) {
      await answerApi(request, response, url.pathname.slice('/api/'.length));
    } else if (url.pathname.startsWith(filesPrefix)) {
      await serveWorkspaceFile(response, options.backend.root, url.pathname);
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed');
    } else if (options.rendererDir === null) {
      sendText(response, 503, 'The app is not built: run `npm run build` first.');
    } else {
      await serveRenderer(response, options.rendererDir, url.pathname, options.lang);
    }
  }

  async function answerApi(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      sendText(response, 405, 'Use POST');
      return;
    }
    // JSON only: a cross-site HTML form cannot send it, which backs up SameSite and Origin.
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      sendText(response, 415, 'Send application/json');
      return;
    }
    const limit = options.maxBodyBytes ?? maxBodyBytes;
    const declared = Number(request.headers['content-length'] ?? 0);
    let args: unknown;
    try {
      if (declared > limit) {
        throw new BodyTooLarge(limit);
      }
      args = JSON.parse(await readBody(request, limit));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // Answer first, then drop the connection: the rest of the body is never read.
        response.setHeader('Connection', 'close');
        sendJson(response, 413, { ok: false, error: error.apiError.toJSON() });
        response.on('finish', () => request.destroy());
        return;
      }
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError('E_INVALID_ARGUMENT', 'The request body is not JSON.');
      sendJson(response, 400, { ok: false, error: apiError.toJSON() });
      return;
    }
    const client = request.headers[serveClientHeader.toLowerCase()];
    // The tab's writes are remembered as its own: the other tabs hear of them, it does not.
    const answer = await asClient(isServeClientId(client) ? client : null, () =>
      invokeApi(options.backend, method, args),
    );
    sendJson(response, 200, answer);
  }

  function openEventStream(
    request: IncomingMessage,
    response: ServerResponse,
    client: string | null,
  ): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const lastEventId = request.headers['last-event-id'];
    if (typeof lastEventId === 'string') {
      // A tab reconnecting: send what it missed, or tell it to re-read when that is gone.
      const missed = events.since(Number(lastEventId));
      if (missed === null) {
        response.write(`event: ${resyncEventName}\ndata: {}\n\n`);
      } else {
        missed
          .filter((event) => isFor(event, client))
          .forEach((event) => response.write(formatEvent(event)));
      }
    }
    const unsubscribe = events.subscribe((event) => {
      if (isFor(event, client)) {
        response.write(formatEvent(event));
      }
    });
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), heartbeatMs);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      closers.delete(end);
      response.end();
    };
    closers.add(end);
    request.on('close', end);
  }

  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    apiKey,
    // The key rides in the fragment: the browser keeps it across the redirect, no server sees it.
    url: `http://127.0.0.1:${port}/?token=${token}#${serveKeyParameter}=${apiKey}`,
    close: async () => {
      [...closers].forEach((end) => end());
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ApiError('E_IO', `Port ${port} is already in use.`, { port })
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

/** A request body over the limit (answered 413). */
class BodyTooLarge extends Error {
  readonly apiError: ApiError;

  constructor(limit: number) {
    super('The request body is too large.');
    this.apiError = new ApiError(
      'E_TOO_LARGE',
      `The request is larger than ${limit} bytes, the most serve mode accepts.`,
      { limit },
    );
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) {
        return;
      }
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        request.pause();
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
