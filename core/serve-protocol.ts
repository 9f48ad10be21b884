/**
 * Wire names of serve mode shared by the server (electron/node/serve) and its browser client
 * (renderer/host/serve-host.ts), beyond the contract's own method and event names.
 */

/**
 * Sent on a reconnected event stream when the events the tab missed are no longer kept: the tab
 * must re-read what it shows (the post list) instead of applying changes incrementally.
 */
export const resyncEventName = 'resync';

/**
 * The request header (and, as `client`, the event stream's query parameter) naming the tab that
 * calls: the server reports a tab's own saves to the other tabs only.
 */
export const serveClientHeader = 'X-Postwright-Client';

/** Whether `value` is a client id a tab may send (short, plain characters). */
export function isServeClientId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value);
}

/**
 * The request header carrying the page's key on API calls (and, as `key`, the query parameter of
 * the event stream and of workspace images). The session cookie alone does not prove the page:
 * browsers send 127.0.0.1's cookies to every port of it, so any other local service the user's
 * browser visits receives it. The key is only in the printed URL's fragment (`#key=…`, never
 * sent to a server) and in this origin's storage, which other ports cannot read.
 */
export const serveKeyHeader = 'X-Postwright-Key';

/** The name of the key in the printed URL's fragment and in query strings (see `serveKeyHeader`). */
export const serveKeyParameter = 'key';
