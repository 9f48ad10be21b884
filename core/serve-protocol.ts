/**
 * Wire names of serve mode shared by the server (electron/node/serve) and its browser client
 * (renderer/host/serve-host.ts), beyond the contract's own method and event names.
 */

/**
 * Sent on a reconnected event stream when the events the tab missed are no longer kept: the tab
 * must re-read what it shows (the post list) instead of applying changes incrementally.
 */
export const resyncEventName = 'resync';
