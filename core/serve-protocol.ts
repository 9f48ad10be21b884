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
